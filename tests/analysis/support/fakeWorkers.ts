import type { RunTask, TaskOutcome } from '../../../packages/analysis/src/pool/task.js';
import type { PoolWorker } from '../../../packages/analysis/src/pool/workerPool.js';
import { fakeExecute } from './fakeModel.js';

/**
 * In-thread workers for pool tests, with scripted trouble. Each answers after a delay that varies by
 * task (so completion order differs from submission order and between pool sizes).
 */
export interface FakeWorkerOptions {
  /** Throw on this task the first `times` times it is attempted (counted across workers). */
  readonly throwOn?: { seed: number; times: number };
  /** Die (never answer, report death) on this task the first `times` times. */
  readonly dieOn?: { seed: number; times: number };
  readonly execute?: (task: RunTask) => TaskOutcome;
  /** Milliseconds before answering (default: a small delay varying with the task). */
  readonly delay?: (task: RunTask) => number;
}

export function fakeWorkerFactory(options: FakeWorkerOptions = {}) {
  const attempts = new Map<string, number>();
  const log = { created: 0, terminated: 0 };
  const factory = (): PoolWorker<RunTask, TaskOutcome> => {
    log.created++;
    let deathListener: ((error: Error) => void) | undefined;
    let alive = true;
    return {
      run(task) {
        const key = `${task.seed}/${task.scenarioText.length}/${JSON.stringify(task.levers ?? {})}`;
        const attempt = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, attempt);
        return new Promise((resolve, reject) => {
          setTimeout(
            () => {
              if (!alive) return;
              if (options.dieOn && task.seed === options.dieOn.seed && attempt <= options.dieOn.times) {
                alive = false;
                deathListener?.(new Error('worker exited with code 1'));
                return; // a dead worker never answers
              }
              if (options.throwOn && task.seed === options.throwOn.seed && attempt <= options.throwOn.times) {
                reject(new Error(`scripted failure of seed ${task.seed}`));
                return;
              }
              try {
                resolve((options.execute ?? fakeExecute)(task));
              } catch (error) {
                reject(error);
              }
            },
            options.delay ? options.delay(task) : (task.seed * 7 + task.scenarioText.length) % 5,
          );
        });
      },
      onDeath(listener) {
        deathListener = listener;
      },
      terminate() {
        alive = false;
        log.terminated++;
      },
    };
  };
  return { factory, log };
}
