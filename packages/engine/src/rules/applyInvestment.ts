import { type RandomSource, streamId } from '../rng.js';
import { DIASPORA_COUNT } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import { TALLY_COUNT, Tally } from '../state/tallies.js';
import { ADULT_QUARTERS, creditAccessKey, hostWage, perDiasporaIds } from './economyShared.js';
import { lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

/**
 * Saving and investment at home. Savings (income less consumption and remittances, added by the
 * employment and remittance rules) are drawn down by large outlays at a steady rate. An adult whose
 * savings exceed a threshold (months of the host average wage) invests part of the excess at home
 * with a chance that rises with home ties, trust in home institutions, the home country's engagement
 * and access to credit.
 */
const STREAM = streamId('investment at home');
const DRAW_INVEST = 0;

const ENGAGEMENT_IDS = perDiasporaIds('home_engagement');
const CREDIT_IDS = perDiasporaIds('credit_access');

const threshold = new Float64Array(DIASPORA_COUNT);
const engagementFactor = new Float64Array(DIASPORA_COUNT);
const creditShare = new Float64Array(DIASPORA_COUNT);

const ADULT = ADULT_QUARTERS;
const INVESTMENT = Tally.investment;
const TALLIES_PER_DIASPORA = TALLY_COUNT;
/** Per-step values of the sweep. */
const setup = {
  spendingRate: Number.NaN,
  baseRate: Number.NaN,
  creditMultiplier: Number.NaN,
  shareInvested: Number.NaN,
  key: Number.NaN,
  creditKey: Number.NaN,
};

export const applyInvestment: Rule = (state, levers, params, rng, step) => {
  setup.spendingRate = param(params, 'savings.spending_rate');
  const thresholdMonths = param(params, 'investment.threshold_months');
  setup.baseRate = param(params, 'investment.base_rate');
  const engagementEffect = param(params, 'investment.engagement_effect');
  setup.creditMultiplier = param(params, 'investment.credit_multiplier');
  setup.shareInvested = param(params, 'investment.share_invested');
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    threshold[d] = thresholdMonths * hostWage(state.economy, d);
    engagementFactor[d] = 1 + engagementEffect * lever(levers, ENGAGEMENT_IDS[d]);
    creditShare[d] = lever(levers, CREDIT_IDS[d]);
  }
  setup.key = rng.streamKey(STREAM, step);
  setup.creditKey = creditAccessKey(rng);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) invest(state.persons, state.tallies, rng, from, blockEnd(from, end));
};

/** The sweep, with hasCreditAccess and addTally written out (no doubles or 32-bit ids cross a call). */
function invest(p: Persons, tallies: Float64Array, rng: RandomSource, from: number, to: number): void {
  const { alive, diaspora, ageQuarters, savings, homeTies, trustHome, weight, id } = p;
  const { spendingRate, baseRate, creditMultiplier, shareInvested, key, creditKey } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0 || savings[i] <= 0) continue;
    savings[i] -= savings[i] * spendingRate;
    const d = diaspora[i];
    if (ageQuarters[i] < ADULT || savings[i] <= threshold[d]) continue;
    let chance = baseRate * homeTies[i] * trustHome[i] * engagementFactor[d];
    if (rng.uniform(creditKey, id[i], 0) < creditShare[d]) chance *= creditMultiplier;
    if (rng.uniform(key, id[i], DRAW_INVEST) >= chance) continue;
    const amount = shareInvested * (savings[i] - threshold[d]);
    savings[i] -= amount;
    tallies[d * TALLIES_PER_DIASPORA + INVESTMENT] += amount * weight[i];
  }
}
