import { describe, expect, it } from 'vitest';
import {
  createWorkerPool,
  errorText,
  executeTask,
  parseShard,
  parseSweepAxis,
  plainText,
  runSensitivity,
  runSweep,
  sensitivityDesign,
  shardRange,
  translator,
} from '../../packages/analysis/src/index.js';
import { INDICATOR_IDS } from '../../packages/engine/src/index.js';
import { CHEAP_REMITTANCES, SMALL_SCENARIO } from './support/fakeModel.js';
import { fakeWorkerFactory } from './support/fakeWorkers.js';

// The fake model: recorded remittances = 5e8 (1 - 0.05 cost) (1 + 0.2 z) + 5e6 e, cost = kz_to_uz.remittance_cost_pct.
const REMITTANCES = 'uz_in_kz.remittances_formal_usd';

describe('sweeps', () => {
  it('pairs every point with the baseline and finds the known slope', async () => {
    const pool = createWorkerPool({ size: 2, createWorker: fakeWorkerFactory().factory });
    const axis = parseSweepAxis('kz_to_uz.remittance_cost_pct=0:6:4');
    expect(axis.values).toEqual([0, 2, 4, 6]);
    const { design, result } = await runSweep(pool, {
      scenarioText: SMALL_SCENARIO,
      baselineText: SMALL_SCENARIO,
      axes: [axis],
      firstSeed: 1,
      seeds: 6,
    });
    pool.close();
    expect(design.tasks).toHaveLength(6 + 4 * 6); // the baseline once per seed, shared by the points
    const i = INDICATOR_IDS.indexOf(REMITTANCES);
    const width = INDICATOR_IDS.length;
    result.points.forEach(({ point, summary }) => {
      const expected = -5e8 * 0.05 * (point[0] - 2); // the baseline's cost is the default, 2
      const c = 2 * width + i; // 2023
      expect(summary.difference.ciLow[c]).toBeLessThanOrEqual(expected + 1e-6);
      expect(summary.difference.ciHigh[c]).toBeGreaterThanOrEqual(expected - 1e-6);
    });
  });

  it('refuses grids outside a range or off whole numbers', () => {
    expect(() => parseSweepAxis('trade.tariff_equivalent_pct=0:99:3')).toThrow(/outside/);
    expect(() => parseSweepAxis('trade.cooperation_zone=0:1:3')).toThrow(/whole numbers/);
    expect(() => parseSweepAxis('trade.no_such_lever=0:1:3')).toThrow(/not a lever/);
  });

  it('refuses a point outside its range in a task as a scenario issue, which the lab says in its language', () => {
    const refused = (() => {
      try {
        executeTask({
          scenarioText: JSON.stringify({ schemaVersion: 2, name: 'small', endYear: 2022 }),
          seed: 1,
          levers: { 'trade.tariff_equivalent_pct': 99 },
        });
      } catch (error) {
        return error;
      }
    })();
    expect((refused as Error).message).toMatch(/^"trade.tariff_equivalent_pct": value 99 at year \d+ is outside the range 0 to 60/);
    expect(plainText(errorText(translator('ru'), refused))).toMatch(/^levers\["trade.tariff_equivalent_pct"\]: параметр «.+»/);
  });
});

describe('sensitivity designs', () => {
  const base = {
    method: 'morris' as const,
    scenarioText: SMALL_SCENARIO,
    indicator: REMITTANCES,
    year: 2023,
    firstSeed: 1,
    seeds: 2,
    samples: 5,
    designSeed: 3,
    only: ['kz_to_uz.remittance_cost_pct', 'trade.cooperation_zone'],
  };

  it('runs a policy-space baseline once per seed and an assumption-space one at every point', () => {
    const policy = sensitivityDesign({ ...base, space: 'policy', versusText: CHEAP_REMITTANCES });
    expect(policy.tasks).toHaveLength(2 + 5 * 3 * 2);
    expect(policy.baselineTask?.(7, 1)).toBe(1);
    expect(policy.tasks[policy.scenarioTask(4, 1)].levers).toBeDefined();
    const assumptions = sensitivityDesign({
      ...base,
      space: 'assumptions',
      only: ['migration.mean_stay_years'],
      versusText: CHEAP_REMITTANCES,
    });
    expect(assumptions.tasks).toHaveLength(5 * 2 * 2 * 2);
    const p = 3;
    const scenario = assumptions.tasks[assumptions.scenarioTask(p, 1)];
    const baseline = assumptions.tasks[assumptions.baselineTask?.(p, 1) as number];
    expect(baseline.scenarioText).toBe(CHEAP_REMITTANCES);
    expect(baseline.assumptions).toEqual(scenario.assumptions);
    expect(baseline.seed).toBe(scenario.seed);
  });

  it('screens the fake model: the cost matters by its known slope, the cooperation zone not at all', async () => {
    const pool = createWorkerPool({ size: 2, createWorker: fakeWorkerFactory().factory });
    const { result } = await runSensitivity(pool, { ...base, space: 'policy' });
    pool.close();
    if (result.method !== 'morris') throw new Error('expected Morris');
    const [cost, zone] = result.rows;
    expect(cost.parameter).toBe('kz_to_uz.remittance_cost_pct');
    // d(remittances)/d(cost) = -2.5e7 per point, over the full range of 15 points; the seed shock z scales it.
    expect(cost.mu).toBeLessThan(0);
    expect(cost.muStar / (2.5e7 * 15)).toBeGreaterThan(0.7);
    expect(cost.muStar / (2.5e7 * 15)).toBeLessThan(1.3);
    expect(zone.muStar).toBe(0);
  });
});

describe('shards', () => {
  it('cover every task exactly once, in near-equal contiguous parts', () => {
    for (const total of [1, 7, 100, 101]) {
      for (const n of [1, 2, 3, 8]) {
        const seen: number[] = [];
        for (let i = 1; i <= n; i++) {
          const { from, to } = shardRange(total, parseShard(`${i}/${n}`));
          expect(to - from).toBeLessThanOrEqual(Math.ceil(total / n));
          for (let k = from; k < to; k++) seen.push(k);
        }
        expect(seen).toEqual([...Array(total).keys()]);
      }
    }
    expect(() => parseShard('0/4')).toThrow();
    expect(() => parseShard('5/4')).toThrow();
    expect(() => parseShard('2-4')).toThrow();
  });
});
