import {
  type CalendarYearValues,
  calendarYearValues,
  type DifferenceStatistics,
  PairedAccumulator,
  type PairedSummary,
  type VariantStatistics,
} from '@diaspora-sim/analysis';
import type { RunResult } from '@diaspora-sim/engine';
import { memoized } from './memo.js';

/** Median and the p5–p95 spread over seeds, per step (the analysis layer's statistics, as `sim ensemble`'s). */
export interface Band {
  readonly median: Float64Array;
  readonly low: Float64Array;
  readonly high: Float64Array;
}

/** The paired difference (scenario minus baseline, seed by seed): spread over seeds and the CI of its mean. */
export interface DifferenceBand extends Band {
  readonly mean: Float64Array;
  /** 90 per cent confidence interval of the mean difference (t-based); NaN with fewer than two pairs. */
  readonly ciLow: Float64Array;
  readonly ciHigh: Float64Array;
}

export interface IndicatorSeries {
  readonly indicatorId: string;
  readonly years: Float64Array;
  readonly baseline: Band;
  readonly scenario: Band;
  readonly difference: DifferenceBand;
  readonly baselineSeeds: number;
  readonly scenarioSeeds: number;
  readonly pairedSeeds: number;
}

/** The values of one column (indicator) of a run's rows. */
function columnOf(values: ArrayLike<number>, column: number, rows: number): Float64Array {
  const width = values.length / rows;
  return Float64Array.from({ length: rows }, (_, row) => values[row * width + column]);
}

/**
 * Statistics of one indicator over the runs back so far (undefined entries are seeds not yet back),
 * by the analysis layer's paired accumulator: each variant over its runs, the difference over the
 * seeds that have both. `valuesOf` gives a run's rows (its steps, or its calendar years), or
 * undefined to leave the run out.
 */
export function summariseIndicator(
  column: number,
  rows: number,
  baselineRuns: ReadonlyArray<RunResult | undefined>,
  scenarioRuns: ReadonlyArray<RunResult | undefined>,
  valuesOf: (run: RunResult) => ArrayLike<number> | undefined,
): PairedSummary {
  const accumulator = new PairedAccumulator(rows, 1);
  for (const [variant, runs] of [
    ['baseline', baselineRuns],
    ['scenario', scenarioRuns],
  ] as const) {
    runs.forEach((run, seedIndex) => {
      const values = run && valuesOf(run);
      if (values) accumulator.addVariant(variant, seedIndex, columnOf(values, column, rows));
    });
  }
  return accumulator.summarize();
}

/** A run's calendar-year values by the project's one rule (flows: mean of the year's quarters; others: the last quarter). */
export const annualValues: (run: RunResult) => CalendarYearValues = memoized(calendarYearValues);

/**
 * Bands of one indicator from the runs done so far (undefined entries are seeds not yet back), per
 * quarter, or per calendar year when `yearly` (then `years` holds the calendar years).
 */
export function indicatorSeries(
  indicatorId: string,
  baselineRuns: ReadonlyArray<RunResult | undefined>,
  scenarioRuns: ReadonlyArray<RunResult | undefined>,
  yearly = false,
): IndicatorSeries | undefined {
  const first = scenarioRuns.find((r) => r) ?? baselineRuns.find((r) => r);
  if (!first) return undefined;
  const column = first.indicatorIds.indexOf(indicatorId);
  if (column < 0) throw new Error(`unknown indicator "${indicatorId}"`);
  const steps = first.steps;
  const years = yearly ? Float64Array.from(annualValues(first).years) : first.years;
  const valuesOf = (run: RunResult) => (run.steps !== steps ? undefined : yearly ? annualValues(run).values : run.values);
  const summary = summariseIndicator(column, years.length, baselineRuns, scenarioRuns, valuesOf);
  const band = (v: VariantStatistics | DifferenceStatistics): Band => ({ median: v.p50, low: v.p5, high: v.p95 });
  const d = summary.difference;
  return {
    indicatorId,
    years,
    baseline: band(summary.baseline),
    scenario: band(summary.scenario),
    difference: { ...band(d), mean: d.mean, ciLow: d.ciLow, ciHigh: d.ciHigh },
    baselineSeeds: summary.baseline.seedIndices.length,
    scenarioSeeds: summary.scenario.seedIndices.length,
    pairedSeeds: summary.seedIndices.length,
  };
}

/** Index of the step nearest the start of `year` (the cursor's step). */
export function stepOfYear(years: ArrayLike<number>, year: number): number {
  let best = 0;
  for (let i = 0; i < years.length; i++) if (Math.abs(years[i] - year) < Math.abs(years[best] - year)) best = i;
  return best;
}
