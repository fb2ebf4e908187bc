import { CONFIDENCE_LEVEL, quantileSorted, studentTQuantile } from '@diaspora-sim/analysis';
import type { RunResult } from '@diaspora-sim/engine';

/** Median and the p5–p95 spread over seeds, per step (quantiles as the engine's ensembles compute them). */
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

/** The t quantile of the engine's interval of the mean paired difference (90 per cent, two-sided). */
export function tQuantile(degreesOfFreedom: number): number {
  return degreesOfFreedom >= 1 ? studentTQuantile(1 - (1 - CONFIDENCE_LEVEL) / 2, degreesOfFreedom) : Number.NaN;
}

function emptyBand(steps: number): Band {
  return { median: new Float64Array(steps), low: new Float64Array(steps), high: new Float64Array(steps) };
}

/** Bands of one indicator from the runs done so far (undefined entries are seeds not yet back). */
export function indicatorSeries(
  indicatorId: string,
  baselineRuns: ReadonlyArray<RunResult | undefined>,
  scenarioRuns: ReadonlyArray<RunResult | undefined>,
): IndicatorSeries | undefined {
  const first = scenarioRuns.find((r) => r) ?? baselineRuns.find((r) => r);
  if (!first) return undefined;
  const column = first.indicatorIds.indexOf(indicatorId);
  if (column < 0) throw new Error(`unknown indicator "${indicatorId}"`);
  const stride = first.indicatorIds.length;
  const steps = first.steps;
  const baseline = bandOf(baselineRuns, column, stride, steps);
  const scenario = bandOf(scenarioRuns, column, stride, steps);
  const pairs: number[] = [];
  for (let i = 0; i < Math.min(baselineRuns.length, scenarioRuns.length); i++) {
    if (baselineRuns[i] && scenarioRuns[i] && baselineRuns[i]?.steps === steps && scenarioRuns[i]?.steps === steps) pairs.push(i);
  }
  const difference = {
    ...emptyBand(steps),
    mean: new Float64Array(steps),
    ciLow: new Float64Array(steps),
    ciHigh: new Float64Array(steps),
  };
  const scratch = new Float64Array(pairs.length);
  const t = tQuantile(pairs.length - 1);
  for (let s = 0; s < steps; s++) {
    let sum = 0;
    for (let k = 0; k < pairs.length; k++) {
      const i = pairs[k];
      const d = (scenarioRuns[i] as RunResult).values[s * stride + column] - (baselineRuns[i] as RunResult).values[s * stride + column];
      scratch[k] = d;
      sum += d;
    }
    const n = pairs.length;
    const mean = n ? sum / n : Number.NaN;
    let squares = 0;
    for (let k = 0; k < n; k++) squares += (scratch[k] - mean) ** 2;
    const halfWidth = n > 1 ? t * Math.sqrt(squares / (n - 1) / n) : Number.NaN;
    scratch.sort();
    difference.mean[s] = mean;
    difference.ciLow[s] = mean - halfWidth;
    difference.ciHigh[s] = mean + halfWidth;
    difference.median[s] = quantileSorted(scratch, 0.5, n);
    difference.low[s] = quantileSorted(scratch, 0.05, n);
    difference.high[s] = quantileSorted(scratch, 0.95, n);
  }
  return {
    indicatorId,
    years: first.years,
    baseline,
    scenario,
    difference,
    baselineSeeds: count(baselineRuns),
    scenarioSeeds: count(scenarioRuns),
    pairedSeeds: pairs.length,
  };
}

function count(runs: ReadonlyArray<RunResult | undefined>): number {
  let n = 0;
  for (const r of runs) if (r) n++;
  return n;
}

function bandOf(runs: ReadonlyArray<RunResult | undefined>, column: number, stride: number, steps: number): Band {
  const band = emptyBand(steps);
  const present = runs.filter((r): r is RunResult => r !== undefined && r.steps === steps);
  const scratch = new Float64Array(present.length);
  for (let s = 0; s < steps; s++) {
    for (let k = 0; k < present.length; k++) scratch[k] = present[k].values[s * stride + column];
    scratch.sort();
    band.median[s] = quantileSorted(scratch, 0.5);
    band.low[s] = quantileSorted(scratch, 0.05);
    band.high[s] = quantileSorted(scratch, 0.95);
  }
  return band;
}

/** Index of the step nearest the start of `year` (the cursor's step). */
export function stepOfYear(years: ArrayLike<number>, year: number): number {
  let best = 0;
  for (let i = 0; i < years.length; i++) if (Math.abs(years[i] - year) < Math.abs(years[best] - year)) best = i;
  return best;
}
