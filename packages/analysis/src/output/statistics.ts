/**
 * Summary statistics over seeds. Quantiles interpolate linearly between order statistics
 * (Hyndman and Fan type 7, the default of R and NumPy), so p50 of an even count is the mean of the
 * middle two and p5/p95 of a few seeds lie between the extreme values.
 */
export interface Summary {
  readonly mean: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return values.length === 0 ? Number.NaN : sum / values.length;
}

/** Quantile q (0–1) of values already sorted ascending. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  const fraction = position - below;
  return fraction === 0 ? sorted[below] : sorted[below] + fraction * (sorted[above] - sorted[below]);
}

/** Mean, p5, p50 and p95; NaN values (an indicator undefined for a seed) are left out. */
export function summarise(values: ArrayLike<number>): Summary {
  const finite = Float64Array.from(Array.from(values).filter((v) => !Number.isNaN(v))).sort();
  return {
    mean: mean(finite),
    p5: quantileSorted(finite, 0.05),
    p50: quantileSorted(finite, 0.5),
    p95: quantileSorted(finite, 0.95),
  };
}
