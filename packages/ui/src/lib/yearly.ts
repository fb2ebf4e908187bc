import type { RunResult } from '@diaspora-sim/engine';
import { annualValues as annual, summariseIndicator } from './stats.js';

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
  readonly baselineMean: number;
  /** Seeds with both variants back. */
  readonly pairs: number;
}

/** One indicator in one calendar year: the KPI card's figures. */
export function summariseYear(
  indicatorId: string,
  year: number,
  baselineRuns: ReadonlyArray<RunResult | undefined>,
  scenarioRuns: ReadonlyArray<RunResult | undefined>,
): YearSummary | undefined {
  const first = scenarioRuns.find((r) => r) ?? baselineRuns.find((r) => r);
  if (!first) return undefined;
  const column = first.indicatorIds.indexOf(indicatorId);
  const { years } = annual(first);
  const y = years.indexOf(year);
  if (column < 0 || y < 0) return undefined;
  const s = summariseIndicator(column, years.length, baselineRuns, scenarioRuns, (run) => annual(run).values);
  return {
    year,
    baselineMedian: s.baseline.p50[y],
    baselineMean: s.baseline.mean[y],
    scenarioMedian: s.scenario.p50[y],
    scenarioLow: s.scenario.p5[y],
    scenarioHigh: s.scenario.p95[y],
    differenceMean: s.difference.mean[y],
    differenceLow: s.difference.ciLow[y],
    differenceHigh: s.difference.ciHigh[y],
    pairs: s.seedIndices.length,
  };
}
