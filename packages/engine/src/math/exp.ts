import { expAccurate, expm1Accurate } from './accurate/accurate.js';
import { powerOfTwo } from './bits.js';
import { EXP_QUICK_ERROR, expQuick } from './expQuick.js';
import { approximation, operands, roundApproximation, roundOperand } from './rounding.js';
import { EXP2_TABLE, INV_LN2_512, LN2_512_1, LN2_512_2, LN2_512_3 } from './tables.js';

/**
 * e^x and e^x - 1: x = k·ln2/512 + r with |r| <= ln2/1024 (Cody–Waite: ln2/512 in three parts, the
 * first two short enough for k·part to be exact), e^r - 1 by its Taylor polynomial to r^7 with r²/2
 * kept exactly, times 2^(j/512) from a double-double table (j = k mod 512), times 2^(k >> 9).
 * Error of the double-double before rounding: the tail t = r³/6 + … is evaluated in double, with
 * relative error 2^-50.4 including its additions (at most 2^-85.2 absolute); the sums add 2^-84;
 * the table and the reduction below 2^-104. So 2^-82.9 relative for exp (bound EXP_ERROR, used as
 * is), and per call for expm1: 2^-46·|t|·T + 2^-99·(T + |result|), expm1 being formed as
 * (T - 2^-K) + T·p exactly in double-double, with p alone (T = 1) when |x| < 0.00067.
 */
const SHIFT = 6755399441055744; // 1.5·2^52: x + SHIFT - SHIFT rounds x to an integer
const SPLIT = 134217729; // 2^27 + 1: Veltkamp's split into two 26-bit halves
const C3 = 1 / 6;
const C4 = 1 / 24;
const C5 = 1 / 120;
const C6 = 1 / 720;
const C7 = 1 / 5040;
const TINY = powerOfTwo(-54);
/** Relative error bound of `expCore`, with a margin of 2^4.9. */
export const EXP_ERROR = powerOfTwo(-78);
// Per-call bounds for expm1: the double evaluation of t (r³/6 + …, relative error 2^-50.4 with its
// additions) dominates; everything else is below 2^-100 of the result or of the table value.
const TAIL_ERROR = powerOfTwo(-46);
const SUM_ERROR = powerOfTwo(-99);

// Results of `reduce`, read right after the call. (Fields of an object, not module variables:
// V8 boxes every double stored in a module variable, which costs an allocation per store.)
const reduced = { polyHigh: 0.5, polyLow: 0.5, tail: 0.5, tableIndex: 0 };

/** e^r - 1 = reduced.polyHigh + reduced.polyLow for |rh| <= 2^-10.5, |rl| <= 2^-40. */
function expm1Polynomial(rh: number, rl: number): void {
  const sh = rh * rh;
  const c = SPLIT * rh;
  const h = c - (c - rh);
  const l = rh - h;
  const sl = h * h - sh + h * l + h * l + l * l; // rh² = sh + sl exactly (Dekker)
  const t = rh * sh * (C3 + rh * (C4 + rh * (C5 + rh * (C6 + rh * C7))));
  reduced.tail = t;
  const half = 0.5 * sh;
  const ph = rh + half;
  reduced.polyHigh = ph;
  // e^(rh + rl) - 1 = (e^rh - 1) + rl·e^rh
  reduced.polyLow = half - (ph - rh) + 0.5 * sl + t + rl * (1 + ph + t);
}

/** Sets reduced.polyHigh + reduced.polyLow = e^r - 1, reduced.tableIndex and approximation.scale for xh + xl, |xh| < 746. */
function reduce(xh: number, xl: number): void {
  const kf = xh * INV_LN2_512 + SHIFT - SHIFT;
  const a = xh - kf * LN2_512_1; // exact (Sterbenz)
  const b = -(kf * LN2_512_2); // exact
  const rh = a + b;
  const v = rh - a;
  const rl = a - (rh - v) + (b - v) - kf * LN2_512_3 + xl;
  expm1Polynomial(rh, rl);
  const k = kf | 0;
  reduced.tableIndex = 3 * (k & 511);
  approximation.scale = k >> 9;
}

/**
 * e^(xh + xl) ≈ (hi + low)·2^approximation.scale with hi in [0.99, 2.01] and relative error below EXP_ERROR
 * (the error is left to the caller), for |xh| < 746 and |xl| <= 2^-40: xh in operands[0], xl in
 * operands[1], hi into operands[0] (rounding.ts operands: no double crosses the call, so a caller
 * that V8 inlines without inlining the core allocates nothing).
 */
export function expCore(): void {
  reduce(operands[0], operands[1]);
  const j = reduced.tableIndex;
  const th = EXP2_TABLE[j];
  const tl = EXP2_TABLE[j + 1];
  const t1 = EXP2_TABLE[j + 2];
  const t2 = th - t1;
  const ph = reduced.polyHigh;
  const pl = reduced.polyLow;
  // T·(1 + p) = th + th·ph + (th·pl + tl·(1 + p)), with th·ph exact (Dekker).
  const q = th * ph;
  const c = SPLIT * ph;
  const p1 = c - (c - ph);
  const p2 = ph - p1;
  const qe = t1 * p1 - q + t1 * p2 + t2 * p1 + t2 * p2;
  const s = th + q;
  const lo = q - (s - th) + qe + th * pl + tl + tl * (ph + pl);
  const hi = s + lo;
  approximation.low = lo - (hi - s);
  operands[0] = hi;
}

/** e^x before rounding (see `approximation`), for 2^-54 <= |x| < 746. */
export function expApproximation(x: number): number {
  operands[0] = x;
  operands[1] = 0;
  expCore();
  const hi = operands[0];
  approximation.error = hi * EXP_ERROR;
  return hi;
}

