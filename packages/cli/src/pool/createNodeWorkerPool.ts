import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import {
  createWorkerPool,
  type EnginePool,
  type EngineWorker,
  type EngineWorkerFactory,
  type RunTask,
  type TaskFailure,
} from '@diaspora-sim/analysis';
import { releaseProxy } from 'comlink';
import { createNodeEngineWorker } from '../workers/createNodeEngineWorker.js';

/**
 * The engine's worker pool on Node: each worker is a worker_threads thread running the engine's
 * comlink entry (the same as the browser's Web Workers). A thread that exits or crashes on its own
 * is reported to the pool as dead; one the pool terminates is not.
 */
export function createNodeEngineWorkerHandle(): EngineWorker & { readonly thread: Worker } {
  const { api, worker, terminate } = createNodeEngineWorker();
  let terminating = false;
  let deathListener: ((error: Error) => void) | undefined;
  let reported = false;
  const die = (error: Error) => {
    if (terminating || reported) return;
    reported = true;
    deathListener?.(error);
  };
  worker.on('error', die);
  worker.on('exit', (code) => die(new Error(`worker thread exited with code ${code}`)));
  // Each run gets an id, so that a cancellation reaches the run it was meant for and no later one.
  let runId = 0;
  return {
    thread: worker,
    run: (task: RunTask) => api.runTask(task, ++runId),
    cancel() {
      void api.cancel(runId);
    },
    onDeath(listener) {
      deathListener = listener;
    },
    terminate() {
      terminating = true;
      api[releaseProxy]();
      void terminate();
    },
  };
}

export function defaultWorkerCount(): number {
  return availableParallelism();
}

let workerFactory: EngineWorkerFactory = createNodeEngineWorkerHandle;

/**
 * Replaces how the commands' pools start workers (tests hand out threads already started, since a
 * thread takes seconds to load the engine; an embedder may run in-thread); returns the previous one.
 */
export function setEngineWorkerFactory(factory: EngineWorkerFactory = createNodeEngineWorkerHandle): EngineWorkerFactory {
  const previous = workerFactory;
  workerFactory = factory;
  return previous;
}

export function createNodeWorkerPool(options: { size?: number; onTaskError?: (failure: TaskFailure<RunTask>) => void } = {}): EnginePool {
  return createWorkerPool({
    size: options.size ?? defaultWorkerCount(),
    createWorker: () => workerFactory(),
    ...(options.onTaskError && { onTaskError: options.onTaskError }),
  });
}
