import { pow } from '../math/index.js';
import type { RandomSource } from '../rng.js';
import { DIASPORAS, REMITTANCE_CORRIDOR } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Kind } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import { TALLY_COUNT, Tally } from '../state/tallies.js';
import { creditAccessKey, logistic, perDiasporaIds } from './economyShared.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

/**
 * The household budget (docs/model.md#household-budget): what an earner does with the quarter's
 * income. Consumption where one lives takes a share; the rest (the employment rule adds it to
 * savings) pays for the money sent home, and what is left stays saved in the host country (business
 * capital, a buffer), drawn down by large outlays at a steady rate.
 *
 * Money sent home is one budget, B = income/4 · s_kind · home ties · ((c0 + c_ref)/(c0 + c))^e,
 * paid out of savings (never more than the earner has): c the corridor's cost in per cent, so a
 * cheaper corridor raises everything sent home a little (e about 0.3), and never lowers any part of
 * it. A share φ of B is invested at home (a house, land, a business: it travels through banks and
 * pays c), φ = min(1, base · trust in home institutions · (1 + effect · home engagement) · (credit
 * multiplier if able to borrow)); the rest is remittances for the family's needs, split between
 * banks and money-transfer operators (share f(c) = 1/(1 + exp(−(a − b·c))), recorded) and informal
 * channels. Recorded remittances then fall with cost at an elasticity of about −1. A split rather
 * than a coin flip per sender: migrants use both channels, and a cost lever changes every sender's
 * recorded amount smoothly (common random numbers). What reaches home is B less each channel's cost.
 */
const COST_IDS = DIASPORAS.map((d) => `${REMITTANCE_CORRIDOR[d]}.remittance_cost_pct`);
const ENGAGEMENT_IDS = perDiasporaIds('home_engagement');
const CREDIT_IDS = perDiasporaIds('credit_access');

export interface BudgetCoefficients {
  migrantShare: number;
  settledShare: number;
  formalIntercept: number;
  formalCostSlope: number;
  totalCostElasticity: number;
  costOffset: number;
  referenceCost: number;
  informalCost: number;
  spendingRate: number;
  investmentShare: number;
  engagementEffect: number;
  creditMultiplier: number;
}

export function readBudgetCoefficients(params: Assumptions): BudgetCoefficients {
  return {
    migrantShare: param(params, 'remittances.migrant_share'),
    settledShare: param(params, 'remittances.settled_share'),
    formalIntercept: param(params, 'remittances.formal_intercept'),
    formalCostSlope: param(params, 'remittances.formal_cost_slope'),
    totalCostElasticity: param(params, 'remittances.total_cost_elasticity'),
    costOffset: param(params, 'remittances.cost_offset_pct'),
    referenceCost: param(params, 'remittances.reference_cost_pct'),
    informalCost: param(params, 'remittances.informal_cost_pct'),
    spendingRate: param(params, 'savings.spending_rate'),
    investmentShare: param(params, 'investment.base_share'),
    engagementEffect: param(params, 'investment.engagement_effect'),
    creditMultiplier: param(params, 'investment.credit_multiplier'),
  };
}

/** Share of remittances sent through banks and money-transfer operators at cost c (per cent). */
export function formalShare(costPct: number, c: BudgetCoefficients): number {
  return logistic(c.formalIntercept - c.formalCostSlope * costPct);
}

/** How much all money sent home changes with cost, relative to the reference cost. */
export function totalCostFactor(costPct: number, c: BudgetCoefficients): number {
  return pow((c.costOffset + c.referenceCost) / (c.costOffset + costPct), c.totalCostElasticity);
}

/** Money a person wants to send home in a quarter at the reference cost (USD): B before the cost factor. */
export function desiredHomeBudget(
  kind: number,
  incomePerYear: number,
  homeTies: number,
  stepsPerYear: number,
  c: BudgetCoefficients,
): number {
  const share = kind === Kind.labourMigrant ? c.migrantShare : kind === Kind.settled ? c.settledShare : 0;
  return (incomePerYear / stepsPerYear) * share * homeTies;
}

/** φ: the share of the money sent home that is invested. */
export function investmentShare(trustHome: number, engagement: number, canBorrow: boolean, c: BudgetCoefficients): number {
  return Math.min(1, c.investmentShare * trustHome * (1 + c.engagementEffect * engagement) * (canBorrow ? c.creditMultiplier : 1));
}

