import { tradeTurnover } from '../data/economy.js';
import type { EconomyState } from '../state/economy.js';
import { combinedGdp } from './applyEconomicContext.js';
import { leverDefault } from './economyShared.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';

/**
 * Bilateral trade turnover from a gravity relation anchored at 2021:
 *   T(t) = T2021 · G(t)/G2021 · (L(t)/L2021)^η · ((1 + τ(t))/(1 + τ2021))^(−θ) · (1 + z·zone(t)),
 * G the geometric mean of the two GDPs, L the diaspora trade links (both diasporas, weighted),
 * τ the tariff equivalent plus the time cost of border delay. T2021 is the observed 3.9 bn USD, so the
 * 2021 value matches by construction; later years emerge from growth, links and costs.
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
}

export function gravityTrade(economy: EconomyState, g: GravityInputs): number {
  const size = combinedGdp(economy.gdpKazakhstan, economy.gdpUzbekistan) / economy.combinedGdpReference;
  const links = economy.tradeLinksReference > 0 ? (Math.max(economy.tradeLinks, 0) / economy.tradeLinksReference) ** g.linkElasticity : 1;
  const cost = ((1 + tradeCost(g.tariffPct, g.delayDays, g.delayCostPctPerDay)) / (1 + economy.tradeCostReference)) ** -g.costElasticity;
  return TRADE_2021 * size * links * cost * (1 + g.zoneEffect * g.zone);
}

const inputs: GravityInputs = {
  tariffPct: 0,
  delayDays: 0,
  zone: 0,
  delayCostPctPerDay: 0,
  linkElasticity: 0,
  costElasticity: 0,
  zoneEffect: 0,
};

export function readGravityInputs(levers: Readonly<Record<string, number>>, params: Assumptions, into: GravityInputs): void {
  into.tariffPct = lever(levers, 'trade.tariff_equivalent_pct');
  into.delayDays = lever(levers, 'trade.border_delay_days');
  into.zone = lever(levers, 'trade.cooperation_zone');
  into.delayCostPctPerDay = param(params, 'gravity.delay_cost_pct_per_day');
  into.linkElasticity = param(params, 'gravity.diaspora_trade_elasticity');
  into.costElasticity = param(params, 'gravity.trade_cost_elasticity');
  into.zoneEffect = param(params, 'gravity.cooperation_zone_effect');
}

export const applyBilateralTrade: Rule = (state, levers, params) => {
  readGravityInputs(levers, params, inputs);
  state.economy.tradeUsd = gravityTrade(state.economy, inputs);
};
