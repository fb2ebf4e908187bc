import { availableParallelism } from 'node:os';
import { createWorkerPool, type EnginePool, type EngineWorker, type RunTask, type TaskFailure } from '@diaspora-sim/engine';
import { releaseProxy } from 'comlink';
import { createNodeEngineWorker } from '../workers/createNodeEngineWorker.js';

/**
 * The engine's worker pool on Node: each worker is a worker_threads thread running the engine's
 * comlink entry (the same as the browser's Web Workers). A thread that exits or crashes on its own
 * is reported to the pool as dead; one the pool terminates is not.
 */
export function createNodeEngineWorkerHandle(): EngineWorker {
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
  return {
    run: (task: RunTask) => api.runTask(task),
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

export function createNodeWorkerPool(options: { size?: number; onTaskError?: (failure: TaskFailure<RunTask>) => void } = {}): EnginePool {
  return createWorkerPool({
    size: options.size ?? defaultWorkerCount(),
    createWorker: createNodeEngineWorkerHandle,
    ...(options.onTaskError && { onTaskError: options.onTaskError }),
  });
}
