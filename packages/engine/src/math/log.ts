import { log1pAccurate, log2Accurate, log10Accurate, logAccurate } from './accurate/accurate.js';
import { highWord, powerOfTwo } from './bits.js';
import { approximation, operands, roundOperand, roundUnscaled } from './rounding.js';
import { INV_LN2_HI, INV_LN2_LO, INV_LN10_HI, INV_LN10_LO, LN2_HI, LN2_LO, LOG_TABLE, THIRD_HI, THIRD_LO } from './tables.js';

/**
 * log, log1p, log2, log10. x = 2^e·m with m in [0.75, 1.5); m·r = 1 + z with r from a 192-entry
 * table (24-bit r, so z comes out exactly as a double-double; r = 1 for m within 2^-8 of 1, which
 * keeps the error relative near x = 1) and |z| <= 2^-8; log x = e·ln2 - log r + log1p(z), with
 * log1p(z) by its Taylor series to z^11, the terms z²/2 and z³/3 as double-doubles.
 * Error before rounding: 2^-50.8 of the tail z⁴·(…) evaluated in double (at most 2^-76.8·|z|),
 * 2^-100·|z| for the rest of log1p(z), 2^-95·|e| for e·ln 2, 2^-100·|log x| for the sums.
 * log1p(x) is log(h + l) with 1 + x = h + l exactly: near x = 0, z is x itself.
 */
const SPLIT = 134217729; // 2^27 + 1: Veltkamp's split into two 26-bit halves
const TWO_54 = powerOfTwo(54);
const TINY = powerOfTwo(-54);
// Taylor coefficients (-1)^(n+1)/n of log1p, n = 4…11
const L4 = -1 / 4;
const L5 = 1 / 5;
const L6 = -1 / 6;
const L7 = 1 / 7;
const L8 = -1 / 8;
const L9 = 1 / 9;
const L10 = -1 / 10;
const L11 = 1 / 11;
const THIRD_1 = SPLIT * THIRD_HI - (SPLIT * THIRD_HI - THIRD_HI);
const THIRD_2 = THIRD_HI - THIRD_1;
const INV_LN2_1 = SPLIT * INV_LN2_HI - (SPLIT * INV_LN2_HI - INV_LN2_HI);
const INV_LN2_2 = INV_LN2_HI - INV_LN2_1;
const INV_LN10_1 = SPLIT * INV_LN10_HI - (SPLIT * INV_LN10_HI - INV_LN10_HI);
const INV_LN10_2 = INV_LN10_HI - INV_LN10_1;
// The error bounds above, with margins of 8 or more.
const TAIL_ERROR = powerOfTwo(-47);
const Z_ERROR = powerOfTwo(-90);
const E_ERROR = powerOfTwo(-92);
const SUM_ERROR = powerOfTwo(-98);

/**
 * log(x + xl) before rounding (see `approximation`), for x > 0 finite and |xl| <= ulp(x)/2.
 */
export function logApproximation(x: number, xl = 0): number {
  operands[0] = x;
  operands[1] = xl;
  logCore();
  return operands[0];
}

/**
 * logApproximation of operands[0] + operands[1] into operands[0]. One function on purpose: V8
 * inlines a call only below a size, and the common path makes none; no double crosses its call.
 */
