import { readFileSync } from 'node:fs';
import { calendarYearValue, calendarYearValues, studentTQuantile } from '../../../packages/analysis/src/index.js';
import { INDICATOR_IDS, parseScenario, runScenario, type Scenario } from '../../../packages/engine/src/index.js';

/** The baseline scenario file with some fields replaced (a coarse scale and a short horizon keep runs to about a second). */
export function baseline(fields: Partial<Scenario> = {}): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(new URL('../../../scenarios/baseline.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('baseline.json does not parse');
  return { ...parsed.scenario, ...fields };
}

/** Runs a scenario for one seed and returns, per indicator asked for, its mean per calendar year. */
export function yearlyMeans(scenario: Scenario, seed: number, indicators: readonly string[]): Map<string, Map<number, number>> {
  const result = runScenario(scenario, seed);
  const width = INDICATOR_IDS.length;
  const out = new Map<string, Map<number, number>>();
  for (const id of indicators) {
    const column = INDICATOR_IDS.indexOf(id);
    if (column < 0) throw new Error(`unknown indicator ${id}`);
    const sums = new Map<number, { total: number; n: number }>();
    for (let t = 0; t < result.steps; t++) {
      const year = Math.floor(result.years[t]);
      const entry = sums.get(year) ?? { total: 0, n: 0 };
      entry.total += result.values[t * width + column];
      entry.n++;
      sums.set(year, entry);
    }
    out.set(id, new Map([...sums].map(([year, { total, n }]) => [year, total / n])));
  }
  return out;
}

/** Mean of an indicator over all the run's years. */
export function runMean(means: Map<string, Map<number, number>>, id: string): number {
  const years = [...(means.get(id)?.values() ?? [])];
  return years.reduce((a, b) => a + b, 0) / years.length;
}

/** The baseline at the scale the model tests use: 1 agent per 400 persons (about 4,000 agents). */
export const MODEL_TEST_SCALE = 400;

// One run gives every indicator: tests that ask for several indicators of the same run pay for it once.
const runs = new Map<string, ReturnType<typeof calendarYearValues>>();

/** An indicator's calendar-year value (the project's one rule: flows the year's mean rate, the rest its last quarter) in one run. */
export function yearValue(scenario: Scenario, seed: number, indicator: string, year: number): number {
  const key = `${seed} ${JSON.stringify(scenario)}`;
  let values = runs.get(key);
  if (!values) {
    values = calendarYearValues(runScenario(scenario, seed));
    runs.set(key, values);
  }
  return calendarYearValue(values, indicator, year);
}

/** Mean and the half-width of its 90% t-interval. */
export function meanWithInterval(values: readonly number[]): { mean: number; half: number; sd: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return { mean, half: studentTQuantile(0.95, n - 1) * (sd / Math.sqrt(n)), sd };
}
