/**
 * Observed economic figures the economy rules start from or are checked against, copied with their
 * sources into the project (the engine never reads anything outside it at run time).
 */
export interface EconomicFigure {
  readonly value: number;
  readonly unit: string;
  readonly year: number;
  readonly source: string;
}

/** Nominal GDP in 2021, the level the quarterly growth drivers start from. */
export const GDP_2021: Readonly<Record<'kazakhstan' | 'uzbekistan', EconomicFigure>> = {
  kazakhstan: {
    value: 197e9,
    unit: 'USD per year',
    year: 2021,
    source: 'IMF World Economic Outlook / World Bank WDI: Kazakhstan GDP 2021 about 197 bn current USD',
  },
  uzbekistan: {
    value: 69.6e9,
    unit: 'USD per year',
    year: 2021,
    source: 'IMF World Economic Outlook: Uzbekistan GDP 2021 about 69.6 bn current USD',
  },
};

/** Average monthly nominal wage in 2021. */
export const WAGE_2021: Readonly<Record<'kazakhstan' | 'uzbekistan', EconomicFigure>> = {
  kazakhstan: {
    value: 580,
    unit: 'USD per month',
    year: 2021,
    source: 'Bureau of National Statistics of Kazakhstan: average monthly wage about 250,000 tenge (about 580 USD) in 2021',
  },
  uzbekistan: {
    value: 250,
    unit: 'USD per month',
    year: 2021,
    source: 'Statistics Agency of Uzbekistan: average monthly wage about 2.7 million sum (about 250 USD) in 2021',
  },
};

/** Bilateral trade turnover: the gravity relation's anchor (2021) and later years to judge it against. */
export const TRADE_TURNOVER: readonly EconomicFigure[] = [
  { value: 2.0e9, unit: 'USD per year', year: 2017, source: 'Government of Kazakhstan (exports 1.3 bn, imports 0.735 bn)' },
  { value: 3.9e9, unit: 'USD per year', year: 2021, source: 'Kazakh and Uzbek statistics (the two differ by 5-15%)' },
  {
    value: 4.55e9,
    unit: 'USD per year',
    year: 2023,
    source: 'Kazakh and Uzbek statistics as reported for 2022-2024: about 4.5-4.6 bn a year (approximate, second-hand)',
  },
];

export function tradeTurnover(year: number): EconomicFigure {
  const figure = TRADE_TURNOVER.find((f) => f.year === year);
  if (!figure) throw new Error(`no trade turnover figure for ${year}`);
  return figure;
}

/** Recorded remittances from Kazakhstan to Uzbekistan: the scale the remittance rule is calibrated to. */
export const RECORDED_REMITTANCES_KZ_TO_UZ_2023: EconomicFigure = {
  value: 588e6,
  unit: 'USD per year',
  year: 2023,
  source:
    'Kazakhstan money-transfer-system data for 2023: recorded transfers to Uzbekistan (27.5% of outgoing transfers); informal channels come on top',
};
