import { calendarYearValues, quantileSorted } from '@diaspora-sim/analysis';
import type { IndicatorKind, RunResult } from '@diaspora-sim/engine';
import { tQuantile } from './stats.js';

export interface YearSummary {
  readonly year: number;
  readonly baselineMedian: number;
  readonly scenarioMedian: number;
  readonly scenarioLow: number;
  readonly scenarioHigh: number;
  /** Mean paired difference and its 90 per cent confidence interval. */
  readonly differenceMean: number;
  readonly differenceLow: number;
  readonly differenceHigh: number;
  readonly pairs: number;
}

const annualCache = new WeakMap<RunResult, ReturnType<typeof calendarYearValues>>();

/** A run's calendar-year values by the engine's rule (the rule of `sim run`'s summary.json). */
function annual(run: RunResult) {
  let values = annualCache.get(run);
  if (!values) {
    values = calendarYearValues(run);
    annualCache.set(run, values);
  }
  return values;
}

function valueIn(run: RunResult, column: number, year: number): number {
  const a = annual(run);
  const y = a.years.indexOf(year);
  return y < 0 ? Number.NaN : a.values[y * a.indicatorIds.length + column];
}

/** One indicator in one calendar year: the KPI card's figures. */
export function summariseYear(
  indicatorId: string,
  _kind: IndicatorKind,
  year: number,
  baselineRuns: ReadonlyArray<RunResult | undefined>,
  scenarioRuns: ReadonlyArray<RunResult | undefined>,
): YearSummary | undefined {
  const first = scenarioRuns.find((r) => r) ?? baselineRuns.find((r) => r);
  if (!first) return undefined;
  const column = first.indicatorIds.indexOf(indicatorId);
  if (column < 0) return undefined;
  const values = (runs: ReadonlyArray<RunResult | undefined>) =>
    Float64Array.from(runs.filter((r): r is RunResult => r !== undefined).map((r) => valueIn(r, column, year))).sort();
  const b = values(baselineRuns);
  const s = values(scenarioRuns);
  const differences: number[] = [];
  for (let i = 0; i < Math.min(baselineRuns.length, scenarioRuns.length); i++) {
    const br = baselineRuns[i];
    const sr = scenarioRuns[i];
    if (br && sr) differences.push(valueIn(sr, column, year) - valueIn(br, column, year));
  }
  const n = differences.length;
  const mean = n ? differences.reduce((a, d) => a + d, 0) / n : Number.NaN;
  const sd = n > 1 ? Math.sqrt(differences.reduce((a, d) => a + (d - mean) ** 2, 0) / (n - 1)) : Number.NaN;
  const half = n > 1 ? tQuantile(n - 1) * (sd / Math.sqrt(n)) : Number.NaN;
  return {
    year,
    baselineMedian: quantileSorted(b, 0.5),
    scenarioMedian: quantileSorted(s, 0.5),
    scenarioLow: quantileSorted(s, 0.05),
    scenarioHigh: quantileSorted(s, 0.95),
    differenceMean: mean,
    differenceLow: mean - half,
    differenceHigh: mean + half,
    pairs: n,
  };
}
