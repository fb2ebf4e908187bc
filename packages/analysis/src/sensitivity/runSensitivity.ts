import type { RunResult } from '@diaspora-sim/engine';
import { calendarYearValue, calendarYearValues } from '../ensemble/calendarYear.js';
import { runsFailed, runTaskList, type TaskListFailure, type TaskRunner } from '../pool/runTaskList.js';
import { analyseSensitivity, type SensitivityResult } from './analyseSensitivity.js';
import { type SensitivityDesign, type SensitivityRequest, sensitivityDesign } from './sensitivityDesign.js';

/** The number a sensitivity task contributes: its indicator's calendar-year value. */
export function sensitivityValue(result: RunResult, indicator: string, year: number): number {
  return calendarYearValue(calendarYearValues(result), indicator, year);
}

export interface SensitivityRunOptions {
  readonly signal?: AbortSignal;
  readonly lane?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Builds the design, runs it on a pool and analyses it (for views; the CLI adds journals and shards). */
export async function runSensitivity(
  runner: TaskRunner,
  request: SensitivityRequest,
  options: SensitivityRunOptions = {},
): Promise<{ design: SensitivityDesign; result: SensitivityResult; failures: TaskListFailure[] }> {
  const design = sensitivityDesign(request);
  const values = new Float64Array(design.tasks.length).fill(Number.NaN);
  let done = 0;
  const failures = await runTaskList(runner, design.tasks, design.tasks.keys(), {
    ...options,
    onResult(index, result) {
      values[index] = sensitivityValue(result, request.indicator, request.year);
      options.onProgress?.(++done, design.tasks.length);
    },
  });
  if (failures.length > 0) throw runsFailed(failures);
  return { design, result: analyseSensitivity(request, design, values), failures };
}
