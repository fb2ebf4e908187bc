import { createRandomSource, streamId } from '@diaspora-sim/engine';
import { latinHypercube } from '../ensemble/latinHypercube.js';
import { quantileSorted } from '../ensemble/statistics.js';
import { BOOTSTRAP_LEVEL, BOOTSTRAP_RESAMPLES } from './bootstrap.js';

const STREAM = streamId('sobol bootstrap');

/**
 * Saltelli's sampling for Sobol indices: two independent N x k matrices A and B (here one Latin
 * hypercube of 2k columns, split), and for each factor i the matrix A_B(i), A with column i from B.
 * Points are grouped by row, `(k + 2)` per row: A_j, B_j, A_B(1)_j, ..., A_B(k)_j, so any
 * contiguous range of rows is a self-contained part of the design (shards, resume).
 */
export interface SaltelliDesign {
  readonly factors: number;
  readonly rows: number;
  /** rows * (k + 2) points of k coordinates in [0, 1). */
  readonly points: Float64Array;
}

export interface SobolIndices {
  readonly firstOrder: Float64Array;
  readonly firstOrderLow: Float64Array;
  readonly firstOrderHigh: Float64Array;
  readonly totalOrder: Float64Array;
  readonly totalOrderLow: Float64Array;
  readonly totalOrderHigh: Float64Array;
  /** Variance of the output over A and B. */
  readonly variance: number;
}

export function saltelliDesign(factors: number, rows: number, seed: number): SaltelliDesign {
  const k = factors;
  const base = latinHypercube(rows, 2 * k, seed);
  const points = new Float64Array(rows * (k + 2) * k);
  for (let j = 0; j < rows; j++) {
    const a = base.subarray(j * 2 * k, j * 2 * k + k);
    const b = base.subarray(j * 2 * k + k, (j + 1) * 2 * k);
    const row = j * (k + 2) * k;
    points.set(a, row);
    points.set(b, row + k);
    for (let i = 0; i < k; i++) {
      const at = row + (2 + i) * k;
      points.set(a, at);
      points[at + i] = b[i];
    }
  }
  return { factors: k, rows, points };
}

/**
 * First-order indices by Saltelli et al. (2010), S_i = mean(f(B) (f(A_B(i)) - f(A))) / V, and total
 * indices by Jansen (1999), ST_i = mean((f(A) - f(A_B(i)))^2) / (2 V); V the variance over A and B.
 * Intervals: percentile bootstrap over rows (the same resampled rows for every index).
 */
export function analyseSobol(design: SaltelliDesign, outputs: ArrayLike<number>, seed = 1, resamples = BOOTSTRAP_RESAMPLES): SobolIndices {
  const k = design.factors;
  const n = design.rows;
  if (outputs.length !== n * (k + 2)) throw new Error(`expected ${n * (k + 2)} outputs, got ${outputs.length}`);
  // Centred outputs: the estimators are shift-invariant in expectation, not in variance, and model
  // outputs (trade in USD) can have a mean far above their spread.
  let total = 0;
  for (let j = 0; j < n; j++) total += outputs[j * (k + 2)] + outputs[j * (k + 2) + 1];
  const centre = total / (2 * n);
  const centred = Float64Array.from(outputs, (v) => v - centre);
  const identity = (j: number) => j;
  const estimate = indicesFor(centred, k, n, identity);
  const rng = createRandomSource(seed);
  const draws = new Int32Array(n);
  const firstSamples = Array.from({ length: k }, () => new Float64Array(resamples));
  const totalSamples = Array.from({ length: k }, () => new Float64Array(resamples));
  for (let b = 0; b < resamples; b++) {
    const key = rng.streamKey(STREAM, b);
    for (let j = 0; j < n; j++) draws[j] = Math.floor(rng.uniform(key, j, 0) * n);
    const sample = indicesFor(centred, k, n, (j) => draws[j]);
    for (let i = 0; i < k; i++) {
      firstSamples[i][b] = sample.first[i];
      totalSamples[i][b] = sample.total[i];
    }
  }
  const low = (1 - BOOTSTRAP_LEVEL) / 2;
  const interval = (samples: Float64Array[], q: number) => Float64Array.from(samples, (s) => quantileSorted(s.sort(), q));
  return {
    firstOrder: estimate.first,
    firstOrderLow: interval(firstSamples, low),
    firstOrderHigh: interval(firstSamples, 1 - low),
    totalOrder: estimate.total,
    totalOrderLow: interval(totalSamples, low),
    totalOrderHigh: interval(totalSamples, 1 - low),
    variance: estimate.variance,
  };
}

function indicesFor(outputs: ArrayLike<number>, k: number, n: number, row: (j: number) => number) {
  const stride = k + 2;
  let sum = 0;
  for (let j = 0; j < n; j++) sum += outputs[row(j) * stride] + outputs[row(j) * stride + 1];
  const mean = sum / (2 * n);
  let squares = 0;
  for (let j = 0; j < n; j++) squares += (outputs[row(j) * stride] - mean) ** 2 + (outputs[row(j) * stride + 1] - mean) ** 2;
  const variance = squares / (2 * n);
  const first = new Float64Array(k);
  const total = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s1 = 0;
    let st = 0;
    for (let j = 0; j < n; j++) {
      const at = row(j) * stride;
      const fA = outputs[at];
      const fB = outputs[at + 1];
      const fAB = outputs[at + 2 + i];
      s1 += fB * (fAB - fA);
      st += (fA - fAB) ** 2;
    }
    first[i] = s1 / n / variance;
    total[i] = st / (2 * n) / variance;
  }
  return { first, total, variance };
}
