import { afterAll, describe, expect, it } from 'vitest';
import {
  CancelledError,
  createInThreadWorker,
  createWorkerPool,
  type EngineWorker,
  errorText,
  executeTask,
  failureCause,
  type RunTask,
  runPairedEnsemble,
  type SeedPair,
  studentTQuantile,
  type TaskFailure,
  translator,
} from '../../packages/analysis/src/index.js';
import { createNodeEngineWorkerHandle } from '../../packages/cli/src/pool/createNodeWorkerPool.js';
import { createRecyclingWorkers } from '../../packages/cli/src/pool/recyclingWorkers.js';
import { INDICATOR_IDS } from '../../packages/engine/src/index.js';

// The model itself, small: 2021–2022 at 2,000 persons per agent.
const small = { schemaVersion: 2, endYear: 2022, personsPerAgent: 2000 };
const baselineText = JSON.stringify({ ...small, name: 'baseline' });
const scenarioText = JSON.stringify({ ...small, name: 'cheap remittances', levers: { 'kz_to_uz.remittance_cost_pct': 0.5 } });
const request = { baselineText, scenarioText, firstSeed: 1, seeds: 4 };

const threads = createRecyclingWorkers();
afterAll(() => threads.close());

describe('the pool on worker_threads', () => {
  it('gives bit-identical results with 1, 2 and 4 workers, and on the main thread', async () => {
    const reference = createWorkerPool({ size: 1, createWorker: () => createInThreadWorker() });
    const expected = await runPairedEnsemble(reference, request);
    reference.close();
    for (const size of [1, 2, 4]) {
      const pool = createWorkerPool({ size, createWorker: threads.factory });
      const result = await runPairedEnsemble(pool, request);
      pool.close();
      expect(result.summary.scenario.mean, `${size} workers`).toEqual(expected.summary.scenario.mean);
      expect(result.summary.difference.ciHigh, `${size} workers`).toEqual(expected.summary.difference.ciHigh);
      expect(result.summary.baseline.p95, `${size} workers`).toEqual(expected.summary.baseline.p95);
    }
    expect(threads.started).toBe(4);
  });

  it('sends a scenario it refuses back with the issues, which the lab says in its language', async () => {
    const pool = createWorkerPool({ size: 1, createWorker: threads.factory });
    const refused = await pool
      .run({ scenarioText: JSON.stringify({ ...small, name: 'refused', seeds: 0 }), seed: 1 })
      .catch((error: unknown) => error);
    pool.close();
    // comlink sends an error's message only; the worker adds the issues, which arrive on the error.
    expect((refused as Error).message).toMatch(/^seeds: /);
    expect(failureCause(refused).issues?.map((issue) => issue.path)).toEqual(['seeds']);
    expect(errorText(translator('ru'), refused).filter((part) => typeof part === 'object' && 'english' in part)).toEqual([]);
  });

  it('survives a worker thread killed mid-task: reported, rerun on a fresh thread, nothing lost', async () => {
    const failures: TaskFailure<RunTask>[] = [];
    let killed = false;
    const killOnFirstTask = (): EngineWorker => {
      if (killed) return threads.factory();
      const worker = createNodeEngineWorkerHandle();
      return {
        ...worker,
        run(task) {
          const pending = worker.run(task);
          if (!killed) {
            killed = true;
            setTimeout(() => void worker.thread.terminate(), 20);
          }
          return pending;
        },
      };
    };
    const pool = createWorkerPool({ size: 2, createWorker: killOnFirstTask, onTaskError: (f) => failures.push(f) });
    const reference = createWorkerPool({ size: 2, createWorker: threads.factory });
    const [result, expected] = await Promise.all([runPairedEnsemble(pool, request), runPairedEnsemble(reference, request)]);
    pool.close();
    reference.close();
    expect(failures).toHaveLength(1);
    expect(failures[0].error.message).toContain('exited');
    expect(failures[0].willRetry).toBe(true);
    expect(result.failures).toEqual([]);
    expect(result.summary.difference.mean).toEqual(expected.summary.difference.mean);
  });
});

