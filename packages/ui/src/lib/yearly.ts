import type { IndicatorKind, RunResult } from '@diaspora-sim/engine';
import { quantileSorted, tQuantile95 } from './stats.js';

/**
 * The value of an indicator for a calendar year, per run, by the rule of `sim run`'s summary.json:
 * a flow (a yearly rate each quarter) is the mean of the year's quarters, i.e. the year's total;
 * stocks, shares and indices are the value at the end of the year (the last quarter).
 */
export function calendarYearValue(run: RunResult, column: number, kind: IndicatorKind, year: number): number {
  const stride = run.indicatorIds.length;
  let sum = 0;
  let n = 0;
  let last = Number.NaN;
  for (let s = 0; s < run.steps; s++) {
    if (Math.floor(run.years[s] + 1e-9) !== year) continue;
    const v = run.values[s * stride + column];
    sum += v;
    n++;
    last = v;
  }
  if (n === 0) return Number.NaN;
  return kind === 'flow' ? sum / n : last;
}

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

/** One indicator in one calendar year: the KPI card's figures. */
export function summariseYear(
  indicatorId: string,
  kind: IndicatorKind,
  year: number,
  baselineRuns: ReadonlyArray<RunResult | undefined>,
  scenarioRuns: ReadonlyArray<RunResult | undefined>,
): YearSummary | undefined {
  const first = scenarioRuns.find((r) => r) ?? baselineRuns.find((r) => r);
  if (!first) return undefined;
  const column = first.indicatorIds.indexOf(indicatorId);
  if (column < 0) return undefined;
  const values = (runs: ReadonlyArray<RunResult | undefined>) =>
    Float64Array.from(runs.filter((r): r is RunResult => r !== undefined).map((r) => calendarYearValue(r, column, kind, year))).sort();
  const b = values(baselineRuns);
  const s = values(scenarioRuns);
  const differences: number[] = [];
  for (let i = 0; i < Math.min(baselineRuns.length, scenarioRuns.length); i++) {
    const br = baselineRuns[i];
    const sr = scenarioRuns[i];
    if (br && sr) differences.push(calendarYearValue(sr, column, kind, year) - calendarYearValue(br, column, kind, year));
  }
  const n = differences.length;
  const mean = n ? differences.reduce((a, d) => a + d, 0) / n : Number.NaN;
  const sd = n > 1 ? Math.sqrt(differences.reduce((a, d) => a + (d - mean) ** 2, 0) / (n - 1)) : Number.NaN;
  const half = n > 1 ? tQuantile95(n - 1) * (sd / Math.sqrt(n)) : Number.NaN;
  return {
    year,
    baselineMedian: quantileSorted(b, b.length, 0.5),
    scenarioMedian: quantileSorted(s, s.length, 0.5),
    scenarioLow: quantileSorted(s, s.length, 0.05),
    scenarioHigh: quantileSorted(s, s.length, 0.95),
    differenceMean: mean,
    differenceLow: mean - half,
    differenceHigh: mean + half,
    pairs: n,
  };
}
