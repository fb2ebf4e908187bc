import { streamId } from '../rng.js';
import { DIASPORA_COUNT } from '../state/codes.js';
import { addTally, Tally } from '../state/tallies.js';
import { ADULT_QUARTERS, creditAccessKey, hasCreditAccess, hostWage, perDiasporaIds } from './economyShared.js';
import { lever, param, type Rule } from './rule.js';

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

export const applyInvestment: Rule = (state, levers, params, rng, step) => {
  const spendingRate = param(params, 'savings.spending_rate');
  const thresholdMonths = param(params, 'investment.threshold_months');
  const baseRate = param(params, 'investment.base_rate');
  const engagementEffect = param(params, 'investment.engagement_effect');
  const creditMultiplier = param(params, 'investment.credit_multiplier');
  const shareInvested = param(params, 'investment.share_invested');
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    threshold[d] = thresholdMonths * hostWage(state.economy, d);
    engagementFactor[d] = 1 + engagementEffect * lever(levers, ENGAGEMENT_IDS[d]);
    creditShare[d] = lever(levers, CREDIT_IDS[d]);
  }
  const key = rng.streamKey(STREAM, step);
  const creditKey = creditAccessKey(rng);
  const p = state.persons;
  const { alive, diaspora, ageQuarters, savings, homeTies, trustHome, weight, id } = p;
  for (let i = 0; i < p.end; i++) {
    if (alive[i] === 0 || savings[i] <= 0) continue;
    savings[i] -= savings[i] * spendingRate;
    const d = diaspora[i];
    if (ageQuarters[i] < ADULT_QUARTERS || savings[i] <= threshold[d]) continue;
    let chance = baseRate * homeTies[i] * trustHome[i] * engagementFactor[d];
    if (hasCreditAccess(rng, creditKey, id[i], creditShare[d])) chance *= creditMultiplier;
    if (rng.uniform(key, id[i], DRAW_INVEST) >= chance) continue;
    const amount = shareInvested * (savings[i] - threshold[d]);
    savings[i] -= amount;
    addTally(state.tallies, d, Tally.investment, amount * weight[i]);
  }
};
