import { pairedTasks, type TaskRunner } from '@diaspora-sim/analysis';
import type { RunResult, Scenario } from '@diaspora-sim/engine';
import { type AssumptionMode, ensembleRequest } from './labRunner.js';

/** A run with its regional indicators of every quarter (RunTask.regions). */
export type RegionRun = RunResult & { readonly regionNames: readonly string[]; readonly regionValues: Float64Array };

/** The paired runs of the comparison in view, with regional values; `baseline` empty when not asked for. */
export interface RegionRuns {
  readonly scenario: readonly RegionRun[];
  readonly baseline: readonly RegionRun[];
}

/**
 * The regional values of the comparison in view, asked for only when the Map view or the regions.csv
 * export needs them (they are as large as the indicators themselves, so ordinary runs go without).
 * The tasks are the lab's ensemble's own, with `regions` set: the same seeds and assumption draws,
 * cached by the broker like any other run.
 */
export async function fetchRegionRuns(
  runner: TaskRunner,
  scenario: Scenario,
  baseline: Scenario,
  assumptions: AssumptionMode,
  options: { signal?: AbortSignal; scenarioOnly?: boolean } = {},
): Promise<RegionRuns> {
  const pairs = pairedTasks({ ...ensembleRequest(scenario, baseline, assumptions), regions: true });
  const run = async (task: (typeof pairs)[number]['scenario']): Promise<RegionRun> => {
    const { result } = await runner.run(task, { signal: options.signal });
    if (!result.regionNames || !result.regionValues) throw new Error('the worker returned no regional values');
    return result as RegionRun;
  };
  const [scenarioRuns, baselineRuns] = await Promise.all([
    Promise.all(pairs.map((p) => run(p.scenario))),
    options.scenarioOnly ? Promise.resolve([]) : Promise.all(pairs.map((p) => run(p.baseline))),
  ]);
  return { scenario: scenarioRuns, baseline: baselineRuns };
}
