import { calibrationTarget, yearlyRate } from './calibrationTargets.js';
import { RECORDED_REMITTANCES_KZ_TO_UZ_2023, tradeTurnover } from './economy.js';

/**
 * The observed figures as calendar-year values of the model's indicators (what `pnpm sim calibrate
 * --targets project` fits to): stocks at the end of their year, flows as yearly rates (figures for
 * part of a year annualised). Figures that are no indicator (a region's population, shares) or
 * lie before 2021 are left out here; docs/calibration.md lists them all.
 */
export interface IndicatorTarget {
  readonly id: string;
  readonly year: number;
  readonly value: number;
  readonly source: string;
  /** Matches by construction (an initial value or a lever's default) rather than emerging. */
  readonly byConstruction: boolean;
}

function fromCalibration(id: string, indicator: string, byConstruction: boolean, months = 12): IndicatorTarget {
  const t = calibrationTarget(id);
  return { id: indicator, year: t.year, value: months === 12 ? t.value : yearlyRate(t, months), source: t.source, byConstruction };
}

export const INDICATOR_TARGETS: readonly IndicatorTarget[] = [
  fromCalibration('uz_in_kz.population', 'uz_in_kz.population', true),
  fromCalibration('kz_in_uz.population', 'kz_in_uz.population', true),
  fromCalibration('uz_to_kz.students_leaving', 'uz_in_kz.student_arrivals', true, 9),
  fromCalibration('kz_in_uz.returns_to_kz', 'kz_in_uz.returns_to_kin_state', false, 9),
  { id: 'bilateral.trade_usd', year: 2021, value: tradeTurnover(2021).value, source: tradeTurnover(2021).source, byConstruction: true },
  // The 2020 stock as the stock at the end of 2021, the model's first year (it starts at its steady level).
  { ...fromCalibration('kz_in_uz.home_capital_enterprises', 'kz_in_uz.home_capital_enterprises', false), year: 2021 },
  // Berry et al.'s shares (immigrant youth, 13 countries) as the settled adults' shares of 2021, for both diasporas.
  ...['uz_in_kz', 'kz_in_uz'].flatMap((d) =>
    (['integration', 'assimilation', 'separation', 'marginalization'] as const).map((strategy) => ({
      ...fromCalibration(`acculturation.prior_shares.${strategy}`, `${d}.${strategy}_share`, false),
      year: 2021,
    })),
  ),
  {
    id: 'uz_in_kz.remittances_formal_usd',
    year: 2023,
    value: RECORDED_REMITTANCES_KZ_TO_UZ_2023.value,
    source: RECORDED_REMITTANCES_KZ_TO_UZ_2023.source,
    byConstruction: false,
  },
];
