/**
 * Summary statistics shared by ensembles, sweeps, sensitivity, `sim run`'s summary and the lab:
 * quantiles of a sorted sample, the mean, and the Student t quantile behind the interval of a mean.
 */

/**
 * Quantile q of an ascending sample: linear interpolation between order statistics (Hyndman and
 * Fan's type 7, the default of R and NumPy), so p50 of an even count is the mean of the middle two.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number, length = sorted.length): number {
  if (length === 0) return Number.NaN;
  const h = (length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, length - 1);
  const fraction = h - lo;
  return fraction === 0 ? sorted[lo] : sorted[lo] + fraction * (sorted[hi] - sorted[lo]);
}

/** Mean of the first `length` values, summed in order (NaN for none). */
export function mean(values: ArrayLike<number>, length = values.length): number {
  if (length === 0) return Number.NaN;
  let sum = 0;
  for (let k = 0; k < length; k++) sum += values[k];
  return sum / length;
}

/** Sorts the first `length` entries of a typed array in place (NaN last, as TypedArray.sort does). */
export function sortPrefix(values: Float64Array, length: number): Float64Array {
  const view = values.subarray(0, length);
  view.sort();
  return view;
}

const tQuantileCache = new Map<string, number>();

/**
 * The p-quantile of Student's t with `df` degrees of freedom, by bisection on its distribution
 * function (the regularised incomplete beta). Exact to about 1e-12; cached per (p, df).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0) || !(p > 0 && p < 1)) return Number.NaN;
  const key = `${p}/${df}`;
  const cached = tQuantileCache.get(key);
  if (cached !== undefined) return cached;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  const value = 0.5 * (lo + hi);
  tQuantileCache.set(key, value);
  return value;
}

export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** I_x(a, b) by Lentz's continued fraction (Numerical Recipes, section 6.4). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

// Lanczos approximation (g = 7, n = 9), accurate to about 1e-15 for positive arguments.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < 9; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
