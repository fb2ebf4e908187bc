import { createRandomSource, streamId } from '@diaspora-sim/engine';
import { AnalysisError } from '../analysisProblem.js';
import { bootstrapInterval } from './bootstrap.js';

const STREAM = streamId('morris design');

/**
 * Morris's elementary-effects screening (Morris 1991, with Campolongo, Cariboni and Saltelli's 2007
 * mu_star). Each of r trajectories starts at a random point of a p-level grid on [0, 1]^k and moves
 * one factor at a time, in random order, by Delta = p / (2 (p - 1)), up where it can, else down.
 */
export interface MorrisDesign {
  readonly factors: number;
  readonly trajectories: number;
  readonly levels: number;
  readonly delta: number;
  /** r * (k + 1) points of k coordinates: `points[(trajectory * (k + 1) + step) * k + j]`. */
  readonly points: Float64Array;
  /** Which factor moves at each step of each trajectory: `moved[trajectory * k + step]`. */
  readonly moved: Int32Array;
}

export interface MorrisIndices {
  /** Mean elementary effect (signed: cancels for non-monotonic effects). */
  readonly mu: Float64Array;
  /** Mean absolute elementary effect: the screening measure of importance. */
  readonly muStar: Float64Array;
  /** Standard deviation of the effects: interactions or non-linearity. */
  readonly sigma: Float64Array;
  /** Bootstrap 95 per cent interval of mu_star over trajectories. */
  readonly muStarLow: Float64Array;
  readonly muStarHigh: Float64Array;
  /** `effects[trajectory * k + j]`: output change per unit of factor j's range. */
  readonly effects: Float64Array;
}

export function morrisDesign(factors: number, trajectories: number, seed: number, levels = 4): MorrisDesign {
  if (levels < 2 || levels % 2 !== 0) throw new AnalysisError({ code: 'morris_levels', params: { levels } });
  const k = factors;
  const delta = levels / (2 * (levels - 1));
  const rng = createRandomSource(seed);
  const points = new Float64Array(trajectories * (k + 1) * k);
  const moved = new Int32Array(trajectories * k);
  for (let r = 0; r < trajectories; r++) {
    const key = rng.streamKey(STREAM, r);
    const start = r * (k + 1) * k;
    for (let j = 0; j < k; j++) points[start + j] = Math.floor(rng.uniform(key, j, 0) * levels) / (levels - 1);
    const order = moved.subarray(r * k, (r + 1) * k);
    for (let j = 0; j < k; j++) order[j] = j;
    for (let j = k - 1; j > 0; j--) {
      const s = Math.floor(rng.uniform(key, j, 1) * (j + 1));
      const swap = order[j];
      order[j] = order[s];
      order[s] = swap;
    }
    for (let step = 0; step < k; step++) {
      const from = start + step * k;
      points.copyWithin(from + k, from, from + k);
      const j = order[step];
      const x = points[from + j];
      points[from + k + j] = x + delta <= 1 + 1e-12 ? x + delta : x - delta;
    }
  }
  return { factors: k, trajectories, levels, delta, points, moved };
}

/**
 * Indices from the outputs at the design's points. `units` are the coordinates the points really
 * ran at (whole-number factors rounded); the default is the design's own.
 */
export function analyseMorris(
  design: MorrisDesign,
  outputs: ArrayLike<number>,
  units: Float64Array = design.points,
  seed = 1,
): MorrisIndices {
  const k = design.factors;
  const r = design.trajectories;
  if (outputs.length !== r * (k + 1)) throw new Error(`expected ${r * (k + 1)} outputs, got ${outputs.length}`);
  const effects = new Float64Array(r * k).fill(Number.NaN);
  for (let t = 0; t < r; t++) {
    for (let step = 0; step < k; step++) {
      const j = design.moved[t * k + step];
      const before = t * (k + 1) + step;
      const change = units[(before + 1) * k + j] - units[before * k + j];
      // A whole-number factor whose rounding swallowed the move gives no effect for this trajectory.
      if (change !== 0) effects[t * k + j] = (outputs[before + 1] - outputs[before]) / change;
    }
  }
  const mu = new Float64Array(k);
  const muStar = new Float64Array(k);
  const sigma = new Float64Array(k);
  const muStarLow = new Float64Array(k);
  const muStarHigh = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const values: number[] = [];
    for (let t = 0; t < r; t++) if (!Number.isNaN(effects[t * k + j])) values.push(effects[t * k + j]);
    const n = values.length;
    const m = values.reduce((a, b) => a + b, 0) / n;
    mu[j] = m;
    muStar[j] = values.reduce((a, b) => a + Math.abs(b), 0) / n;
    sigma[j] = n > 1 ? Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1)) : Number.NaN;
    const absolute = Float64Array.from(values, Math.abs);
    const [low, high] = bootstrapInterval(
      n,
      (pick) => {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += absolute[pick(i)];
        return sum / n;
      },
      seed + j,
    );
    muStarLow[j] = low;
    muStarHigh[j] = high;
  }
  return { mu, muStar, sigma, muStarLow, muStarHigh, effects };
}
