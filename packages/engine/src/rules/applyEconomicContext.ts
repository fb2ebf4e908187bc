import { quarterlyGrowth } from '../equations/trade.js';
import { lever } from '../equations/values.js';
import type { Rule } from './rule.js';

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
