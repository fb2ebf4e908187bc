import { GDP_2021, WAGE_2021 } from '../data/economy.js';
import { pow, sqrt } from '../math/index.js';
import type { EconomyState } from '../state/economy.js';
import { lever, type Rule, type StepValues } from './rule.js';

/**
 * Economic context: nominal GDP and average wages of both countries, advanced each quarter by the
 * growth drivers (percent per year in current USD). Initialisation sets the first quarter's levels;
 * this rule grows them from the second quarter on.
 */
export const applyEconomicContext: Rule = (state, levers, _params, _rng, step) => {
  if (step === 0) return;
  const perYear = state.timeline.stepsPerYear;
  const e = state.economy;
  e.gdpKazakhstan *= quarterlyGrowth(lever(levers, 'kz.gdp_growth_pct'), perYear);
  e.gdpUzbekistan *= quarterlyGrowth(lever(levers, 'uz.gdp_growth_pct'), perYear);
  e.wageKazakhstan *= quarterlyGrowth(lever(levers, 'kz.wage_growth_pct'), perYear);
  e.wageUzbekistan *= quarterlyGrowth(lever(levers, 'uz.wage_growth_pct'), perYear);
};

function quarterlyGrowth(percentPerYear: number, stepsPerYear: number): number {
  return pow(1 + percentPerYear / 100, 1 / stepsPerYear);
}

/**
 * Levels of the first quarter. The 2021 figures are yearly totals or averages, i.e. levels near the
 * middle of the year; with growth g the first quarter sits (stepsPerYear - 1)/2 steps before it, so
 * the mean over 2021's quarters equals the 2021 figure.
 */
export function setEconomicContextAtStart(economy: EconomyState, drivers: StepValues, stepsPerYear: number): void {
  const back = (figure: number, growthId: string) =>
    figure * pow(quarterlyGrowth(lever(drivers, growthId), stepsPerYear), -(stepsPerYear - 1) / 2);
  economy.gdpKazakhstan = back(GDP_2021.kazakhstan.value, 'kz.gdp_growth_pct');
  economy.gdpUzbekistan = back(GDP_2021.uzbekistan.value, 'uz.gdp_growth_pct');
  economy.wageKazakhstan = back(WAGE_2021.kazakhstan.value, 'kz.wage_growth_pct');
  economy.wageUzbekistan = back(WAGE_2021.uzbekistan.value, 'uz.wage_growth_pct');
  economy.combinedGdpReference = combinedGdp(GDP_2021.kazakhstan.value, GDP_2021.uzbekistan.value);
}

/**
 * The size term G of the gravity relation: the geometric mean of the two GDPs, so trade grows at the
 * mean growth rate of the two economies (a constant share of their output). The product of the two,
 * as in textbook gravity, would be right only relative to world GDP, which the model does not track.
 */
export function combinedGdp(gdpKazakhstan: number, gdpUzbekistan: number): number {
  return sqrt(gdpKazakhstan * gdpUzbekistan);
}
