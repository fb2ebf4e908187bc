import { pow } from '../math/index.js';
import { DIASPORA_COUNT } from '../state/codes.js';
import type { EconomyState } from '../state/economy.js';
import { readTally, Tally } from '../state/tallies.js';
import { perDiasporaIds } from './economyShared.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';

/**
 * Enterprises registered in the host country with capital from the diaspora's home country (the count
 * both statistics agencies publish; docs/model.md#home-capital-enterprises). The diaspora's
 * cross-border business network brings them: new ones a year = ρ/1,000 · (trade links + κ · investment
 * at home in million USD a year) · (1 + ε · home engagement), and they close at a yearly rate. A stock
 * of a few hundred, so it is kept as a number per diaspora (an expected value), not as agents.
 */
const ENGAGEMENT_IDS = perDiasporaIds('home_engagement');

export interface EnterpriseCoefficients {
  perThousandLinks: number;
  investmentWeight: number;
  engagementEffect: number;
  exitRate: number;
}

export function readEnterpriseCoefficients(params: Assumptions): EnterpriseCoefficients {
  return {
    perThousandLinks: param(params, 'enterprises.per_thousand_links'),
    investmentWeight: param(params, 'enterprises.investment_weight'),
    engagementEffect: param(params, 'enterprises.engagement_effect'),
    exitRate: param(params, 'enterprises.exit_rate'),
  };
}

/** New enterprises a year for a diaspora with these links (persons), investment (USD a year) and engagement. */
export function enterpriseEntries(links: number, investmentPerYear: number, engagement: number, c: EnterpriseCoefficients): number {
  return (c.perThousandLinks / 1000) * (links + (c.investmentWeight * investmentPerYear) / 1e6) * (1 + c.engagementEffect * engagement);
}

/** The stock at which a quarter's entries and closures balance (as the rule steps them). */
export function steadyEnterprises(entriesPerYear: number, c: EnterpriseCoefficients, stepsPerYear: number): number {
  const closingPerStep = 1 - pow(1 - c.exitRate, 1 / stepsPerYear);
  return closingPerStep > 0 ? entriesPerYear / stepsPerYear / closingPerStep : 0;
}

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