describe('cancelling a run on its worker thread', () => {
  // Long enough (40 quarters at about 4,000 agents) that it yields to its messages many times.
  const long: RunTask = { scenarioText: JSON.stringify({ schemaVersion: 2, name: 'long', endYear: 2030, personsPerAgent: 400 }), seed: 7 };

  it('stops between quarters, the same thread runs the next task, and the result is bit-identical to an uncancelled run', async () => {
    const thread = createNodeEngineWorkerHandle();
    try {
      const cancelled = thread.run(long);
      thread.cancel?.();
      await expect(cancelled).rejects.toThrow(/stopped after \d+ of 40 quarters/);
      const again = await thread.run(long);
      const reference = executeTask(long);
      expect(Buffer.from(again.result.values.buffer).equals(Buffer.from(reference.result.values.buffer))).toBe(true);
    } finally {
      thread.terminate();
    }
  });

  it('a pool whose request is aborted starts no new thread: the cancelled run ends and the same worker goes on', async () => {
    let created = 0;
    const pool = createWorkerPool({
      size: 1,
      createWorker: () => {
        created++;
        return threads.factory();
      },
    });
    const controller = new AbortController();
    const superseded = pool.run(long, { signal: controller.signal });
    controller.abort();
    await expect(superseded).rejects.toBeInstanceOf(CancelledError);
    const next = await pool.run({ ...long, seed: 8 });
    pool.close();
    expect(next.result.steps).toBe(40);
    expect(created).toBe(1);
    expect(pool.stats).toMatchObject({ workersStarted: 1, retries: 0, tasksFailed: 0 });
  });
});

describe('paired ensembles of the model', () => {
  it('pins the effect of wider legal access with 4 seeds where unpaired runs could not; a lever with no path shows none', async () => {
    // A lever that changes arrivals: newcomers keep their random numbers through their stable ids.
    const access = JSON.stringify({ ...small, name: 'wider legal access', levers: { 'uz_in_kz.migrant_legal_access': 0.85 } });
    const pool = createWorkerPool({ size: 2, createWorker: threads.factory });
    const pairs: SeedPair[] = [];
    const { summary, steps } = await runPairedEnsemble(pool, { ...request, scenarioText: access }, { onSeed: (p) => pairs.push(p.pair) });
    pool.close();
    const width = INDICATOR_IDS.length;
    const cell = (steps - 1) * width + INDICATOR_IDS.indexOf('uz_in_kz.migrants');
    const diff = summary.difference;
    expect(diff.ciLow[cell]).toBeGreaterThan(0);
    // The same runs compared unpaired: the interval of a difference of two independent means.
    const sd = (values: number[]) => {
      const m = values.reduce((a, b) => a + b, 0) / values.length;
      return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
    };
    const unpairedSd = Math.sqrt(sd(pairs.map((p) => p.baseline.values[cell])) ** 2 + sd(pairs.map((p) => p.scenario.values[cell])) ** 2);
    const unpairedHalfWidth = studentTQuantile(0.95, 3) * (unpairedSd / Math.sqrt(4));
    expect(diff.mean[cell] - unpairedHalfWidth).toBeLessThan(0);
    // Seeds each design needs for its interval to exclude zero, n = (z sd / effect)^2.
    const needed = (s: number) => ((1.645 * s) / diff.mean[cell]) ** 2;
    console.info(
      `legal access 0.73 -> 0.85, migrants at the end of 2022: effect ${diff.mean[cell].toFixed(0)} persons, ` +
        `90% interval [${diff.ciLow[cell].toFixed(0)}, ${diff.ciHigh[cell].toFixed(0)}]; sd over seeds paired ${diff.sd[cell].toFixed(0)}, ` +
        `unpaired ${unpairedSd.toFixed(0)}; seeds needed paired ${needed(diff.sd[cell]).toFixed(1)}, unpaired ${needed(unpairedSd).toFixed(1)}`,
    );
    expect(needed(unpairedSd)).toBeGreaterThan(4 * needed(diff.sd[cell]));
    // Kazakhs in Uzbekistan: Kazakhstan's migration law cannot reach them.
    const population = INDICATOR_IDS.indexOf('kz_in_uz.population');
    for (let t = 0; t < steps; t++) {
      expect(diff.ciLow[t * width + population]).toBeLessThanOrEqual(0);
      expect(diff.ciHigh[t * width + population]).toBeGreaterThanOrEqual(0);
    }
  });

  it('draws the assumptions per seed when asked, and says so', async () => {
    const pool = createWorkerPool({ size: 2, createWorker: threads.factory });
    const result = await runPairedEnsemble(pool, { ...request, seeds: 3, assumptions: 'sample' });
    pool.close();
    expect(result.failures).toEqual([]);
    expect(result.band).toBe('chance-and-assumptions');
    expect(result.assumptionDraws?.[0]).not.toEqual(result.assumptionDraws?.[1]);
  });
});
