import { createRandomSource, streamId } from '@diaspora-sim/engine';
import { quantileSorted } from '../ensemble/statistics.js';

const STREAM = streamId('bootstrap');
export const BOOTSTRAP_RESAMPLES = 500;
export const BOOTSTRAP_LEVEL = 0.95;

/**
 * Percentile bootstrap interval (Efron and Tibshirani 1993) of a statistic of n resampled units.
 * `statistic(pick)` computes the statistic with unit i replaced by unit pick(i); deterministic in seed.
 */
export function bootstrapInterval(
  n: number,
  statistic: (pick: (i: number) => number) => number,
  seed: number,
  resamples = BOOTSTRAP_RESAMPLES,
  level = BOOTSTRAP_LEVEL,
): [number, number] {
  if (n < 2) return [Number.NaN, Number.NaN];
  const rng = createRandomSource(seed);
  const draws = new Int32Array(n);
  const pick = (i: number) => draws[i];
  const values = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    const key = rng.streamKey(STREAM, b);
    for (let i = 0; i < n; i++) draws[i] = Math.floor(rng.uniform(key, i, 0) * n);
    values[b] = statistic(pick);
  }
  values.sort();
  return [quantileSorted(values, (1 - level) / 2), quantileSorted(values, 1 - (1 - level) / 2)];
}
