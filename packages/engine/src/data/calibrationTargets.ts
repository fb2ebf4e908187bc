/**
 * Observed figures the project uses, copied with their sources from the project's reference list
 * (the engine never reads anything outside the project at run time). `measure` says whether the
 * figure is a stock (persons present at a date) or a flow (persons or USD per year, or per the
 * period `unit` states). `approx` marks figures reported second-hand or with an uncertain year.
 */
export type Measure = 'stock' | 'flow' | 'share' | 'price';

export interface CalibrationTarget {
  readonly id: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly measure: Measure;
  readonly source: string;
  readonly approx?: boolean;
}

export const CALIBRATION_TARGETS: readonly CalibrationTarget[] = [
  {
    id: 'uz_in_kz.population',
    year: 2021,
    value: 614_000,
    unit: 'persons',
    measure: 'stock',
    source:
      'Kazakhstan national census 2021 (Bureau of National Statistics); 3.2% of the population; settled residents, labour migrants not included',
  },
  {
    id: 'uz_in_kz.population.turkestan_region',
    year: 2023,
    value: 378_000,
    unit: 'persons',
    measure: 'stock',
    source: 'Bureau of National Statistics, regional figure for Turkestan region, April 2023',
    approx: true,
  },
  {
    id: 'uz_in_kz.population_2009',
    year: 2009,
    value: 456_997,
    unit: 'persons',
    measure: 'stock',
    source: 'Kazakhstan national census 2009 (about 2.5% a year growth to 2021)',
  },
  {
    id: 'uz_in_kz.population_2024',
    year: 2024,
    value: 660_600,
    unit: 'persons (1 January 2024)',
    measure: 'stock',
    source: 'Bureau of National Statistics, ethnic composition on 1 January 2024 (reported by bizmedia.kz, 1 May 2024)',
    approx: true,
  },
  {
    id: 'kz_in_uz.population',
    year: 2021,
    value: 808_200,
    unit: 'persons',
    measure: 'stock',
    source: 'State Statistics Committee of Uzbekistan, 2021 (821,200 in 1989)',
  },
  {
    id: 'kz_in_uz.population_1989',
    year: 1989,
    value: 821_200,
    unit: 'persons',
    measure: 'stock',
    source: '1989 Soviet census, cited by the State Statistics Committee of Uzbekistan',
  },
  {
    id: 'uz_in_kz.migrants',
    year: 2021,
    value: 209_300,
    unit: 'persons (Uzbek labour migrants in Kazakhstan, January 2021)',
    measure: 'stock',
    source: 'Ministry of Economy of Uzbekistan, January 2021; about 360,000 before the pandemic',
  },
  {
    id: 'uz_in_kz.migrants_before_pandemic',
    year: 2019,
    value: 360_000,
    unit: 'persons',
    measure: 'stock',
    source: 'Ministry of Economy of Uzbekistan, about 360,000 before the pandemic',
    approx: true,
  },
  {
    id: 'uz_in_kz.migrant_irregular_share',
    year: 2023,
    value: 0.27,
    unit: 'share',
    measure: 'share',
    source: 'IOM: share of foreign workers in Kazakhstan employed without legal status',
  },
  {
    id: 'uzbek_migrants.share_to_russia',
    year: 2025,
    value: 0.57,
    unit: 'share of Uzbek labour migrants',
    measure: 'share',
    source: 'World Bank, The Journey Ahead, 2025 (as reported); Kazakhstan 0.15, Ukraine 0.10',
    approx: true,
  },
  {
    id: 'uzbek_migrants.share_to_kazakhstan',
    year: 2025,
    value: 0.15,
    unit: 'share of Uzbek labour migrants',
    measure: 'share',
    source: 'World Bank, The Journey Ahead, 2025 (as reported)',
    approx: true,
  },
  {
    id: 'uz_to_kz.students_enrolled',
    year: 2018,
    value: 3_700,
    unit: 'Uzbek students enrolled at Kazakh universities',
    measure: 'stock',
    source: '3,380 in 2016; about 3,700 in 2018',
    approx: true,
  },
  {
    id: 'uz_to_kz.students_leaving',
    year: 2024,
    value: 1_372,
    unit: 'Uzbeks leaving to study in Kazakhstan, January-September 2024 (9 months)',
    measure: 'flow',
    source: 'Statistics Agency of Uzbekistan (764 in H1 2024)',
    approx: true,
  },
  {
    id: 'kz_to_uz.students_enrolled',
    year: 2022,
    value: 639,
    unit: 'Kazakh students enrolled at Uzbek universities',
    measure: 'stock',
    source: 'about 2021-22',
    approx: true,
  },
  {
    id: 'kz_in_uz.returns_to_kz',
    year: 2025,
    value: 8_300,
    unit: 'permanent moves from Uzbekistan to Kazakhstan, January-September 2025 (9 months), mostly ethnic Kazakhs',
    measure: 'flow',
    source: 'First Credit Bureau figures reported by caliber.az (51% of all arrivals)',
    approx: true,
  },
  {
    id: 'kz_in_uz.home_capital_enterprises',
    year: 2020,
    value: 260,
    unit: 'enterprises registered in Uzbekistan with capital from Kazakhstan (a stock)',
    measure: 'stock',
    source: 'Uzbek statistics as reported in the press, 2020',
    approx: true,
  },
  ...(['integration', 'assimilation', 'separation', 'marginalization'] as const).map((strategy) => ({
    id: `acculturation.prior_shares.${strategy}`,
    year: 2006,
    value: { integration: 0.364, assimilation: 0.187, separation: 0.225, marginalization: 0.224 }[strategy],
    unit: 'share',
    measure: 'share' as const,
    source:
      'Berry, Phinney, Sam, Vedder 2006 (13 countries, 5,366 immigrant youth); separation and marginalisation inferred from the remainder; no survey of these two diasporas',
    approx: true,
  })),
];

export function calibrationTarget(id: string): CalibrationTarget {
  const target = CALIBRATION_TARGETS.find((t) => t.id === id);
  if (!target) throw new Error(`unknown calibration target "${id}"`);
  return target;
}

/** A flow reported for part of a year, as a yearly rate (9 months → × 12/9). */
export function yearlyRate(target: CalibrationTarget, months: number): number {
  return (target.value * 12) / months;
}
