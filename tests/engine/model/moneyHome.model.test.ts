import { describe, expect, it } from 'vitest';
import { calendarYearValue, calendarYearValues } from '../../../packages/analysis/src/index.js';
import { runScenario } from '../../../packages/engine/src/index.js';
import { baseline, MODEL_TEST_SCALE, meanWithInterval } from './support.js';

/**
 * One budget for money sent home (docs/model.md#household-budget), on the full model: when sending
 * money gets cheaper, neither investment at home nor the money that reaches home falls, anywhere in
 * the cost lever's range, seed by seed (paired runs); and the cut from today's 2% to 1% raises both
 * with an interval that excludes zero.
 */
const SEEDS = [1, 2, 3, 4];
const COSTS = [0, 1, 2, 4, 8, 15];
const YEAR = 2028;
const IDS = ['uz_in_kz.investment_usd', 'uz_in_kz.money_home_usd', 'kz_in_uz.investment_usd', 'kz_in_uz.money_home_usd'];

function atCost(cost: number, seed: number): number[] {
  const scenario = baseline({
    personsPerAgent: MODEL_TEST_SCALE,
    endYear: YEAR,
    levers: { 'kz_to_uz.remittance_cost_pct': cost, 'uz_to_kz.remittance_cost_pct': cost },
  });
  const annual = calendarYearValues(runScenario(scenario, seed));
  return IDS.map((id) => calendarYearValue(annual, id, YEAR));
}

describe('money sent home and the cost of sending it (full model, paired)', () => {
  const bySeed = SEEDS.map((seed) => COSTS.map((cost) => atCost(cost, seed)));

  it('never lowers investment at home or the money reaching home when the cost falls (0 to 15%, every seed)', () => {
    for (const runs of bySeed) {
      for (let k = 1; k < COSTS.length; k++) {
        IDS.forEach((id, i) => {
          expect(runs[k][i], `${id} at ${COSTS[k]}% against ${COSTS[k - 1]}%`).toBeLessThanOrEqual(runs[k - 1][i]);
        });
      }
    }
  });

  it('raises both when the cost falls from 2% to 1%, with a 90% interval above zero', () => {
    IDS.forEach((id, i) => {
      const gains = bySeed.map((runs) => runs[COSTS.indexOf(1)][i] - runs[COSTS.indexOf(2)][i]);
      const { mean, half } = meanWithInterval(gains);
      expect(mean - half, id).toBeGreaterThan(0);
    });
  });
});
