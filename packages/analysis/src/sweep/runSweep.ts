import { calendarYearValues } from '../ensemble/calendarYear.js';
import { runsFailed, runTaskList, type TaskRunner } from '../pool/runTaskList.js';
import { analyseSweep, type SweepDesign, type SweepRequest, type SweepResult, sweepDesign, type YearlyRun } from './sweep.js';

export interface SweepRunOptions {
  readonly signal?: AbortSignal;
  readonly lane?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Builds the sweep's design, runs it on a pool and summarises each point (for views; the CLI adds journals and shards). */
export async function runSweep(
  runner: TaskRunner,
  request: SweepRequest,
  options: SweepRunOptions = {},
): Promise<{ design: SweepDesign; runs: YearlyRun[]; result: SweepResult }> {
  const design = sweepDesign(request);
  const runs: YearlyRun[] = new Array(design.tasks.length);
  let done = 0;
  const failures = await runTaskList(runner, design.tasks, design.tasks.keys(), {
    ...options,
    onResult(index, result) {
      runs[index] = calendarYearValues(result);
      options.onProgress?.(++done, design.tasks.length);
    },
  });
  if (failures.length > 0) throw runsFailed(failures);
  return { design, runs, result: analyseSweep(request, design, runs) };
}
