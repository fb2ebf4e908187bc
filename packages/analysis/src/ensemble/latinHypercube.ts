import { createRandomSource, streamId } from '@diaspora-sim/engine';

const STREAM = streamId('latin hypercube');

/**
 * A Latin hypercube sample of n points in [0, 1)^dimensions: each dimension's range is cut into n
 * equal strata, each stratum holds exactly one point, and strata are paired across dimensions by
 * independent random permutations (McKay, Beckman and Conover 1979). Deterministic in `seed`.
 * Returns `points[i * dimensions + j]`.
 */
export function latinHypercube(n: number, dimensions: number, seed: number): Float64Array {
  const rng = createRandomSource(seed);
  const points = new Float64Array(n * dimensions);
  const permutation = new Int32Array(n);
  for (let j = 0; j < dimensions; j++) {
    const key = rng.streamKey(STREAM, j);
    for (let i = 0; i < n; i++) permutation[i] = i;
    // Fisher–Yates with one draw per position.
    for (let i = n - 1; i > 0; i--) {
      const r = Math.floor(rng.uniform(key, i, 0) * (i + 1));
      const swap = permutation[i];
      permutation[i] = permutation[r];
      permutation[r] = swap;
    }
    for (let i = 0; i < n; i++) points[i * dimensions + j] = (permutation[i] + rng.uniform(key, i, 1)) / n;
  }
  return points;
}
