import { log1pAccurate, log2Accurate, log10Accurate, logAccurate } from './accurate/accurate.js';
import { highWord, powerOfTwo } from './bits.js';
import { approximation, roundUnscaled } from './rounding.js';
import { INV_LN2_HI, INV_LN2_LO, INV_LN10_HI, INV_LN10_LO, LN2_HI, LN2_LO, LOG_TABLE, THIRD_HI, THIRD_LO } from './tables.js';

/**
 * log, log1p, log2, log10. x = 2^e·m with m in [0.75, 1.5); m·r = 1 + z with r from a 192-entry
 * table (24-bit r, so z comes out exactly as a double-double; r = 1 for m within 2^-8 of 1, which
 * keeps the error relative near x = 1) and |z| <= 2^-8; log x = e·ln2 - log r + log1p(z), with
 * log1p(z) by its Taylor series to z^11, the terms z²/2 and z³/3 as double-doubles.
 * Error below 2^-76.7·|z| + 2^-95·|e| + 2^-100·|log x| (see logError).
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
// Error bounds (see the analysis above), with margins of 4 to 8.
const Z_ERROR = powerOfTwo(-74);
const E_ERROR = powerOfTwo(-92);
const SUM_ERROR = powerOfTwo(-98);

// Results of `log1pPolynomial` (an object: V8 boxes doubles stored in module variables).
const poly = { high: 0.5, low: 0.5 };

/** log1p(zh + zl) = poly.high + poly.low for |zh| <= 2^-8, |zl| <= 2^-52·|zh|. */
function log1pPolynomial(zh: number, zl: number): void {
  const sh = zh * zh;
  let c = SPLIT * zh;
  const h = c - (c - zh);
  const l = zh - h;
  const sl = h * h - sh + h * l + h * l + l * l; // zh² = sh + sl exactly
  const half = 0.5 * sh;
  // z³/3 = (sh + sl)·zh·(THIRD_HI + THIRD_LO): u + ue = sh·zh exactly, v + ve = u·THIRD_HI exactly.
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
  const cubeLow = ve + u * THIRD_LO + (ue + sl * zh) * THIRD_HI;
  const tail = sh * sh * (L4 + zh * (L5 + zh * (L6 + zh * (L7 + zh * (L8 + zh * (L9 + zh * (L10 + zh * L11)))))));
  const a1 = zh - half;
  const e1 = zh - a1 - half;
  poly.high = a1 + v;
  const e2 = v - (poly.high - a1);
  // z²/2 = (sh + sl)/2 + zh·zl and z³/3 = v + cubeLow + sh·zl, up to terms below 2^-100·|z|.
  poly.low = e1 + e2 + zl - 0.5 * sl - zh * zl + sh * zl + cubeLow + tail;
}

/** log(x·(1 + corr)) before rounding (see `approximation`), for x > 0 finite and |corr| <= 2^-52. */
export function logApproximation(x: number, corr = 0): number {
  let high = highWord(x);
  let subnormal = 0;
  if (high < 0x00100000) {
    x *= TWO_54;
    high = highWord(x);
    subnormal = 54;
  }
  let e = (high >>> 20) - 1023;
  let m = x * powerOfTwo(-e); // x·2^-e, exact, in [1, 2)
  e -= subnormal;
  let cell = (m * 256) | 0;
  if (cell >= 384) {
    m *= 0.5;
    e += 1;
    cell = (m * 256) | 0;
  }
  const i = 3 * (cell - 192);
  const r = LOG_TABLE[i];
  // z = m·r - 1: m's Veltkamp halves times the 24-bit r are exact products.
  const c = SPLIT * m;
  const m1 = c - (c - m);
  const a = m1 * r - 1;
  const b = (m - m1) * r;
  let zh = a + b;
  const bv = zh - a;
  let zl = a - (zh - bv) + (b - bv);
  if (corr !== 0) {
    zl += corr + corr * zh; // m·(1 + corr)·r - 1 = z + corr·(1 + z)
    const t = zh + zl;
    zl -= t - zh;
    zh = t;
  }
  log1pPolynomial(zh, zl);
  const eh = e * LN2_HI; // exact: LN2_HI has 42 bits
  const lh = LOG_TABLE[i + 1];
  const s1 = eh + lh;
  const s1v = s1 - eh;
  const s2 = s1 + poly.high;
  const s2v = s2 - s1;
  const lo = eh - (s1 - s1v) + (lh - s1v) + (s1 - (s2 - s2v)) + (poly.high - s2v) + e * LN2_LO + LOG_TABLE[i + 2] + poly.low;
  const hi = s2 + lo;
  approximation.low = lo - (hi - s2);
  approximation.error = Z_ERROR * Math.abs(zh) + E_ERROR * Math.abs(e) + SUM_ERROR * Math.abs(hi);
  approximation.scale = 0;
  return hi;
}

export function log(x: number): number {
  if (x > 0 && x < Number.POSITIVE_INFINITY) {
    const result = roundUnscaled(logApproximation(x));
    return Number.isNaN(result) ? logAccurate(x) : result;
  }
  return x === 0 ? Number.NEGATIVE_INFINITY : x > 0 ? x : Number.NaN;
}

/** log(1 + x) before rounding, for 2^-54 <= |x|, x > -1 finite. */
export function log1pApproximation(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.00390625) {
    log1pPolynomial(x, 0);
    const hi = poly.high + poly.low;
    approximation.low = poly.low - (hi - poly.high);
    approximation.error = Z_ERROR * ax;
    approximation.scale = 0;
    return hi;
  }
  // 1 + x = h + l exactly; log(h + l) = log(h·(1 + l/h)).
  const h = 1 + x;
  const hv = h - 1;
  const l = 1 - (h - hv) + (x - hv);
  return logApproximation(h, l / h);
}

export function log1p(x: number): number {
  if (Math.abs(x) < TINY) return x;
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
