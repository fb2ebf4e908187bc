import type { RunResult } from '@diaspora-sim/engine';

/** Median and the p5–p95 spread over seeds, per step. */
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

/** Quantile by linear interpolation between order statistics (type 7, as numpy and R default). */
export function quantileSorted(sorted: ArrayLike<number>, n: number, p: number): number {
  if (n === 0) return Number.NaN;
  if (n === 1) return sorted[0];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

// Two-sided 90 per cent: the 0.95 quantile of Student's t for 1..30 degrees of freedom.
const T95 = [
  6.314, 2.92, 2.353, 2.132, 2.015, 1.943, 1.895, 1.86, 1.833, 1.812, 1.796, 1.782, 1.771, 1.761, 1.753, 1.746, 1.74, 1.734, 1.729, 1.725,
  1.721, 1.717, 1.714, 1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697,
];

export function tQuantile95(degreesOfFreedom: number): number {
  if (degreesOfFreedom < 1) return Number.NaN;
  if (degreesOfFreedom <= 30) return T95[degreesOfFreedom - 1];
  // Cornish–Fisher expansion around the normal quantile; good to 1e-4 beyond 30.
  const z = 1.6448536;
  const d = degreesOfFreedom;
  return z + (z ** 3 + z) / (4 * d) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * d * d);
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
  const t = tQuantile95(pairs.length - 1);
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
    difference.median[s] = quantileSorted(scratch, n, 0.5);
    difference.low[s] = quantileSorted(scratch, n, 0.05);
    difference.high[s] = quantileSorted(scratch, n, 0.95);
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
    band.median[s] = quantileSorted(scratch, present.length, 0.5);
    band.low[s] = quantileSorted(scratch, present.length, 0.05);
    band.high[s] = quantileSorted(scratch, present.length, 0.95);
  }
  return band;
}

/** Index of the step nearest the start of `year` (the cursor's step). */
export function stepOfYear(years: ArrayLike<number>, year: number): number {
  let best = 0;
  for (let i = 0; i < years.length; i++) if (Math.abs(years[i] - year) < Math.abs(years[best] - year)) best = i;
  return best;
}
