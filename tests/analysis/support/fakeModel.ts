import type { RunTask, TaskOutcome } from '../../../packages/analysis/src/pool/task.js';
import {
  createRandomSource,
  ENGINE_VERSION,
  INDICATOR_IDS,
  parseScenarioText,
  type RunResult,
  streamId,
} from '../../../packages/engine/src/index.js';

/**
 * A stand-in for the model with known answers, for testing the analysis machinery fast:
 * - `uz_in_kz.remittances_formal_usd` = 5e8 (1 - 0.05 cost) (1 + 0.2 z) + 5e6 e: the seed's shock z is
 *   shared by every variant (common random numbers) while e is the variant's own, so the paired
 *   difference spreads by about 7e6 over seeds while each variant alone spreads by about 9e7;
 * - every other indicator is seed noise only: no lever can move it.
 * `cost` is the lever kz_to_uz.remittance_cost_pct (its schedule ignored, only a constant override).
 */
const STREAM = streamId('fake model');
const REMITTANCES = INDICATOR_IDS.indexOf('uz_in_kz.remittances_formal_usd');

export function fakeExecute(task: RunTask): TaskOutcome {
  const parsed = parseScenarioText(task.scenarioText);
  if (!parsed.ok) throw new Error(parsed.issues[0].message);
  const { startYear, endYear, stepsPerYear } = parsed.scenario;
  const steps = (endYear - startYear + 1) * stepsPerYear;
  const rawCost = task.levers?.['kz_to_uz.remittance_cost_pct'] ?? parsed.scenario.levers['kz_to_uz.remittance_cost_pct'] ?? 2;
  const cost = typeof rawCost === 'number' ? rawCost : 2;
  const width = INDICATOR_IDS.length;
  const values = new Float64Array(steps * width);
  const years = new Float64Array(steps);
  const rng = createRandomSource(task.seed);
  for (let t = 0; t < steps; t++) {
    years[t] = startYear + t / stepsPerYear;
    const key = rng.streamKey(STREAM, t);
    for (let i = 0; i < width; i++) values[t * width + i] = 100 + 10 * rng.normal(key, i, 0);
    // The last term's draw depends on the variant: common random numbers are never perfect.
    values[t * width + REMITTANCES] =
      5e8 * (1 - 0.05 * cost) * (1 + 0.2 * rng.normal(key, REMITTANCES, 1)) + 5e6 * rng.normal(key, REMITTANCES, 2 + Math.round(cost * 10));
  }
  const result: RunResult = { engineVersion: ENGINE_VERSION, seed: task.seed, indicatorIds: INDICATOR_IDS, steps, years, values };
  return { result, workerMs: 0 };
}

export const SMALL_SCENARIO = JSON.stringify({ schemaVersion: 2, name: 'test', endYear: 2023, personsPerAgent: 2000 });
export const CHEAP_REMITTANCES = JSON.stringify({
  schemaVersion: 2,
  name: 'cheap remittances',
  endYear: 2023,
  personsPerAgent: 2000,
  levers: { 'kz_to_uz.remittance_cost_pct': 1 },
});
