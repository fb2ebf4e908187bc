import { parseScenario, runScenario } from '@diaspora-sim/engine';
import { transfer } from 'comlink';
import { executeTask, type RunTask } from './pool/task.js';

/** What a worker offers: plain data in, plain data out (typed arrays cross by transfer). */
export const engineApi = {
  /** Validates and runs a scenario for one seed; throws with the validation messages on bad input. */
  run(scenarioInput: unknown, seed: number) {
    const parsed = parseScenario(scenarioInput);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const result = runScenario(parsed.scenario, seed);
    return transfer(result, [result.values.buffer, result.years.buffer]);
  },
  /** Runs one pool task (scenario text, seed, overrides); the result's arrays come back by transfer. */
  runTask(task: RunTask) {
    const outcome = executeTask(task);
    const { values, years, regionValues } = outcome.result;
    return transfer(outcome, [values.buffer, years.buffer, ...(regionValues ? [regionValues.buffer] : [])]);
  },
  ping() {
    return 'pong';
  },
};

export type EngineApi = typeof engineApi;
