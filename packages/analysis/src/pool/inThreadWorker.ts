import type { RunTask, TaskOutcome } from './task.js';
import { executeTask } from './task.js';
import type { PoolWorker, PoolWorkerFactory, WorkerPool } from './workerPool.js';

/** The engine's pool types: tasks are one scenario and one seed, outcomes one run. */
export type EngineWorker = PoolWorker<RunTask, TaskOutcome>;
export type EngineWorkerFactory = PoolWorkerFactory<RunTask, TaskOutcome>;
export type EnginePool = WorkerPool<RunTask, TaskOutcome>;

/**
 * A "worker" that runs tasks on the calling thread, one macrotask later: for tests, for hosts
 * without workers, and as the reference the real workers must agree with. It never dies.
 */
export function createInThreadWorker<Task = RunTask, Outcome = TaskOutcome>(
  execute: (task: Task) => Outcome = executeTask as unknown as (task: Task) => Outcome,
): PoolWorker<Task, Outcome> {
  let terminated = false;
  return {
    run(task) {
      return new Promise<Outcome>((resolve, reject) => {
        setTimeout(() => {
          if (terminated) return reject(new Error('worker terminated'));
          try {
            resolve(execute(task));
          } catch (error) {
            reject(error);
          }
        }, 0);
      });
    },
    onDeath() {},
    terminate() {
      terminated = true;
    },
  };
}
