import { DIASPORAS, REMITTANCE_CORRIDOR } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Kind } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import { TALLY_COUNT, Tally } from '../state/tallies.js';
import { logistic } from './economyShared.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

/**
 * Remittances home. Earners with home ties send a share of income that rises with their ties
 * (labour migrants far more than settled members), R = R*·((c0 + c_ref)/(c0 + c))^e with c the
 * corridor's cost in per cent, paid out of savings (so never more than they have). Each sender splits
 * the money: a share f(c) = 1/(1 + exp(−(a − b·c))) through banks and money-transfer operators, the
 * rest informally (cash carried home, hawala). Recorded remittances, R·f, then fall with cost at an
 * elasticity of about −1. A split rather than a coin flip per sender: migrants use both channels,
 * and a lever that moves the cost then changes every sender's recorded amount smoothly instead of
 * flipping a few senders, which keeps paired differences precise (common random numbers).
 */

/** The cost lever each diaspora's money travels through (Uzbeks in Kazakhstan send Kazakhstan → Uzbekistan). */
const COST_IDS = DIASPORAS.map((d) => `${REMITTANCE_CORRIDOR[d]}.remittance_cost_pct`);

export interface RemittanceCoefficients {
  migrantShare: number;
  settledShare: number;
  formalIntercept: number;
  formalCostSlope: number;
  totalCostElasticity: number;
  costOffset: number;
  referenceCost: number;
}

export function readRemittanceCoefficients(params: Assumptions, c: RemittanceCoefficients): void {
  c.migrantShare = param(params, 'remittances.migrant_share');
  c.settledShare = param(params, 'remittances.settled_share');
  c.formalIntercept = param(params, 'remittances.formal_intercept');
  c.formalCostSlope = param(params, 'remittances.formal_cost_slope');
  c.totalCostElasticity = param(params, 'remittances.total_cost_elasticity');
  c.costOffset = param(params, 'remittances.cost_offset_pct');
  c.referenceCost = param(params, 'remittances.reference_cost_pct');
}

export function createRemittanceCoefficients(): RemittanceCoefficients {
  return {
    migrantShare: 0,
    settledShare: 0,
    formalIntercept: 0,
    formalCostSlope: 0,
    totalCostElasticity: 0,
    costOffset: 0,
    referenceCost: 0,
  };
}

/** Share of the money sent through banks and money-transfer operators at cost c (per cent). */
export function formalShare(costPct: number, c: RemittanceCoefficients): number {
  return logistic(c.formalIntercept - c.formalCostSlope * costPct);
}

/** How much the total sent changes with cost, relative to the reference cost. */
export function totalCostFactor(costPct: number, c: RemittanceCoefficients): number {
  return ((c.costOffset + c.referenceCost) / (c.costOffset + costPct)) ** c.totalCostElasticity;
}

/** Amount a person wants to send in a quarter at the reference cost (USD). */
export function desiredRemittance(
  kind: number,
  incomePerYear: number,
  homeTies: number,
  stepsPerYear: number,
  c: RemittanceCoefficients,
): number {
  const share = kind === Kind.labourMigrant ? c.migrantShare : kind === Kind.settled ? c.settledShare : 0;
  return (incomePerYear / stepsPerYear) * share * homeTies;
}

const coefficients = createRemittanceCoefficients();
const costFactor = new Float64Array(DIASPORA_COUNT);
const formal = new Float64Array(DIASPORA_COUNT);

const SETTLED = Kind.settled;
const MIGRANT = Kind.labourMigrant;
const REMITTANCES_TOTAL = Tally.remittancesTotal;
const REMITTANCES_FORMAL = Tally.remittancesFormal;
const TALLIES_PER_DIASPORA = TALLY_COUNT;

export const applyRemittances: Rule = (state, levers, params) => {
  readRemittanceCoefficients(params, coefficients);
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    const cost = lever(levers, COST_IDS[d]);
    costFactor[d] = totalCostFactor(cost, coefficients);
    formal[d] = formalShare(cost, coefficients);
  }
  stepsPerYear[0] = state.timeline.stepsPerYear;
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) send(state.persons, state.tallies, coefficients, from, blockEnd(from, end));
};

/** desiredRemittance and the tallies written out (doubles crossing a call V8 does not inline are boxed). */
const stepsPerYear = new Float64Array(1);

function send(p: Persons, tallies: Float64Array, c: RemittanceCoefficients, from: number, to: number): void {
  const perYear = stepsPerYear[0];
  const { alive, diaspora, kind, income, homeTies, savings, weight } = p;
  const { migrantShare, settledShare } = c;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0 || income[i] <= 0 || homeTies[i] <= 0) continue;
    const d = diaspora[i];
    const k = kind[i];
    const share = k === MIGRANT ? migrantShare : k === SETTLED ? settledShare : 0;
    const wanted = (income[i] / perYear) * share * homeTies[i] * costFactor[d];
    const sent = Math.min(wanted, savings[i]);
    if (sent <= 0) continue;
    savings[i] -= sent;
    const amount = sent * weight[i];
    tallies[d * TALLIES_PER_DIASPORA + REMITTANCES_TOTAL] += amount;
    tallies[d * TALLIES_PER_DIASPORA + REMITTANCES_FORMAL] += amount * formal[d];
  }
}
