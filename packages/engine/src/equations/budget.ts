import { pow } from '../math/index.js';
import { Kind } from '../state/codes.js';
import { logistic } from './functions.js';
import { type Assumptions, param } from './values.js';

/**
 * The household budget's equations (docs/model.md#household-budget): the money sent home at a
 * corridor cost, its split between investment and remittances, and remittances' channels.
 */
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
