import { describe, expect, it } from 'vitest';
import {
  createWorkerPool,
  latinHypercube,
  PairedAccumulator,
  RunCache,
  runPairedEnsemble,
  sampleAssumptions,
  studentTQuantile,
} from '../../packages/analysis/src/index.js';
import { INDICATOR_IDS } from '../../packages/engine/src/index.js';
import { ASSUMPTIONS } from '../../packages/engine/src/scenario/catalog/index.js';
import { CHEAP_REMITTANCES, fakeExecute, SMALL_SCENARIO } from './support/fakeModel.js';
import { fakeWorkerFactory } from './support/fakeWorkers.js';

describe('summary statistics', () => {
  it('gives Student t quantiles to table accuracy', () => {
    expect(studentTQuantile(0.95, 1)).toBeCloseTo(6.313752, 5);
    expect(studentTQuantile(0.95, 5)).toBeCloseTo(2.015048, 5);
    expect(studentTQuantile(0.95, 30)).toBeCloseTo(1.697261, 5);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(studentTQuantile(0.05, 4)).toBeCloseTo(-2.131847, 5);
  });

  it('summarises paired runs exactly, whatever order seeds arrive in', () => {
    const make = (order: number[]) => {
      const acc = new PairedAccumulator(1, 1, 3, 'chance');
      const pairs: Record<number, [number, number]> = { 0: [10, 11], 1: [20, 22], 2: [30, 33] };
      for (const s of order) acc.add(s, [pairs[s][0]], [pairs[s][1]]);
      return acc.summarize();
    };
    const summary = make([2, 0, 1]);
    expect(make([0, 1, 2])).toEqual(summary);
    expect(summary.difference.mean[0]).toBe(2);
    expect(summary.difference.sd[0]).toBe(1);
    const half = (studentTQuantile(0.95, 2) * 1) / Math.sqrt(3);
    expect(summary.difference.ciLow[0]).toBeCloseTo(2 - half, 12);
    expect(summary.difference.ciHigh[0]).toBeCloseTo(2 + half, 12);
    expect(summary.baseline.p50[0]).toBe(20);
    expect(summary.scenario.p5[0]).toBeCloseTo(11 + 0.1 * 11, 12); // type 7: 5% of the way from 11 to 22
    expect(summary.band).toBe('chance');
  });
});

