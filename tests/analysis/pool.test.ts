import { describe, expect, it } from 'vitest';
import {
  CancelledError,
  createWorkerPool,
  type PoolWorker,
  type RunTask,
  runPairedEnsemble,
  type TaskFailure,
  type TaskOutcome,
} from '../../packages/analysis/src/index.js';
import { CHEAP_REMITTANCES, fakeExecute, SMALL_SCENARIO } from './support/fakeModel.js';
import { fakeWorkerFactory } from './support/fakeWorkers.js';

const request = { baselineText: SMALL_SCENARIO, scenarioText: CHEAP_REMITTANCES, firstSeed: 1, seeds: 12 };

describe('worker pool (in-thread fakes)', () => {
  it('gives bit-identical ensembles with 1, 2 and 4 workers, whatever the completion order', async () => {
    const summaries = [];
    for (const size of [1, 2, 4]) {
      // Later seeds answer sooner, so a pool running several at once completes them out of order.
      const pool = createWorkerPool({ size, createWorker: fakeWorkerFactory({ delay: (task) => (13 - task.seed) * 4 }).factory });
      const arrival: number[] = [];
      const result = await runPairedEnsemble(pool, request, { onSeed: (p) => arrival.push(p.pair.seed) });
      pool.close();
      summaries.push({ size, summary: result.summary, arrival });
    }
    for (const { summary } of summaries.slice(1)) {
      expect(summary.difference.mean).toEqual(summaries[0].summary.difference.mean);
      expect(summary.difference.ciLow).toEqual(summaries[0].summary.difference.ciLow);
      expect(summary.scenario.p95).toEqual(summaries[0].summary.scenario.p95);
    }
    // The arrival orders differ, so the equality above is not an accident of ordering.
    expect(summaries[2].arrival).not.toEqual(summaries[0].arrival);
  });

  it('reports a task that throws, retries it once on a fresh worker, and loses nothing', async () => {
    const failures: TaskFailure<RunTask>[] = [];
    const { factory, log } = fakeWorkerFactory({ throwOn: { seed: 3, times: 1 } });
    const pool = createWorkerPool({ size: 2, createWorker: factory, onTaskError: (f) => failures.push(f) });
    const result = await runPairedEnsemble(pool, request);
    const clean = createWorkerPool({ size: 2, createWorker: fakeWorkerFactory().factory });
    const reference = await runPairedEnsemble(clean, request);
    pool.close();
    clean.close();
    expect(failures.map((f) => [f.task.seed, f.attempt, f.willRetry])).toEqual([
      [3, 0, true],
      [3, 0, true],
    ]);
    expect(result.failures).toEqual([]);
    expect(result.summary.difference.mean).toEqual(reference.summary.difference.mean);
    expect(pool.stats.retries).toBe(2);
    expect(log.created).toBeGreaterThan(2); // the throwing workers were replaced
  });

  it('survives a worker that dies mid-task: the task reruns on a fresh worker', async () => {
    const failures: TaskFailure<RunTask>[] = [];
    const { factory, log } = fakeWorkerFactory({ dieOn: { seed: 5, times: 1 } });
    const pool = createWorkerPool({ size: 2, createWorker: factory, onTaskError: (f) => failures.push(f) });
    const result = await runPairedEnsemble(pool, request);
    pool.close();
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => f.task.seed === 5 && f.error.message.includes('exited'))).toBe(true);
    expect(result.summary.seedIndices).toHaveLength(12);
    expect(log.created).toBeGreaterThanOrEqual(3);
  });

  it('gives up on a task after its retry fails, reports it, and completes the others', async () => {
    const { factory } = fakeWorkerFactory({ throwOn: { seed: 4, times: 99 } });
    const pool = createWorkerPool({ size: 2, createWorker: factory });
    const result = await runPairedEnsemble(pool, request);
    pool.close();
    expect(result.failures.map((f) => f.seed)).toEqual([4]);
    expect(result.summary.seedIndices).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(pool.stats.tasksFailed).toBe(2);
  });

  it('cancels: an aborted request rejects and its queued tasks never run', async () => {
    let started = 0;
    const { factory } = fakeWorkerFactory();
    const counting = () => {
      const worker = factory();
      const run = (task: RunTask) => {
        started++;
        return worker.run(task);
      };
      return { ...worker, run };
    };
    const pool = createWorkerPool({ size: 1, createWorker: counting });
    const controller = new AbortController();
    const pending = runPairedEnsemble(pool, request, {
      signal: controller.signal,
      onSeed: () => controller.abort(),
    });
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(started).toBeLessThan(6);
    pool.close();
  });

  it('lets a newer request on the same lane replace the queued tasks of an older one', async () => {
    const pool = createWorkerPool({ size: 1, createWorker: fakeWorkerFactory().factory });
    const older = runPairedEnsemble(pool, request, { lane: 'slider' });
    const newer = runPairedEnsemble(pool, { ...request, seeds: 3 }, { lane: 'slider' });
    await expect(older).rejects.toBeInstanceOf(CancelledError);
    const result = await newer;
    expect(result.summary.seedIndices).toEqual([0, 1, 2]);
    expect(pool.stats.tasksCompleted).toBeLessThanOrEqual(8); // at most the older's one running task ran on
    pool.close();
  });

  it('asks the worker running an aborted task to cancel it, keeps that worker for the next task, and starts workers on demand', async () => {
    const cancelled: number[] = [];
    let created = 0;
    const cancellable = (): PoolWorker<RunTask, TaskOutcome> => {
      created++;
      let reject: ((error: Error) => void) | undefined;
      return {
        run: (task) =>
          new Promise((resolve, fail) => {
            reject = fail;
            if (task.seed !== 1) setTimeout(() => resolve({ result: fakeExecute(task).result, workerMs: 0 }), 1);
          }),
        cancel() {
          cancelled.push(created);
          reject?.(new CancelledError('stopped between quarters'));
        },
        onDeath() {},
        terminate() {},
      };
    };
    const pool = createWorkerPool({ size: 3, createWorker: cancellable });
    pool.startWorkers();
    expect(created).toBe(3);
    const controller = new AbortController();
    const superseded = pool.run({ scenarioText: SMALL_SCENARIO, seed: 1 }, { signal: controller.signal });
    controller.abort();
    await expect(superseded).rejects.toBeInstanceOf(CancelledError);
    expect(cancelled).toHaveLength(1);
    const next = await Promise.all([2, 3, 4, 5].map((seed) => pool.run({ scenarioText: SMALL_SCENARIO, seed })));
    expect(next).toHaveLength(4);
    expect(created).toBe(3);
    expect(pool.stats.workersStarted).toBe(3);
    pool.close();
  });

  it('rejects everything pending when closed, and refuses new work', async () => {
    const never: PoolWorker<RunTask, TaskOutcome> = { run: () => new Promise(() => {}), onDeath() {}, terminate() {} };
    const pool = createWorkerPool({ size: 1, createWorker: () => never });
    const running = pool.run({ scenarioText: SMALL_SCENARIO, seed: 1 });
    const queued = pool.run({ scenarioText: SMALL_SCENARIO, seed: 2 });
    pool.close();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    await expect(queued).rejects.toBeInstanceOf(CancelledError);
    await expect(pool.run({ scenarioText: SMALL_SCENARIO, seed: 3 })).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('worker pool when no worker can start', () => {
  it('fails each task with the factory error instead of hanging', async () => {
    const pool = createWorkerPool<RunTask, TaskOutcome>({
      size: 2,
      createWorker: () => {
        throw new Error('no Worker here');
      },
    });
    const runs = [1, 2, 3].map((seed) => pool.run({ scenarioText: SMALL_SCENARIO, seed }));
    for (const run of runs) await expect(run).rejects.toThrow('no Worker here');
    pool.close();
  });
});
