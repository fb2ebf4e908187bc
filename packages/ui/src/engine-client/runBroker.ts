import { CancelledError, type EnginePool, RunCache, type RunTask, type TaskOutcome, type TaskRunner } from '@diaspora-sim/analysis';

interface InFlight {
  /** The task as the pool received it (its scenario text decides whether it is kept). */
  readonly task: RunTask;
  readonly controller: AbortController;
  readonly promise: Promise<TaskOutcome>;
  readonly waiters: Set<AbortSignal | undefined>;
}

/**
 * Between the lab and the engine's pools: (1) a task already run is answered from a cache, (2) a
 * task asked for twice at once (on any pool) runs once, and (3) when everyone who asked has given up
 * (their signals aborted), the task is dropped and its run cancelled between two quarters (the pool
 * asks its worker), so that a slider moved again does not wait behind runs for values it has left.
 */
export class RunBroker {
  private readonly inFlight = new Map<string, InFlight>();
  /** Scenario texts whose runs go on even when nobody waits for them (the baseline: the next request will want them). */
  private kept = new Set<string>();

  constructor(readonly cache: RunCache = new RunCache(512)) {}

  /** The engine's TaskRunner interface over one pool (what runPairedEnsemble, runSweep and runSensitivity take). */
  runner(pool: EnginePool): TaskRunner {
    return { run: (task, options = {}) => this.run(pool, task, options.signal) };
  }

  isCached(task: RunTask): boolean {
    return this.cache.get(task) !== undefined;
  }

  /** Runs of these scenario texts are finished and cached even if their requests are abandoned. */
  keep(scenarioTexts: Iterable<string>): void {
    this.kept = new Set(scenarioTexts);
  }

  private run(pool: EnginePool, task: RunTask, signal: AbortSignal | undefined): Promise<TaskOutcome> {
    if (signal?.aborted) return Promise.reject(new CancelledError('aborted before it started'));
    const cached = this.cache.get(task);
    if (cached) return Promise.resolve({ result: cached, workerMs: 0 });
    const key = taskKey(task);
    let flight = this.inFlight.get(key);
    if (!flight) {
      const controller = new AbortController();
      const promise = pool.run(task, { signal: controller.signal }).then((outcome) => {
        this.cache.set(task, outcome.result);
        return outcome;
      });
      const created: InFlight = { task, controller, promise, waiters: new Set() };
      flight = created;
      this.inFlight.set(key, created);
      const forget = () => {
        if (this.inFlight.get(key) === created) this.inFlight.delete(key);
      };
      promise.then(forget, forget);
    }
    const shared = flight;
    shared.waiters.add(signal);
    return new Promise<TaskOutcome>((resolve, reject) => {
      const abandon = () => {
        shared.waiters.delete(signal);
        reject(new CancelledError('superseded by a newer request'));
        if (shared.waiters.size === 0 && !this.kept.has(shared.task.scenarioText)) shared.controller.abort();
      };
      signal?.addEventListener('abort', abandon, { once: true });
      shared.promise.then(
        (outcome) => {
          signal?.removeEventListener('abort', abandon);
          resolve(outcome);
        },
        (error: Error) => {
          signal?.removeEventListener('abort', abandon);
          reject(error);
        },
      );
    });
  }
}

/** The same key as the engine's RunCache: seed, overrides and scenario text. */
function taskKey(task: RunTask): string {
  return JSON.stringify([task.seed, task.levers ?? null, task.assumptions ?? null, task.scenarioText, task.regions === true]);
}
