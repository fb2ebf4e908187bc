import { enterpriseEntries, readEnterpriseCoefficients } from '../equations/enterprises.js';
import { lever, perDiasporaIds } from '../equations/values.js';
import { pow } from '../math/index.js';
import { DIASPORA_COUNT } from '../state/codes.js';
import type { EconomyState } from '../state/economy.js';
import { readTally, Tally } from '../state/tallies.js';
import type { Rule } from './rule.js';

/**
 * Enterprises registered in the host country with capital from the diaspora's home country (the count
 * both statistics agencies publish; docs/model.md#home-capital-enterprises). The diaspora's
 * cross-border business network brings them: new ones a year = ρ/1,000 · (trade links + κ · investment
 * at home in million USD a year) · (1 + ε · home engagement), and they close at a yearly rate. A stock
 * of a few hundred, so it is kept as a number per diaspora (an expected value), not as agents.
 */
const ENGAGEMENT_IDS = perDiasporaIds('home_engagement');

export const applyHomeCapitalEnterprises: Rule = (state, levers, params) => {
  const c = readEnterpriseCoefficients(params);
  const perYear = state.timeline.stepsPerYear;
  const stay = pow(1 - c.exitRate, 1 / perYear);
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    const investment = readTally(state.tallies, d, Tally.investment) * perYear;
    const entries = enterpriseEntries(state.economy.tradeLinks[d], investment, lever(levers, ENGAGEMENT_IDS[d]), c);
    advanceEnterprises(state.economy, d, entries / perYear, stay);
  }
};

function advanceEnterprises(economy: EconomyState, d: number, entriesThisStep: number, stay: number): void {
  economy.homeCapitalEnterprises[d] = economy.homeCapitalEnterprises[d] * stay + entriesThisStep;
}