export function exp(x: number): number {
  if (Math.abs(x) < 708) {
    // The common case written out (V8 inlines a call only within a budget, and boxes the doubles
    // crossing one it does not inline): the quick try (expQuick.ts), normal results.
    operands[0] = x;
    expQuick();
    const hi = operands[0];
    const low = approximation.low;
    const err = hi * EXP_QUICK_ERROR;
    const up = hi + (low + err);
    if (up === hi + (low - err)) return up * powerOfTwo(approximation.scale);
  }
  operands[0] = x;
  expPreciseInPlace();
  return operands[0];
}

/**
 * operands[0] = e^operands[0] (rounding.ts operands), for callers where V8 does not inline exp and
 * would box the doubles crossing its call (the economy pass's logistic); its own compilation inlines
 * the quick try whole. exp keeps its shape: the acculturation pass inlines it whole (V8 inlines a
 * function into that pass only while 1.2 times its bytecode, with what the pass already inlined,
 * stays within 920 bytes); the precise try below stays out of line, reached through operands.
 */
export function expInPlace(): void {
  const x = operands[0];
  if (Math.abs(x) < 708) {
    expQuick();
    const hi = operands[0];
    const err = hi * EXP_QUICK_ERROR;
    const up = hi + (approximation.low + err);
    if (up === hi + (approximation.low - err)) {
      operands[0] = up * powerOfTwo(approximation.scale);
      return;
    }
    operands[0] = x;
  }
  expPreciseInPlace();
}

/** operands[0] = e^operands[0] when the quick try did not decide: expCore (error 2^-78), then expRare. */
function expPreciseInPlace(): void {
  const x = operands[0];
  if (!(Math.abs(x) < 708)) {
    operands[0] = expRare(x);
    return;
  }
  operands[1] = 0;
  expCore();
  const hi = operands[0];
  const err = hi * EXP_ERROR;
  const up = hi + (approximation.low + err);
  operands[0] = up === hi + (approximation.low - err) ? up * powerOfTwo(approximation.scale) : expRare(x);
}

/** exp outside the common case: special values, overflow, underflow, undecided rounding. */
function expRare(x: number): number {
  if (!(Math.abs(x) < 708)) {
    if (Number.isNaN(x)) return x;
    if (x > 709.8) return Number.POSITIVE_INFINITY;
    if (x < -745.14) return 0;
    const result = roundApproximation(expApproximation(x));
    if (!Number.isNaN(result)) return result;
  }
  return expAccurate(x);
}

/** e^x - 1 before rounding, for 2^-54 <= |x|, -38 <= x < 709.8. */
export function expm1Approximation(x: number): number {
  operands[0] = x;
  expm1Core();
  return operands[0];
}

/** expm1Approximation of operands[0] into operands[0] (no double crosses its call). */
function expm1Core(): void {
  const x = operands[0];
  if (Math.abs(x) < 0.00067) {
    // k = 0: the polynomial alone, accurate relative to x.
    expm1Polynomial(x, 0);
    const hi = reduced.polyHigh + reduced.polyLow;
    approximation.low = reduced.polyLow - (hi - reduced.polyHigh);
    approximation.error = TAIL_ERROR * Math.abs(reduced.tail) + SUM_ERROR * Math.abs(x);
    approximation.scale = 0;
    operands[0] = hi;
    return;
  }
  reduce(x, 0);
  // 2^K·(T·(1 + p) - 2^-K) = 2^K·((th - 2^-K) + tl + T·p): the subtraction is done exactly.
  const th = EXP2_TABLE[reduced.tableIndex];
  const tl = EXP2_TABLE[reduced.tableIndex + 1];
  const t1 = EXP2_TABLE[reduced.tableIndex + 2];
  const t2 = th - t1;
  const ph = reduced.polyHigh;
  const pl = reduced.polyLow;
  const d = -powerOfTwo(-approximation.scale);
  const a = th + d;
  const av = a - th;
  const ae = th - (a - av) + (d - av);
  const q = th * ph;
  const c = SPLIT * ph;
  const p1 = c - (c - ph);
  const p2 = ph - p1;
  const qe = t1 * p1 - q + t1 * p2 + t2 * p1 + t2 * p2;
  const s = a + q;
  const sv = s - a;
  const lo = a - (s - sv) + (q - sv) + ae + qe + tl + th * pl + tl * (ph + pl);
  const hi = s + lo;
  approximation.low = lo - (hi - s);
  approximation.error = th * (TAIL_ERROR * Math.abs(reduced.tail) + SUM_ERROR) + SUM_ERROR * Math.abs(hi);
  operands[0] = hi;
}

export function expm1(x: number): number {
  operands[0] = x;
  expm1InPlace();
  return operands[0];
}

/**
 * operands[0] = e^operands[0] − 1 (rounding.ts operands), for callers where a call V8 does not inline
 * would box the doubles; `expm1` is this with its argument and result handed through operands.
 */
export function expm1InPlace(): void {
  const x = operands[0];
  if (Math.abs(x) < TINY) return;
  if (!(x < 709.8)) {
    if (!Number.isNaN(x)) operands[0] = Number.POSITIVE_INFINITY;
    return;
  }
  if (x < -38) {
    operands[0] = -1;
    return;
  }
  expm1Core();
  const scale = approximation.scale;
  // Rounded through operands (roundOperand: no double crosses a call); scales past 1023 as before.
  if (scale > 1023) operands[0] = roundApproximation(operands[0]);
  else if (roundOperand()) {
    if (scale !== 0) operands[0] *= powerOfTwo(scale);
  } else operands[0] = Number.NaN;
  if (Number.isNaN(operands[0])) operands[0] = expm1Accurate(x);
}