describe('paired ensembles', () => {
  const remittances = INDICATOR_IDS.indexOf('uz_in_kz.remittances_formal_usd');
  const unaffected = INDICATOR_IDS.indexOf('kz_in_uz.population');
  const width = INDICATOR_IDS.length;

  it('pins a real effect with 4 seeds where unpaired runs cannot, and keeps zero in the interval where there is none', async () => {
    const pool = createWorkerPool({ size: 2, createWorker: fakeWorkerFactory().factory });
    const { summary } = await runPairedEnsemble(pool, {
      baselineText: SMALL_SCENARIO,
      scenarioText: CHEAP_REMITTANCES,
      firstSeed: 1,
      seeds: 4,
    });
    pool.close();
    const cell = 8 * width + remittances; // 2023 Q1
    // Cutting the cost from 2 to 1 per cent raises recorded remittances by 5 per cent of 5e8.
    expect(summary.difference.ciLow[cell]).toBeGreaterThan(0);
    expect(summary.difference.ciLow[cell]).toBeLessThan(2.5e7);
    expect(summary.difference.ciHigh[cell]).toBeGreaterThan(2.5e7);
    // Unpaired (Welch-like) interval from the same runs' spreads: far too wide to exclude zero.
    const spread = (summary.scenario.p95[cell] - summary.scenario.p5[cell]) / (2 * 1.645);
    const unpairedHalfWidth = studentTQuantile(0.95, 6) * Math.sqrt((2 * spread ** 2) / 4);
    expect(summary.scenario.mean[cell] - summary.baseline.mean[cell] - unpairedHalfWidth).toBeLessThan(0);
    for (let t = 0; t < 12; t++) {
      const c = t * width + unaffected;
      expect(summary.difference.ciLow[c]).toBeLessThanOrEqual(0);
      expect(summary.difference.ciHigh[c]).toBeGreaterThanOrEqual(0);
    }
  });

  it('streams each seed as it completes, with a summary a view can draw after the first', async () => {
    const pool = createWorkerPool({ size: 2, createWorker: fakeWorkerFactory().factory });
    const counts: number[] = [];
    await runPairedEnsemble(
      pool,
      { baselineText: SMALL_SCENARIO, scenarioText: CHEAP_REMITTANCES, firstSeed: 1, seeds: 5 },
      {
        onSeed: (progress) => {
          counts.push(progress.seedsDone);
          expect(progress.accumulator.summarize().seedIndices).toHaveLength(progress.seedsDone);
        },
      },
    );
    pool.close();
    expect(counts).toEqual([1, 2, 3, 4, 5]);
  });

  it('reuses cached runs: an unchanged baseline is not run again', async () => {
    const pool = createWorkerPool({ size: 2, createWorker: fakeWorkerFactory().factory });
    const cache = new RunCache();
    const request = { baselineText: SMALL_SCENARIO, scenarioText: CHEAP_REMITTANCES, firstSeed: 1, seeds: 3 };
    const first = await runPairedEnsemble(pool, request, { cache });
    const before = pool.stats.tasksCompleted;
    const second = await runPairedEnsemble(pool, { ...request, scenarioLevers: { 'kz_to_uz.remittance_cost_pct': 4 } }, { cache });
    pool.close();
    expect(before).toBe(6);
    expect(pool.stats.tasksCompleted - before).toBe(3); // only the new scenario's runs
    expect(second.summary.baseline.mean).toEqual(first.summary.baseline.mean);
  });

  it('labels its band and gives baseline and scenario of a seed the same Latin hypercube draw of the assumptions', async () => {
    const seen: Record<number, string[]> = {};
    const { factory } = fakeWorkerFactory({
      execute: (task) => {
        seen[task.seed] = [...(seen[task.seed] ?? []), JSON.stringify(task.assumptions)];
        return fakeExecute(task);
      },
    });
    const pool = createWorkerPool({ size: 2, createWorker: factory });
    const result = await runPairedEnsemble(pool, {
      baselineText: SMALL_SCENARIO,
      scenarioText: CHEAP_REMITTANCES,
      firstSeed: 1,
      seeds: 4,
      assumptions: 'sample',
    });
    pool.close();
    expect(result.band).toBe('chance-and-assumptions');
    expect(result.summary.band).toBe('chance-and-assumptions');
    expect(result.assumptionDraws).toHaveLength(4);
    for (const seed of [1, 2, 3, 4]) {
      expect(seen[seed]).toHaveLength(2);
      expect(seen[seed][0]).toBe(seen[seed][1]);
    }
    expect(new Set(Object.values(seen).map((s) => s[0])).size).toBe(4);
  });
});

describe('Latin hypercube', () => {
  it('puts exactly one point in each stratum of every dimension', () => {
    const n = 10;
    const points = latinHypercube(n, 3, 7);
    for (let j = 0; j < 3; j++) {
      const strata = Array.from({ length: n }, (_, i) => Math.floor(points[i * 3 + j] * n)).sort((a, b) => a - b);
      expect(strata).toEqual([...Array(n).keys()]);
    }
  });

  it('draws every assumption within its catalogue range', () => {
    const draws = sampleAssumptions(6, 3);
    expect(draws).toHaveLength(6);
    for (const d of ASSUMPTIONS) {
      for (const draw of draws) {
        expect(draw[d.id]).toBeGreaterThanOrEqual(d.min);
        expect(draw[d.id]).toBeLessThanOrEqual(d.max);
      }
    }
  });
});
