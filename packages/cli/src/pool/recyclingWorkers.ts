import type { EngineWorker, EngineWorkerFactory } from '@diaspora-sim/analysis';
import { createNodeEngineWorkerHandle } from './createNodeWorkerPool.js';

/**
 * A worker factory that keeps threads alive between pools: a pool's terminate() hands the thread back
 * instead of stopping it, and the next pool gets it already loaded. For test suites and benchmarks
 * that open many short pools; `close()` stops every thread. A thread that died is never handed out.
 */
export function createRecyclingWorkers(start: () => EngineWorker = createNodeEngineWorkerHandle) {
  const idle: EngineWorker[] = [];
  const all: EngineWorker[] = [];
  let started = 0;
  const factory: EngineWorkerFactory = () => {
    let worker = idle.pop();
    if (!worker) {
      worker = start();
      all.push(worker);
      started++;
    }
    const thread = worker;
    let dead = false;
    let listener: ((error: Error) => void) | undefined;
    thread.onDeath((error) => {
      dead = true;
      listener?.(error);
    });
    return {
      run: (task) => thread.run(task),
      cancel: () => thread.cancel?.(),
      onDeath(l) {
        listener = l;
      },
      terminate() {
        listener = undefined;
        if (dead) thread.terminate();
        else idle.push(thread);
      },
    };
  };
  return {
    factory,
    get started() {
      return started;
    },
    close() {
      for (const worker of all) worker.terminate();
      idle.length = 0;
    },
  };
}
