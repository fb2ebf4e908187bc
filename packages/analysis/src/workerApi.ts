import { parseScenario, runScenario } from '@diaspora-sim/engine';
import { transfer } from 'comlink';
import { executeTaskCancellably } from './pool/cancellableTask.js';
import { executeTask, type RunTask } from './pool/task.js';

/** Cancellation flags of the runs under way, by the id their caller gave them. */
const runsUnderWay = new Map<number, { aborted: boolean }>();

// The model at its coarsest for one year (about 170 agents, 4 quarters): every module loaded and every
// mechanism run and compiled once, in about a tenth of a second.
const WARM_UP_TASK: RunTask = {
  scenarioText: JSON.stringify({ schemaVersion: 2, name: 'warm-up', endYear: 2021, personsPerAgent: 10000 }),
  seed: 1,
};

/** What a worker offers: plain data in, plain data out (typed arrays cross by transfer). */
export const engineApi = {
  /** Validates and runs a scenario for one seed; throws with the validation messages on bad input. */
  run(scenarioInput: unknown, seed: number) {
    const parsed = parseScenario(scenarioInput);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const result = runScenario(parsed.scenario, seed);
    return transfer(result, [result.values.buffer, result.years.buffer]);
  },
  /**
   * Runs one pool task (scenario text, seed, overrides); the result's arrays come back by transfer.
   * With a `runId`, `cancel(runId)` stops it between two quarters (it then rejects with CancelledError).
   */
  async runTask(task: RunTask, runId?: number) {
    const signal = { aborted: false };
    if (runId !== undefined) runsUnderWay.set(runId, signal);
    try {
      const outcome = await executeTaskCancellably(task, signal);
      const { values, years, regionValues } = outcome.result;
      return transfer(outcome, [values.buffer, years.buffer, ...(regionValues ? [regionValues.buffer] : [])]);
    } finally {
      if (runId !== undefined) runsUnderWay.delete(runId);
    }
  },
  /** Stops the run of that id at its next quarter; false when it is not (or no longer) under way. */
  cancel(runId: number): boolean {
    const signal = runsUnderWay.get(runId);
    if (signal) signal.aborted = true;
    return signal !== undefined;
  },
  /** Runs a tiny scenario once, so that the first real run finds the modules loaded and the code compiled. */
  warmUp(): number {
    return executeTask(WARM_UP_TASK).workerMs;
  },
  ping() {
    return 'pong';
  },
};

export type EngineApi = typeof engineApi;
