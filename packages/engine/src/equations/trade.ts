import { GDP_2021, tradeTurnover, WAGE_2021 } from '../data/economy.js';
import { expm1, pow, sqrt } from '../math/index.js';
import { type EconomyState, totalTradeLinks } from '../state/economy.js';
import { type Assumptions, lever, leverDefault, param, type StepValues } from './values.js';

/**
 * The economic context and bilateral trade (docs/model.md#economic-context, #bilateral-trade): GDP and
 * wages advanced by the drivers, the gravity relation and trade's partial adjustment.
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

export function quarterlyGrowth(percentPerYear: number, stepsPerYear: number): number {
  return pow(1 + percentPerYear / 100, 1 / stepsPerYear);
}

/**
 * Levels of the first quarter. The 2021 figures are yearly totals or averages, i.e. levels near the
 * middle of the year; with growth g the first quarter sits (stepsPerYear - 1)/2 steps before it, so
 * the mean over 2021's quarters equals the 2021 figure.
 */
export function setEconomicContextAtStart(economy: EconomyState, drivers: StepValues, stepsPerYear: number): void {
  const back = (figure: number, growthId: string) =>
    figure * pow(quarterlyGrowth(lever(drivers, growthId), stepsPerYear), -(stepsPerYear - 1) / 2);
  economy.gdpKazakhstan = back(GDP_2021.kazakhstan.value, 'kz.gdp_growth_pct');
  economy.gdpUzbekistan = back(GDP_2021.uzbekistan.value, 'uz.gdp_growth_pct');
  economy.wageKazakhstan = back(WAGE_2021.kazakhstan.value, 'kz.wage_growth_pct');
  economy.wageUzbekistan = back(WAGE_2021.uzbekistan.value, 'uz.wage_growth_pct');
  economy.combinedGdpReference = combinedGdp(GDP_2021.kazakhstan.value, GDP_2021.uzbekistan.value);
}

/**
 * The size term G of the gravity relation: the geometric mean of the two GDPs, so trade grows at the
 * mean growth rate of the two economies (a constant share of their output). The product of the two,
 * as in textbook gravity, would be right only relative to world GDP, which the model does not track.
 */
export function combinedGdp(gdpKazakhstan: number, gdpUzbekistan: number): number {
  return sqrt(gdpKazakhstan * gdpUzbekistan);
}
