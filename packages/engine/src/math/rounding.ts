import { powerOfTwo, scaleByPowerOfTwo } from './bits.js';

/**
 * What every `…Approximation` function leaves besides its return value hi: the exact result lies
 * within error·2^scale of (hi + low)·2^scale. Read right after the call (module state, one thread).
 */
export const approximation = { low: 0, error: 0, scale: 0 };

/**
 * Doubles handed to and from functions V8 may not inline (the cores of exp, log, sin, cos and pow,
 * and the `…InPlace` functions): [0] the argument, then the result (hi); [1] an argument's low part
 * (pow's exponent). A double passed to or returned from a call that is not inlined is allocated; an
 * element of a Float64Array is not. Read right after the call (module state, one thread). exp itself
 * keeps doubles in its signature: V8 inlines it whole into the passes' loops (the acculturation pass
 * has room for logistic, exp and its core with about 30 bytes of bytecode to spare), and an
 * `expInPlace` there would not fit.
 */
export const operands = new Float64Array(2);

/** Rounds the last approximation whose high part is hi (any scale); NaN when undecided. */
export function roundApproximation(hi: number): number {
  const { low, error, scale } = approximation;
  return scale === 0 ? roundOrFail(hi, low, error) : roundScaledOrFail(hi, low, error, scale);
}

/** The same for scale 0 only, small enough for V8 to inline into the callers' common case. */
export function roundUnscaled(hi: number): number {
  const low = approximation.low;
  const err = approximation.error;
  const up = hi + (low + err);
  return up === hi + (low - err) ? up : Number.NaN;
}

/**
 * roundUnscaled of operands[0] into operands[0], true when decided (no double crosses the call, so a
 * caller that V8 inlines only in part allocates nothing).
 */
export function roundOperand(): boolean {
  const hi = operands[0];
  const low = approximation.low;
  const err = approximation.error;
  const up = hi + (low + err);
  operands[0] = up;
  return up === hi + (low - err);
}

/**
 * The last step of every fast path (Ziv's rounding test). The exact result lies within `err` of
 * hi + lo (|lo| at most about ulp(hi)); if the whole interval rounds to one double, that double is
 * the correctly rounded result, otherwise NaN and the caller takes the accurate path. `err` must
 * include a margin of 2^-100·|hi| for the rounding of lo ± err (every caller's bound is far above).
 * Rounding is monotonic, so comparing the images of the interval's ends decides.
 */
export function roundOrFail(hi: number, lo: number, err: number): number {
  const up = hi + (lo + err);
  return up === hi + (lo - err) ? up : Number.NaN;
}

const TWO_52 = 4503599627370496;
const TWO_53 = 9007199254740992;
const MIN_SUBNORMAL = powerOfTwo(-1074);
const MARGIN = powerOfTwo(-40);

/**
 * The same for (hi + lo)·2^k with |hi| in [2^-3, 2^3], |k| <= 1100: results that overflow give
 * ±Infinity (scaling the rounded value rounds as the exact one would), results below 2^-1021 are
 * rounded on the grid of multiples of 2^-1074, where subnormals and the lowest binade live.
 */
export function roundScaledOrFail(hi: number, lo: number, err: number, k: number): number {
  const unit = k > -1000 ? 0 : powerOfTwo(k + 1074);
  if (unit === 0 || Math.abs(hi * unit) >= TWO_53) {
    const rounded = roundOrFail(hi, lo, err);
    return Number.isNaN(rounded) ? Number.NaN : scaleByPowerOfTwo(rounded, k);
  }
  if (hi < 0) return -roundScaledOrFail(-hi, -lo, err, k);
  // In units of 2^-1074 (exact scalings) rounding to the grid is rounding to an integer; the margin
  // covers the one inexact addition below.
  const h = hi * unit;
  const l = lo * unit;
  const e = err * unit + MARGIN;
  const shift = h < TWO_52 ? TWO_52 : 0;
  const a = shift + h;
  const rest = h - (a - shift) + l;
  const up = a + (rest + e);
  if (up !== a + (rest - e)) return Number.NaN;
  return (up - shift) * MIN_SUBNORMAL;
}
