import { type EnginePool, type RunTask, runTaskList, shardRange, type TaskFailure } from '@diaspora-sim/analysis';
import type { OutputStream } from '../commands/command.js';
import { createNodeWorkerPool } from '../pool/createNodeWorkerPool.js';
import { createProgress } from '../progress.js';
import type { AnalysisKind, DesignOf } from './analysisKind.js';
import type { RunDirectory } from './runDirectory.js';

export interface ExecuteOptions {
  readonly workers: number;
  readonly signal: AbortSignal;
  readonly stderr: OutputStream;
  readonly label: string;
  /** The pool to run on (default: worker_threads, one per worker). */
  readonly createPool?: (size: number, onTaskError: (failure: TaskFailure<RunTask>) => void) => EnginePool;
}

export type ExecuteOutcome =
  | { readonly status: 'complete'; readonly ran: number }
  | { readonly status: 'interrupted'; readonly done: number; readonly total: number }
  | { readonly status: 'failed'; readonly failures: ReadonlyArray<{ index: number; error: Error }> };

/** The task indices this directory is responsible for: its shard, or every task. */
export function indicesOf(directory: RunDirectory, taskCount: number): number[] {
  const { from, to } = directory.manifest.shard ? shardRange(taskCount, directory.manifest.shard) : { from: 0, to: taskCount };
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/**
 * Runs the directory's tasks not yet in its journal on a pool, recording each as it finishes.
 * Ctrl-C (the signal) stops at once, keeping every finished run; a task that fails twice is reported
 * and the others still run (a later --resume tries it again).
 */
export async function executeDesign<Request, Design extends DesignOf>(
  kind: AnalysisKind<Request, Design>,
  directory: RunDirectory<Request>,
  design: Design,
  options: ExecuteOptions,
): Promise<ExecuteOutcome> {
  const mine = indicesOf(directory as RunDirectory, design.tasks.length);
  const todo = mine.filter((i) => !directory.results.has(String(i)));
  if (todo.length === 0) return { status: 'complete', ran: 0 };
  const warn = (failure: TaskFailure<RunTask>) =>
    options.stderr.write(
      `\nwarning: the run of seed ${failure.task.seed} failed (${failure.error.message.split('\n')[0]})${failure.willRetry ? '; retrying on a fresh worker' : ''}\n`,
    );
  const size = Math.max(1, Math.min(options.workers, todo.length));
  const pool = options.createPool ? options.createPool(size, warn) : createNodeWorkerPool({ size, onTaskError: warn });
  const alreadyDone = mine.length - todo.length;
  const progress = createProgress({ label: options.label, total: mine.length, stream: options.stderr });
  let done = alreadyDone;
  progress.update(done, `${done} of ${mine.length} runs`);
  try {
    const failures = await runTaskList(pool, design.tasks, todo, {
      signal: options.signal,
      onResult: async (index, result) => {
        await directory.append(String(index), kind.keep(design, index, result));
        done++;
        progress.update(done, `${done} of ${mine.length} runs`);
      },
    });
    if (failures.length > 0) return { status: 'failed', failures };
    return { status: 'complete', ran: todo.length };
  } catch (error) {
    if (options.signal.aborted) return { status: 'interrupted', done, total: mine.length };
    throw error;
  } finally {
    pool.close();
    await directory.flush();
    progress.finish();
  }
}

/** Every task's kept values in task order, once the journal holds them all. */
export function keptInOrder(results: ReadonlyMap<string, Float64Array>, taskCount: number): Float64Array[] | undefined {
  const kept: Float64Array[] = [];
  for (let i = 0; i < taskCount; i++) {
    const values = results.get(String(i));
    if (!values) return undefined;
    kept.push(values);
  }
  return kept;
}