export function logCore(): void {
  let x = operands[0];
  const xl = operands[1];
  let high = highWord(x);
  let subnormal = 0;
  if (high < 0x00100000) {
    x *= TWO_54;
    high = highWord(x);
    subnormal = 54;
  }
  let e = (high >>> 20) - 1023;
  let m = x * powerOfTwo(-e); // x·2^-e, exact, in [1, 2)
  let cell = (m * 256) | 0;
  if (cell >= 384) {
    m *= 0.5;
    e += 1;
    cell = (m * 256) | 0;
  }
  const i = 3 * (cell - 192);
  const r = LOG_TABLE[i];
  // z = m·r - 1 = zh + zl exactly: m's Veltkamp halves times the 24-bit r are exact products.
  let c = SPLIT * m;
  const m1 = c - (c - m);
  const a = m1 * r - 1;
  const b = (m - m1) * r;
  let zh = a + b;
  const bv = zh - a;
  let zl = a - (zh - bv) + (b - bv);
  if (xl !== 0) {
    // (m + xl·2^-e)·r - 1 = z + r·xl·2^-e (exact when r = 1, near x = 1)
    zl += r * (xl * powerOfTwo(-e));
    const t = zh + zl;
    zl -= t - zh;
    zh = t;
  }
  e -= subnormal;
  // log1p(z) = z - z²/2 + z³/3 + tail: zh² = sh + sl, sh·zh = u + ue, u/3 = v + ve exactly (Dekker).
  const sh = zh * zh;
  c = SPLIT * zh;
  const h = c - (c - zh);
  const l = zh - h;
  const sl = h * h - sh + h * l + h * l + l * l;
  const half = 0.5 * sh;
  const u = sh * zh;
  c = SPLIT * sh;
  const s1 = c - (c - sh);
  const s2 = sh - s1;
  const ue = s1 * h - u + s1 * l + s2 * h + s2 * l;
  const v = u * THIRD_HI;
  c = SPLIT * u;
  const u1 = c - (c - u);
  const u2 = u - u1;
  const ve = u1 * THIRD_1 - v + u1 * THIRD_2 + u2 * THIRD_1 + u2 * THIRD_2;
  const tail = sh * sh * (L4 + zh * (L5 + zh * (L6 + zh * (L7 + zh * (L8 + zh * (L9 + zh * (L10 + zh * L11)))))));
  const p1 = zh - half;
  const p2 = p1 + v;
  // z²/2 = (sh + sl)/2 + zh·zl and z³/3 = v + ve + u·THIRD_LO + (ue + sl·zh)/3 + sh·zl, up to 2^-100·|z|
  const polyLow =
    zh - p1 - half + (v - (p2 - p1)) + zl - 0.5 * sl - zh * zl + sh * zl + ve + u * THIRD_LO + (ue + sl * zh) * THIRD_HI + tail;
  // + e·ln2 - log r
  const eh = e * LN2_HI; // exact: LN2_HI has 42 bits
  const lh = LOG_TABLE[i + 1];
  const t1 = eh + lh;
  const t1v = t1 - eh;
  const t2 = t1 + p2;
  const t2v = t2 - t1;
  const lo = eh - (t1 - t1v) + (lh - t1v) + (t1 - (t2 - t2v)) + (p2 - t2v) + e * LN2_LO + LOG_TABLE[i + 2] + polyLow;
  const hi = t2 + lo;
  approximation.low = lo - (hi - t2);
  approximation.error = TAIL_ERROR * Math.abs(tail) + Z_ERROR * Math.abs(zh) + E_ERROR * Math.abs(e) + SUM_ERROR * Math.abs(hi);
  approximation.scale = 0;
  operands[0] = hi;
}

export function log(x: number): number {
  operands[0] = x;
  logInPlace();
  return operands[0];
}

/** operands[0] = log(operands[0]), for callers where a call V8 does not inline would box the doubles. */
export function logInPlace(): void {
  const x = operands[0];
  if (x > 0 && x < Number.POSITIVE_INFINITY) {
    operands[1] = 0;
    logCore();
    if (!roundOperand()) operands[0] = logAccurate(x);
    return;
  }
  operands[0] = x === 0 ? Number.NEGATIVE_INFINITY : x > 0 ? x : Number.NaN;
}

/** log(1 + x) before rounding, for 2^-54 <= |x|, x > -1 finite. */
export function log1pApproximation(x: number): number {
  // 1 + x = h + l exactly (Knuth's two-sum)
  const h = 1 + x;
  const hv = h - 1;
  return logApproximation(h, 1 - (h - hv) + (x - hv));
}

export function log1p(x: number): number {
  if (Math.abs(x) < TINY) return x; // log1p x = x - x²/2… rounds to x
  if (x > -1 && x < Number.POSITIVE_INFINITY) {
    const result = roundUnscaled(log1pApproximation(x));
    return Number.isNaN(result) ? log1pAccurate(x) : result;
  }
  return x === -1 ? Number.NEGATIVE_INFINITY : x > 0 ? x : Number.NaN;
}

/** log x times the double-double c (1/ln 2 or 1/ln 10) before rounding. */
function logTimes(x: number, ch: number, cl: number, c1: number, c2: number): number {
  const hi = logApproximation(x);
  const p = hi * ch;
  const s = SPLIT * hi;
  const h1 = s - (s - hi);
  const h2 = hi - h1;
  const lo = h1 * c1 - p + h1 * c2 + h2 * c1 + h2 * c2 + hi * cl + approximation.low * ch;
  const result = p + lo;
  approximation.low = lo - (result - p);
  approximation.error = approximation.error * 1.5 + SUM_ERROR * Math.abs(p);
  return result;
}

/** log2 x before rounding, for x > 0 finite. */
export function log2Approximation(x: number): number {
  return logTimes(x, INV_LN2_HI, INV_LN2_LO, INV_LN2_1, INV_LN2_2);
}

/** log10 x before rounding, for x > 0 finite. */
export function log10Approximation(x: number): number {
  return logTimes(x, INV_LN10_HI, INV_LN10_LO, INV_LN10_1, INV_LN10_2);
}

export function log2(x: number): number {
  if (x > 0 && x < Number.POSITIVE_INFINITY) {
    const result = roundUnscaled(log2Approximation(x));
    return Number.isNaN(result) ? log2Accurate(x) : result;
  }
  return x === 0 ? Number.NEGATIVE_INFINITY : x > 0 ? x : Number.NaN;
}

export function log10(x: number): number {
  if (x > 0 && x < Number.POSITIVE_INFINITY) {
    const result = roundUnscaled(log10Approximation(x));
    return Number.isNaN(result) ? log10Accurate(x) : result;
  }
  return x === 0 ? Number.NEGATIVE_INFINITY : x > 0 ? x : Number.NaN;
}