/** Share of remittances (not investment) that reaches home: the formal part less c per cent, the informal part less its own cost. */
export function remittanceArrivingShare(costPct: number, c: BudgetCoefficients): number {
  const f = formalShare(costPct, c);
  return f * (1 - costPct / 100) + (1 - f) * (1 - c.informalCost / 100);
}

const costFactor = new Float64Array(DIASPORA_COUNT);
const formal = new Float64Array(DIASPORA_COUNT);
const remittanceArriving = new Float64Array(DIASPORA_COUNT);
const investmentArriving = new Float64Array(DIASPORA_COUNT);
/** Per diaspora: φ before trust and credit (base · (1 + effect · engagement)). */
const investmentFactor = new Float64Array(DIASPORA_COUNT);
const creditShare = new Float64Array(DIASPORA_COUNT);

const SETTLED = Kind.settled;
const MIGRANT = Kind.labourMigrant;
const TALLIES_PER_DIASPORA = TALLY_COUNT;
const REMITTANCES_TOTAL = Tally.remittancesTotal;
const REMITTANCES_FORMAL = Tally.remittancesFormal;
const INVESTMENT = Tally.investment;
const MONEY_HOME = Tally.moneyHome;
/** Per-step values of the sweep. */
const setup = {
  perYear: Number.NaN,
  migrantShare: Number.NaN,
  settledShare: Number.NaN,
  spendingRate: Number.NaN,
  creditMultiplier: Number.NaN,
  creditKey: Number.NaN,
};

export const applyHouseholdBudget: Rule = (state, levers, params, rng) => {
  const c = readBudgetCoefficients(params);
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    const cost = lever(levers, COST_IDS[d]);
    costFactor[d] = totalCostFactor(cost, c);
    formal[d] = formalShare(cost, c);
    remittanceArriving[d] = remittanceArrivingShare(cost, c);
    investmentArriving[d] = 1 - cost / 100;
    investmentFactor[d] = c.investmentShare * (1 + c.engagementEffect * lever(levers, ENGAGEMENT_IDS[d]));
    creditShare[d] = lever(levers, CREDIT_IDS[d]);
  }
  setup.perYear = state.timeline.stepsPerYear;
  setup.migrantShare = c.migrantShare;
  setup.settledShare = c.settledShare;
  setup.spendingRate = c.spendingRate;
  setup.creditMultiplier = c.creditMultiplier;
  setup.creditKey = creditAccessKey(rng);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) sendHome(state.persons, state.tallies, rng, from, blockEnd(from, end));
};

/** The sweep: desiredHomeBudget, investmentShare and hasCreditAccess written out (no double crosses a call). */
function sendHome(p: Persons, tallies: Float64Array, rng: RandomSource, from: number, to: number): void {
  const { alive, diaspora, kind, income, homeTies, savings, weight, trustHome, id } = p;
  const { perYear, migrantShare, settledShare, spendingRate, creditMultiplier, creditKey } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    let held = savings[i];
    if (income[i] > 0 && homeTies[i] > 0) {
      const d = diaspora[i];
      const k = kind[i];
      const share = k === MIGRANT ? migrantShare : k === SETTLED ? settledShare : 0;
      const wanted = (income[i] / perYear) * share * homeTies[i] * costFactor[d];
      const sent = Math.min(wanted, held);
      if (sent > 0) {
        held -= sent;
        let phi = investmentFactor[d] * trustHome[i];
        if (rng.uniform(creditKey, id[i], 0) < creditShare[d]) phi *= creditMultiplier;
        const invested = sent * Math.min(phi, 1);
        const remitted = sent - invested;
        const w = weight[i];
        const base = d * TALLIES_PER_DIASPORA;
        tallies[base + REMITTANCES_TOTAL] += remitted * w;
        tallies[base + REMITTANCES_FORMAL] += remitted * w * formal[d];
        tallies[base + INVESTMENT] += invested * w;
        tallies[base + MONEY_HOME] += (remitted * remittanceArriving[d] + invested * investmentArriving[d]) * w;
      }
    }
    // Large outlays draw down what stays saved here.
    savings[i] = held - held * spendingRate;
  }
}
