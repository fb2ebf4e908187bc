import { tradeTurnover } from '../data/economy.js';
import { expm1, pow } from '../math/index.js';
import { type EconomyState, totalTradeLinks } from '../state/economy.js';
import { combinedGdp } from './applyEconomicContext.js';
import { leverDefault } from './economyShared.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';

/**
 * Bilateral trade turnover (docs/model.md#bilateral-trade). Trade keeps its 2021 relation to the size of
 * the two economies, times a factor A for what links, trade costs and the cooperation zone do:
 *   T(t) = T2021 · G(t)/G2021 · A(t),
 *   A*(t) = (L(t)/L2021)^η · ((1 + τ(t))/(1 + τ2021))^(−θ) · (1 + z·zone(t)),
 *   A(t) = A(t−1) + λ·(A*(t) − A(t−1)),  λ = 1 − exp(−1/(4·lag)),
 * G the geometric mean of the two GDPs, L the diaspora trade links (both diasporas, persons), τ the
 * tariff equivalent plus the time cost of border delay. Trade adjusts to a change of costs over years,
 * not in the quarter it happens (partial adjustment with a mean lag of `gravity.adjustment_years`).
 * T2021 is the observed 3.9 bn USD, so the 2021 value matches by construction.
 */
const TRADE_2021 = tradeTurnover(2021).value;

/** τ: ad-valorem tariff equivalent plus the delay's time cost, as a share. */
export function tradeCost(tariffPct: number, delayDays: number, delayCostPctPerDay: number): number {
  return (tariffPct + delayCostPctPerDay * delayDays) / 100;
}

/** τ of the 2021 status quo (the levers' defaults), the reference the observed 2021 turnover was traded at. */
export function tradeCostAtStart(params: Assumptions): number {
  return tradeCost(
    leverDefault('trade.tariff_equivalent_pct'),
    leverDefault('trade.border_delay_days'),
    param(params, 'gravity.delay_cost_pct_per_day'),
  );
}

export interface GravityInputs {
  tariffPct: number;
  delayDays: number;
  zone: number;
  delayCostPctPerDay: number;
  linkElasticity: number;
  costElasticity: number;
  zoneEffect: number;
  adjustmentYears: number;
}

export function createGravityInputs(): GravityInputs {
  return {
    tariffPct: 0,
    delayDays: 0,
    zone: 0,
    delayCostPctPerDay: 0,
    linkElasticity: 0,
    costElasticity: 0,
    zoneEffect: 0,
    adjustmentYears: 0,
  };
}

/** A*: the factor trade tends to, relative to the 2021 status quo with the 2021 links. */
export function tradeFactorTarget(economy: EconomyState, g: GravityInputs): number {
  const links = economy.tradeLinksReference > 0 ? pow(totalTradeLinks(economy) / economy.tradeLinksReference, g.linkElasticity) : 1;
  const cost = pow((1 + tradeCost(g.tariffPct, g.delayDays, g.delayCostPctPerDay)) / (1 + economy.tradeCostReference), -g.costElasticity);
  return links * cost * (1 + g.zoneEffect * g.zone);
}

/** Share of the gap to A* closed in a quarter for a mean lag in years. */
export function tradeAdjustmentRate(adjustmentYears: number, stepsPerYear: number): number {
  return adjustmentYears > 0 ? -expm1(-1 / (adjustmentYears * stepsPerYear)) : 1;
}

/** Turnover (USD per year) for the economy's size and trade factor. */
export function tradeTurnoverNow(economy: EconomyState): number {
  const size = combinedGdp(economy.gdpKazakhstan, economy.gdpUzbekistan) / economy.combinedGdpReference;
  return TRADE_2021 * size * economy.tradeAdjustment;
}

export function readGravityInputs(levers: Readonly<Record<string, number>>, params: Assumptions, into: GravityInputs): void {
  into.tariffPct = lever(levers, 'trade.tariff_equivalent_pct');
  into.delayDays = lever(levers, 'trade.border_delay_days');
  into.zone = lever(levers, 'trade.cooperation_zone');
  into.delayCostPctPerDay = param(params, 'gravity.delay_cost_pct_per_day');
  into.linkElasticity = param(params, 'gravity.diaspora_trade_elasticity');
  into.costElasticity = param(params, 'gravity.trade_cost_elasticity');
  into.zoneEffect = param(params, 'gravity.cooperation_zone_effect');
  into.adjustmentYears = param(params, 'gravity.adjustment_years');
}

const inputs = createGravityInputs();

export const applyBilateralTrade: Rule = (state, levers, params) => {
  readGravityInputs(levers, params, inputs);
  const e = state.economy;
  const rate = tradeAdjustmentRate(inputs.adjustmentYears, state.timeline.stepsPerYear);
  e.tradeAdjustment += rate * (tradeFactorTarget(e, inputs) - e.tradeAdjustment);
  e.tradeUsd = tradeTurnoverNow(e);
};
