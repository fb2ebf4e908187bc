/**
 * Fertility and mortality of Kazakhstan and Uzbekistan, 2021–2045, from the United Nations World
 * Population Prospects 2024 (medium variant; estimates to 2023, projections from 2024), as
 * distributed in the R package wpp2024 (github.com/PPgp/wpp2024, files data-raw/tfr.txt,
 * tfrprojMed.txt, e0F.txt, e0M.txt, e0Fproj.txt, e0Mproj.txt, percentASFR5.txt). Values are copied
 * as published (TFR to 3 decimals, life expectancy to 2); nothing here is interpolated except the
 * age pattern of fertility between the years listed in FERTILITY_AGE_SHARES.
 */
export const WPP_FIRST_YEAR = 2021;
export const WPP_LAST_YEAR = 2045;

/** Host countries of the two diasporas, in codes.Diaspora order: Uzbeks live in Kazakhstan, Kazakhs in Uzbekistan. */
export const Country = { kazakhstan: 0, uzbekistan: 1 } as const;
export const COUNTRY_OF_HOST = [Country.kazakhstan, Country.uzbekistan] as const;

export interface CountryVitalRates {
  readonly name: string;
  /** Total fertility rate (children per woman), one per year from WPP_FIRST_YEAR. */
  readonly totalFertility: readonly number[];
  /** Life expectancy at birth of women and of men (years), one per year from WPP_FIRST_YEAR. */
  readonly lifeExpectancyFemale: readonly number[];
  readonly lifeExpectancyMale: readonly number[];
  /**
   * Shares of the TFR by five-year age group of the mother (15–19 … 45–49, summing to 1) in the
   * years FERTILITY_AGE_SHARE_YEARS (WPP percentASFR, the small 10–14 and 50–54 shares left out and
   * the rest rescaled); other years are interpolated linearly.
   */
  readonly fertilityAgeShares: readonly (readonly number[])[];
}

export const FERTILITY_AGE_SHARE_YEARS = [2021, 2025, 2030, 2035, 2040, 2045] as const;

export const WPP_2024: readonly CountryVitalRates[] = [
  {
    name: 'Kazakhstan',
    totalFertility: [
      3.32, 3.05, 3.012, 2.984, 2.95, 2.922, 2.899, 2.866, 2.837, 2.814, 2.785, 2.761, 2.736, 2.711, 2.687, 2.664, 2.641, 2.616, 2.599,
      2.58, 2.563, 2.542, 2.52, 2.501, 2.482,
    ],
    lifeExpectancyFemale: [
      74.07, 77.75, 78.39, 78.52, 78.65, 78.77, 78.9, 79.03, 79.16, 79.27, 79.39, 79.52, 79.65, 79.76, 79.88, 80.0, 80.13, 80.26, 80.39,
      80.51, 80.63, 80.75, 80.86, 80.98, 81.1,
    ],
    lifeExpectancyMale: [
      66.15, 68.99, 70.11, 70.27, 70.43, 70.59, 70.75, 70.93, 71.09, 71.25, 71.41, 71.59, 71.76, 71.92, 72.09, 72.26, 72.44, 72.63, 72.81,
      72.99, 73.17, 73.35, 73.52, 73.7, 73.88,
    ],
    fertilityAgeShares: [
      [0.0331, 0.2712, 0.2996, 0.2175, 0.1384, 0.0379, 0.0023],
      [0.0286, 0.2569, 0.3048, 0.224, 0.1417, 0.0403, 0.0037],
      [0.0254, 0.2455, 0.306, 0.2271, 0.1475, 0.0428, 0.0057],
      [0.0213, 0.2376, 0.3038, 0.2313, 0.1546, 0.0443, 0.0071],
      [0.0186, 0.2274, 0.301, 0.2335, 0.1645, 0.0472, 0.0078],
      [0.0138, 0.2217, 0.2981, 0.2346, 0.171, 0.0526, 0.0082],
    ],
  },
  {
    name: 'Uzbekistan',
    totalFertility: [
      3.273, 3.396, 3.5, 3.486, 3.449, 3.404, 3.36, 3.314, 3.267, 3.223, 3.178, 3.135, 3.094, 3.052, 3.013, 2.977, 2.941, 2.906, 2.875,
      2.841, 2.812, 2.779, 2.748, 2.716, 2.686,
    ],
    lifeExpectancyFemale: [
      74.48, 75.35, 75.4, 75.55, 75.7, 75.84, 75.97, 76.12, 76.27, 76.41, 76.54, 76.69, 76.82, 76.95, 77.09, 77.23, 77.37, 77.49, 77.63,
      77.76, 77.89, 78.03, 78.16, 78.29, 78.41,
    ],
    lifeExpectancyMale: [
      68.92, 69.03, 69.45, 69.56, 69.68, 69.79, 69.9, 70.03, 70.17, 70.29, 70.41, 70.55, 70.67, 70.8, 70.93, 71.07, 71.21, 71.34, 71.48,
      71.62, 71.76, 71.9, 72.05, 72.2, 72.34,
    ],
    fertilityAgeShares: [
      [0.0474, 0.3745, 0.309, 0.1808, 0.077, 0.0111, 0.0002],
      [0.0499, 0.3653, 0.2988, 0.1884, 0.0848, 0.0125, 0.0003],
      [0.0544, 0.3561, 0.2899, 0.1948, 0.0923, 0.0122, 0.0003],
      [0.0583, 0.3464, 0.2804, 0.2034, 0.0989, 0.0123, 0.0003],
      [0.0625, 0.3355, 0.2696, 0.2109, 0.109, 0.0122, 0.0003],
      [0.0674, 0.3245, 0.2592, 0.2165, 0.1188, 0.0133, 0.0003],
    ],
  },
];

export const WPP_SOURCE =
  'United Nations, World Population Prospects 2024, medium variant (R package wpp2024: tfr, tfrprojMed, e0F, e0M, e0Fproj, e0Mproj, percentASFR5)';

/** Index into the yearly WPP arrays of calendar year `year` (clamped to 2021–2045). */
export function wppYearIndex(year: number): number {
  return Math.min(WPP_LAST_YEAR, Math.max(WPP_FIRST_YEAR, Math.floor(year))) - WPP_FIRST_YEAR;
}

/** The fertility age shares of `country` in `year`, interpolated linearly between the listed years. */
export function fertilityAgeSharesOf(country: number, year: number): number[] {
  const table = WPP_2024[country].fertilityAgeShares;
  const y = Math.min(WPP_LAST_YEAR, Math.max(WPP_FIRST_YEAR, year));
  let k = 0;
  while (k < FERTILITY_AGE_SHARE_YEARS.length - 2 && y > FERTILITY_AGE_SHARE_YEARS[k + 1]) k++;
  const from = FERTILITY_AGE_SHARE_YEARS[k];
  const to = FERTILITY_AGE_SHARE_YEARS[k + 1];
  const w = (y - from) / (to - from);
  return table[k].map((share, g) => share + w * (table[k + 1][g] - share));
}
