import { readFileSync } from 'node:fs';
import { calendarYearValues } from '../../../packages/analysis/src/index.js';
import { parseScenario, resolveScenario, runScenario } from '../../../packages/engine/src/index.js';

/**
 * Golden runs: every indicator's calendar-year value in a few short runs, kept in
 * tests/engine/core/fixtures/golden.json to seven significant digits. A change of the model that
 * moves any of them shows in the test's diff; when the change is intended, record them again
 * (`pnpm golden:record`) and say in the commit what moved and why.
 */
export const GOLDEN_RUNS = [
  { scenario: 'baseline', seed: 1 },
  { scenario: 'baseline', seed: 2 },
  { scenario: 'full-cooperation', seed: 1 },
  { scenario: 'backsliding', seed: 1 },
  { scenario: 'exchange-expansion', seed: 3 },
] as const;
export const GOLDEN_SCALE = { personsPerAgent: 2000, endYear: 2026 };
export const GOLDEN_DIGITS = 7;

/** A run's calendar-year values, indicator → year → value to GOLDEN_DIGITS significant digits. */
export function goldenRun(scenario: string, seed: number): Record<string, Record<string, number>> {
  const text = readFileSync(new URL(`../../../scenarios/${scenario}.json`, import.meta.url), 'utf8');
  const parsed = parseScenario({ ...JSON.parse(text), ...GOLDEN_SCALE });
  if (!parsed.ok) throw new Error(`${scenario}.json does not parse`);
  const annual = calendarYearValues(runScenario(resolveScenario(parsed.scenario), seed));
  const width = annual.indicatorIds.length;
  const out: Record<string, Record<string, number>> = {};
  annual.indicatorIds.forEach((id, i) => {
    out[id] = Object.fromEntries(annual.years.map((year, y) => [year, Number(annual.values[y * width + i].toPrecision(GOLDEN_DIGITS))]));
  });
  return out;
}
