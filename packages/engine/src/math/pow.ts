import { powAccurate } from './accurate/accurate.js';
import { powerOfTwo } from './bits.js';
import { EXP_ERROR, expCore } from './exp.js';
import { logCore } from './log.js';
import { approximation, operands, roundApproximation, roundOperand } from './rounding.js';
import { sqrtInPlace } from './sqrt.js';

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
  operands[0] = x;
  operands[1] = y;
  powInPlace();
  return operands[0];
}

/**
 * operands[0] = operands[0] ** operands[1] (rounding.ts operands), for callers where a call V8 does
 * not inline would box the doubles; `pow` is this with its arguments and result handed through them.
 */
export function powInPlace(): void {
  const x = operands[0];
  const y = operands[1];
  operands[0] = Number.NaN;
  if (y === 2) {
    operands[0] = x * x; // one rounding: already correct
    return;
  }
  if (y === 0) {
    operands[0] = 1;
    return;
  }
  if (Number.isNaN(y) || Number.isNaN(x)) return;
  if (y === 1) {
    operands[0] = x;
    return;
  }
  const ax = Math.abs(x);
  if (y === Number.POSITIVE_INFINITY || y === Number.NEGATIVE_INFINITY) {
    if (ax !== 1) operands[0] = ax > 1 === y > 0 ? Number.POSITIVE_INFINITY : 0;
    return;
  }
  const integer = Math.trunc(y) === y;
  const odd = integer && Math.abs(y) < 9007199254740992 && y % 2 !== 0;
  if (ax === 0 || ax === Number.POSITIVE_INFINITY) {
    const large = ax === 0 ? y < 0 : y > 0;
    const magnitude = large ? Number.POSITIVE_INFINITY : 0;
    operands[0] = x < 0 || Object.is(x, -0) ? (odd ? -magnitude : magnitude) : magnitude;
    return;
  }
  if (x < 0 && !integer) return;
  const sign = x < 0 && odd ? -1 : 1;
  if (ax === 1) operands[0] = sign;
  else if (y === -1) operands[0] = 1 / x;
  else if (y === 0.5) {
    operands[0] = x;
    sqrtInPlace();
  } else if (Math.abs(y) >= HUGE_EXPONENT)
    operands[0] = ax > 1 === y > 0 ? Number.POSITIVE_INFINITY : 0; // |y·log x| > 2^10
  else if (Math.abs(y) < TINY_EXPONENT)
    operands[0] = 1; // |y·log x| < 2^-70
  else {
    operands[0] = ax;
    operands[1] = y;
    powCore();
    const hi = operands[0];
    const scale = approximation.scale;
    if (hi === Number.POSITIVE_INFINITY || hi === 0) operands[0] = sign * hi;
    else if (scale > -1000 && scale < 1024 && roundOperand()) operands[0] = sign * (operands[0] * powerOfTwo(scale));
    else {
      const result = scale > -1000 && scale < 1024 ? Number.NaN : roundApproximation(hi);
      operands[0] = sign * (Number.isNaN(result) ? powAccurate(ax, y) : result);
    }
  }
}

/**
 * x^y before rounding, for x > 0 finite, 2^-80 <= |y| < 2^64; returns +Infinity or 0 (and no
 * approximation) when the result certainly overflows or underflows.
 */
export function powApproximation(x: number, y: number): number {
  operands[0] = x;
  operands[1] = y;
  powCore();
  return operands[0];
}

/** powApproximation of operands[0] and operands[1] into operands[0]: no double crosses its call. */
function powCore(): void {
  const y = operands[1];
  operands[1] = 0;
  logCore();
  const lh = operands[0];
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
  if (th > 709.8) {
    operands[0] = Number.POSITIVE_INFINITY;
    return;
  }
  if (th < -745.2) {
    operands[0] = 0;
    return;
  }
  operands[0] = th;
  operands[1] = tl;
  expCore();
  approximation.error = operands[0] * (EXP_ERROR + Math.abs(y) * le + SUM_ERROR * Math.abs(th));
}
