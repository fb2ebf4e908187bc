import { powAccurate } from './accurate/accurate.js';
import { powerOfTwo } from './bits.js';
import { EXP_ERROR, expCore } from './exp.js';
import { logApproximation } from './log.js';
import { approximation, roundApproximation, roundUnscaled } from './rounding.js';
import { sqrt } from './sqrt.js';

/**
 * x^y (also what `a ** b` means), with ECMAScript's special cases (Number::exponentiate, which
 * differ from C's pow: 1^±∞ and (-1)^±∞ are NaN). |x|^y = e^(y·log|x|): log|x| as a double-double
 * (log.ts), the product with y kept exactly as a double-double, then e^(th + tl) (exp.ts). The
 * relative error is that of exp plus |y| times log's absolute error. Results exactly halfway
 * between two doubles (e.g. 3^34, or (2^27 - 1)^2) are found exactly on the accurate path.
 */
const SPLIT = 134217729;
const HUGE_EXPONENT = powerOfTwo(64);
const TINY_EXPONENT = powerOfTwo(-80);
const SUM_ERROR = powerOfTwo(-100);

export function pow(x: number, y: number): number {
  if (y === 2) return x * x; // one rounding: already correct
  if (y === 0) return 1;
  if (Number.isNaN(y) || Number.isNaN(x)) return Number.NaN;
  if (y === 1) return x;
  const ax = Math.abs(x);
  if (y === Number.POSITIVE_INFINITY || y === Number.NEGATIVE_INFINITY) {
    if (ax === 1) return Number.NaN;
    return ax > 1 === y > 0 ? Number.POSITIVE_INFINITY : 0;
  }
  const integer = Math.trunc(y) === y;
  const odd = integer && Math.abs(y) < 9007199254740992 && y % 2 !== 0;
  if (ax === 0 || ax === Number.POSITIVE_INFINITY) {
    const large = ax === 0 ? y < 0 : y > 0;
    const magnitude = large ? Number.POSITIVE_INFINITY : 0;
    return x < 0 || Object.is(x, -0) ? (odd ? -magnitude : magnitude) : magnitude;
  }
  if (x < 0 && !integer) return Number.NaN;
  const sign = x < 0 && odd ? -1 : 1;
  if (ax === 1) return sign;
  if (y === -1) return 1 / x;
  if (y === 0.5) return sqrt(x);
  if (Math.abs(y) >= HUGE_EXPONENT) return ax > 1 === y > 0 ? Number.POSITIVE_INFINITY : 0; // |y·log x| > 2^10
  if (Math.abs(y) < TINY_EXPONENT) return 1; // |y·log x| < 2^-70
  const hi = powApproximation(ax, y);
  if (hi === Number.POSITIVE_INFINITY || hi === 0) return sign * hi;
  const scale = approximation.scale;
  const result = scale > -1000 && scale < 1024 ? roundUnscaled(hi) * powerOfTwo(scale) : roundApproximation(hi);
  return sign * (Number.isNaN(result) ? powAccurate(ax, y) : result);
}

/**
 * x^y before rounding, for x > 0 finite, 2^-80 <= |y| < 2^64; returns +Infinity or 0 (and no
 * approximation) when the result certainly overflows or underflows.
 */
export function powApproximation(x: number, y: number): number {
  const lh = logApproximation(x);
  const ll = approximation.low;
  const le = approximation.error;
  // y·(lh + ll) = th + tl: y·lh exactly (Dekker), y·ll rounded.
  const th = y * lh;
  let c = SPLIT * y;
  const y1 = c - (c - y);
  const y2 = y - y1;
  c = SPLIT * lh;
  const l1 = c - (c - lh);
  const l2 = lh - l1;
  const tl = y1 * l1 - th + y1 * l2 + y2 * l1 + y2 * l2 + y * ll;
  if (th > 709.8) return Number.POSITIVE_INFINITY;
  if (th < -745.2) return 0;
  const hi = expCore(th, tl);
  approximation.error = hi * (EXP_ERROR + Math.abs(y) * le + SUM_ERROR * Math.abs(th));
  return hi;
}
