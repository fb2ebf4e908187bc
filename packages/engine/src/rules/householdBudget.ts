import {
  type BudgetCoefficients,
  formalShare,
  readBudgetCoefficients,
  remittanceArrivingShare,
  totalCostFactor,
} from '../equations/budget.js';
import { CREDIT_STREAM } from '../equations/economy.js';
import { lever, perDiasporaIds } from '../equations/values.js';
import { DIASPORAS, REMITTANCE_CORRIDOR } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Kind } from '../state/codes.js';
import { TALLY_COUNT, Tally } from '../state/tallies.js';
import type { PersonKernel } from './kernel.js';

/**
 * The household budget (docs/model.md#household-budget): what an earner does with the quarter's
 * income. Consumption where one lives takes a share; the rest (the employment kernel adds it to
 * savings) pays for the money sent home, and what is left stays saved in the host country, drawn down
 * by large outlays at a steady rate. Money sent home is one budget, B = income/4 · s_kind · home ties ·
 * ((c0 + c_ref)/(c0 + c))^e, paid out of savings (never more than the earner holds); a share φ of it
 * is invested at home and pays the corridor cost, the rest is remittances split between recorded and
 * informal channels (equations/budget.ts). What reaches home is B less each channel's cost.
 */
const COST_IDS = DIASPORAS.map((d) => `${REMITTANCE_CORRIDOR[d]}.remittance_cost_pct`);
const ENGAGEMENT_IDS = perDiasporaIds('home_engagement');
const CREDIT_IDS = perDiasporaIds('credit_access');

export interface BudgetStep {
  coefficients: BudgetCoefficients;
  costFactor: Float64Array;
  formal: Float64Array;
  remittanceArriving: Float64Array;
  investmentArriving: Float64Array;
  /** Per diaspora: φ before trust and credit (base · (1 + effect · engagement)). */
  investmentFactor: Float64Array;
  creditShare: Float64Array;
  creditKey: number;
  stepsPerYear: number;
  tallies: Float64Array;
}

export const householdBudget: PersonKernel<BudgetStep> = {
  name: 'household budget: remittances, investment, saving',
  step: {
    coefficients: undefined as unknown as BudgetCoefficients,
    costFactor: new Float64Array(DIASPORA_COUNT),
    formal: new Float64Array(DIASPORA_COUNT),
    remittanceArriving: new Float64Array(DIASPORA_COUNT),
    investmentArriving: new Float64Array(DIASPORA_COUNT),
    investmentFactor: new Float64Array(DIASPORA_COUNT),
    creditShare: new Float64Array(DIASPORA_COUNT),
    creditKey: Number.NaN,
    stepsPerYear: Number.NaN,
    tallies: new Float64Array(0),
  },
  begin(state, levers, params, rng) {
    const s = householdBudget.step;
    const c = readBudgetCoefficients(params);
    s.coefficients = c;
    for (let d = 0; d < DIASPORA_COUNT; d++) {
      const cost = lever(levers, COST_IDS[d]);
      s.costFactor[d] = totalCostFactor(cost, c);
      s.formal[d] = formalShare(cost, c);
      s.remittanceArriving[d] = remittanceArrivingShare(cost, c);
      s.investmentArriving[d] = 1 - cost / 100;
      s.investmentFactor[d] = c.investmentShare * (1 + c.engagementEffect * lever(levers, ENGAGEMENT_IDS[d]));
      s.creditShare[d] = lever(levers, CREDIT_IDS[d]);
    }
    s.creditKey = rng.streamKey(CREDIT_STREAM, 0);
    s.stepsPerYear = state.timeline.stepsPerYear;
    s.tallies = state.tallies;
  },
  person(i, p, s, rng) {
    let held = p.savings[i];
    const ties = p.homeTies[i];
    if (p.income[i] > 0 && ties > 0) {
      const d = p.diaspora[i];
      const k = p.kind[i];
      const c = s.coefficients;
      const share = k === Kind.labourMigrant ? c.migrantShare : k === Kind.settled ? c.settledShare : 0;
      const wanted = (p.income[i] / s.stepsPerYear) * share * ties * s.costFactor[d];
      const sent = Math.min(wanted, held);
      if (sent > 0) {
        held -= sent;
        let phi = s.investmentFactor[d] * p.trustHome[i];
        if (rng.uniform(s.creditKey, p.id[i], 0) < s.creditShare[d]) phi *= c.creditMultiplier;
        const invested = sent * Math.min(phi, 1);
        const remitted = sent - invested;
        const w = p.weight[i];
        const base = d * TALLY_COUNT;
        s.tallies[base + Tally.remittancesTotal] += remitted * w;
        s.tallies[base + Tally.remittancesFormal] += remitted * w * s.formal[d];
        s.tallies[base + Tally.investment] += invested * w;
        s.tallies[base + Tally.moneyHome] += (remitted * s.remittanceArriving[d] + invested * s.investmentArriving[d]) * w;
      }
    }
    // Large outlays draw down what stays saved here.
    p.savings[i] = held - held * s.coefficients.spendingRate;
  },
};
