import { createGravityInputs, readGravityInputs, tradeAdjustmentRate, tradeFactorTarget, tradeTurnoverNow } from '../equations/trade.js';
import type { Rule } from './rule.js';

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
const inputs = createGravityInputs();

export const applyBilateralTrade: Rule = (state, levers, params) => {
  readGravityInputs(levers, params, inputs);
  const e = state.economy;
  const rate = tradeAdjustmentRate(inputs.adjustmentYears, state.timeline.stepsPerYear);
  e.tradeAdjustment += rate * (tradeFactorTarget(e, inputs) - e.tradeAdjustment);
  e.tradeUsd = tradeTurnoverNow(e);
};
