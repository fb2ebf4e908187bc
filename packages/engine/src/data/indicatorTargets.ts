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
  /**
   * How the model meets it: by construction (an initial value or a lever's default: matching says
   * little), fitted (one assumption, `fitted`, was set so that the model meets it: the rules do the
   * rest), or it emerges from the rules with nothing set for it.
   */
  readonly how: 'construction' | 'fitted' | 'emerges';
  /** The assumptions set to meet a fitted figure. */
  readonly fitted?: readonly string[];
}

type How = Pick<IndicatorTarget, 'how' | 'fitted'>;
const CONSTRUCTION: How = { how: 'construction' };
const fitted = (...ids: string[]): How => ({ how: 'fitted', fitted: ids });

function fromCalibration(id: string, indicator: string, how: How, months = 12): IndicatorTarget {
  const t = calibrationTarget(id);
  return { id: indicator, year: t.year, value: months === 12 ? t.value : yearlyRate(t, months), source: t.source, ...how };
}

export const INDICATOR_TARGETS: readonly IndicatorTarget[] = [
  fromCalibration('uz_in_kz.population', 'uz_in_kz.population', CONSTRUCTION),
  fromCalibration('kz_in_uz.population', 'kz_in_uz.population', CONSTRUCTION),
  fromCalibration('uz_to_kz.students_leaving', 'uz_in_kz.student_arrivals', CONSTRUCTION, 9),
  fromCalibration('kz_in_uz.returns_to_kz', 'kz_in_uz.returns_to_kin_state', fitted('return.kz_in_uz_base_rate'), 9),
  { id: 'bilateral.trade_usd', year: 2021, value: tradeTurnover(2021).value, source: tradeTurnover(2021).source, ...CONSTRUCTION },
  // The 2020 stock as the stock at the end of 2021, the model's first year (it starts at its steady level).
  {
    ...fromCalibration('kz_in_uz.home_capital_enterprises', 'kz_in_uz.home_capital_enterprises', fitted('enterprises.per_thousand_links')),
    year: 2021,
  },
  // Berry et al.'s shares (immigrant youth, 13 countries) as the settled adults' shares of 2021, for both diasporas.
  ...['uz_in_kz', 'kz_in_uz'].flatMap((d) =>
    (['integration', 'assimilation', 'separation', 'marginalization'] as const).map((strategy) => ({
      ...fromCalibration(
        `acculturation.prior_shares.${strategy}`,
        `${d}.${strategy}_share`,
        fitted('acculturation.host_disposition_mean', 'acculturation.heritage_disposition_mean'),
      ),
      year: 2021,
    })),
  ),
  {
    id: 'uz_in_kz.remittances_formal_usd',
    year: 2023,
    value: RECORDED_REMITTANCES_KZ_TO_UZ_2023.value,
    source: RECORDED_REMITTANCES_KZ_TO_UZ_2023.source,
    ...fitted('remittances.migrant_share'),
  },
];
