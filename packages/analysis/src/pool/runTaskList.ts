import type { RunResult } from '@diaspora-sim/engine';
import { AnalysisError, failureCause } from '../analysisProblem.js';
import type { RunTask, TaskOutcome } from './task.js';
import type { SubmitOptions } from './workerPool.js';

/** What a task list needs of a pool: run a task (the engine's WorkerPool, or anything like it). */
export interface TaskRunner {
  run(task: RunTask, options?: SubmitOptions): Promise<TaskOutcome>;
  supersede?(lane: string): number;
}

export interface TaskListOptions {
  readonly signal?: AbortSignal;
  readonly lane?: string;
  /** Called as each task completes, in completion order (persist it, draw it). */
  readonly onResult?: (index: number, result: RunResult) => void | Promise<void>;
}

export interface TaskListFailure {
  readonly index: number;
  readonly error: Error;
}

/**
 * Runs the tasks at `indices` of a design on a pool, all queued at once so every worker stays busy.
 * A task that fails twice is reported in the returned list; the others complete. Cancellation
 * (the signal) rejects with the pool's CancelledError once the queue is dropped.
 */
export async function runTaskList(
  runner: TaskRunner,
  tasks: readonly RunTask[],
  indices: Iterable<number>,
  options: TaskListOptions = {},
): Promise<TaskListFailure[]> {
  const failures: TaskListFailure[] = [];
  const submit = { signal: options.signal, lane: options.lane };
  let cancelled: Error | undefined;
  await Promise.all(
    Array.from(indices, async (index) => {
      try {
        const { result } = await runner.run(tasks[index], submit);
        if (!cancelled) await options.onResult?.(index, result);
      } catch (error) {
        if ((error as Error).name === 'CancelledError') cancelled ??= error as Error;
        else failures.push({ index, error: error as Error });
      }
    }),
  );
  if (cancelled) throw cancelled;
  return failures.sort((a, b) => a.index - b.index);
}

/** What an analysis ends with when runs failed: how many, and why the first one did. */
export function runsFailed(failures: readonly TaskListFailure[]): AnalysisError {
  return new AnalysisError({ code: 'runs_failed', params: { count: failures.length, first: failureCause(failures[0].error) } });
}
