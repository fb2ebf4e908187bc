import { cosAccurate, sinAccurate, tanAccurate } from './accurate/accurate.js';
import { powerOfTwo } from './bits.js';
import { approximation, operands, roundOperand, roundUnscaled } from './rounding.js';
import { HALF_PI_1, HALF_PI_2, HALF_PI_3, HALF_PI_4, TRIG_TABLE, TWO_OVER_PI } from './tables.js';

/**
 * sin, cos, tan. x = k·π/2 + r with |r| <= π/4 (Cody–Waite with π/2 in four parts, the first
 * three of 33 bits so that k·part is exact, for |x| < 823549; beyond, the accurate path reduces
 * exactly); r = i/256 + d with |d| <= 2^-9; sin and cos of i/256 from a double-double table, of d
 * by Taylor polynomials (d²/2 exact); sin(i/256 + d) and cos(i/256 + d) by the addition formulas.
 * Errors: reduction 2^-104 absolute (bound 2^-100); sin or cos of r per call: the tail
 * t = d³/6 + … evaluated in double (relative error 2^-50.4 with its additions), the d⁴ terms of
 * cos d (2^-51), 2^-100 of the table value and of the result (see sinOrCosReduced); tan adds the
 * relative errors of sin and cos.
 */
const SHIFT = 6755399441055744; // 1.5·2^52
const SPLIT = 134217729;
const QUARTER_PI = 0.7853981633974483;
const REDUCTION_LIMIT = 823549; // 2^19·π/2: |k| < 2^20
const TINY = powerOfTwo(-27);
const REDUCTION_ERROR = powerOfTwo(-100);
// Per-call bound of sinOrCosReduced: t = sin d - d in double (relative error 2^-50.4 with its
// additions), the d⁴ terms of cos d (2^-51), and 2^-100 of the table value and of the result.
const TAIL_ERROR = powerOfTwo(-47);
const SUM_ERROR = powerOfTwo(-97);
// Taylor coefficients of sin d - d (S) and of 1 - cos d beyond d²/2 (C, negated)
const S3 = -1 / 6;
const S5 = 1 / 120;
const S7 = -1 / 5040;
const S9 = 1 / 362880;
const C4 = 1 / 24;
const C6 = -1 / 720;
const C8 = 1 / 40320;

// Results of `reduce` and of sinOrCosReduced (an object: V8 boxes doubles stored in module variables;
// and no double crosses these calls, which V8 may not inline).
const state = {
  reducedHigh: 0.5,
  reducedLow: 0.5,
  quadrant: 0,
  reductionError: 0.5,
  resultHigh: 0.5,
  resultLow: 0.5,
  resultError: 0.5,
};

/** Sets state.reducedHigh + state.reducedLow = x - k·π/2 and state.quadrant = k mod 4, x = operands[0], |x| < REDUCTION_LIMIT. */
function reduce(): void {
  const x = operands[0];
  if (Math.abs(x) <= QUARTER_PI) {
    state.reducedHigh = x;
    state.reducedLow = 0;
    state.quadrant = 0;
    state.reductionError = 0;
    return;
  }
  const kf = x * TWO_OVER_PI + SHIFT - SHIFT;
  const a = x - kf * HALF_PI_1; // exact (Sterbenz)
  const b = -(kf * HALF_PI_2); // exact, as is kf·HALF_PI_3
  const s1 = a + b;
  const v1 = s1 - a;
  const c = -(kf * HALF_PI_3);
  const s2 = s1 + c;
  const v2 = s2 - s1;
  const low = a - (s1 - v1) + (b - v1) + (s1 - (s2 - v2)) + (c - v2) - kf * HALF_PI_4;
  state.reducedHigh = s2 + low;
  const v3 = state.reducedHigh - s2;
  state.reducedLow = s2 - (state.reducedHigh - v3) + (low - v3);
  state.quadrant = (kf | 0) & 3;
  state.reductionError = REDUCTION_ERROR;
}

/**
 * sin(rh + rl) (sine true) or cos(rh + rl) = state.resultHigh + state.resultLow, rh + rl the reduced
 * argument in state, for |rh| <= π/4 + 2^-40 and |rl| <= 2^-52·|rh|. With a = i/256 and d = r - a
 * (|d| <= 2^-9): f(a + d) = A·cos d + B·sin d, where (A, B) = (sin a, cos a) for sin and (cos a, -sin a) for cos.
 */
function sinOrCosReduced(sine: boolean): void {
  let rh = state.reducedHigh;
  let rl = state.reducedLow;
  const negative = sine && rh < 0; // sin is odd, cos even
  if (rh < 0) {
    rh = -rh;
    rl = -rl;
  }
  const i = (rh * 256 + 0.5) | 0;
  const dh = rh - i / 256; // exact
  const j = 4 * i;
  const ah = sine ? TRIG_TABLE[j] : TRIG_TABLE[j + 2];
  const al = sine ? TRIG_TABLE[j + 1] : TRIG_TABLE[j + 3];
  const bh = sine ? TRIG_TABLE[j + 2] : -TRIG_TABLE[j];
  const bl = sine ? TRIG_TABLE[j + 3] : -TRIG_TABLE[j + 1];
  const d2 = dh * dh;
  let s = SPLIT * dh;
  const h = s - (s - dh);
  const l = dh - h;
  const d2e = h * h - d2 + h * l + h * l + l * l; // dh² = d2 + d2e
  // sin d = dh + t + rl·cos d, 1 - cos d = ch2 + cl2
  const t = dh * d2 * (S3 + d2 * (S5 + d2 * (S7 + d2 * S9)));
  const ch2 = 0.5 * d2;
  const cl2 = 0.5 * d2e + dh * rl - d2 * d2 * (C4 + d2 * (C6 + d2 * C8));
  // A + B·dh - A·(ch2 + cl2) + B·(t + rl·(1 - ch2)), with B·dh and A·ch2 exact (Dekker).
  const p = bh * dh;
  s = SPLIT * bh;
  const b1 = s - (s - bh);
  const b2 = bh - b1;
  const pe = b1 * h - p + b1 * l + b2 * h + b2 * l;
  const u = ah * ch2;
  s = SPLIT * ah;
  const a1 = s - (s - ah);
  const a2 = ah - a1;
  s = SPLIT * ch2;
  const c1 = s - (s - ch2);
  const c2 = ch2 - c1;
  const ue = a1 * c1 - u + a1 * c2 + a2 * c1 + a2 * c2;
  const h1 = ah + p;
  const h2 = h1 - u;
  const lo = p - (h1 - ah) + (h1 - h2 - u) + al + pe - ue + bl * dh - ah * cl2 - al * ch2 + bh * (t + rl * (1 - ch2));
  const hi = h2 + lo;
  const low = lo - (hi - h2);
  state.resultLow = negative ? -low : low;
  state.resultError = TAIL_ERROR * (Math.abs(bh * t) + Math.abs(ah) * d2 * d2) + SUM_ERROR * (Math.abs(ah) + Math.abs(hi));
  state.resultHigh = negative ? -hi : hi;
}

/**
 * sin, cos (which = 0, 1) or tan (which = 2) before rounding, for 2^-27 <= |x| < 823549; the
 * quadrant's sign is applied to hi and low.
 */
export function trigApproximation(x: number, which: 0 | 1 | 2): number {
  operands[0] = x;
  trigCore(which);
  return operands[0];
}

/** trigApproximation of operands[0] into operands[0] (no double crosses the call). */
function trigCore(which: 0 | 1 | 2): void {
  reduce();
  const odd = (state.quadrant & 1) === 1;
  if (which === 2) {
    tanOfReduced(odd);
    return;
  }
  const useSin = odd !== (which === 0);
  sinOrCosReduced(useSin);
  const hi = state.resultHigh;
  // sin x = sin r, cos r, -sin r, -cos r and cos x = cos r, -sin r, -cos r, sin r by state.quadrant.
  const negative = which === 0 ? state.quadrant >= 2 : state.quadrant === 1 || state.quadrant === 2;
  approximation.low = negative ? -state.resultLow : state.resultLow;
  approximation.error = state.resultError + state.reductionError;
  approximation.scale = 0;
  operands[0] = negative ? -hi : hi;
}

/** tan r, or -cot r in odd quadrants (r in state), into operands[0]: a double-double quotient. */
function tanOfReduced(odd: boolean): void {
  sinOrCosReduced(true);
  const sh = state.resultHigh;
  const sl = state.resultLow;
  const relative = state.resultError / Math.abs(sh);
  sinOrCosReduced(false);
  const ch = state.resultHigh;
  const cl = state.resultLow;
  const nh = odd ? -ch : sh;
  const nl = odd ? -cl : sl;
  const dh = odd ? sh : ch;
  const dl = odd ? sl : cl;
  const q = nh / dh;
  const p = q * dh;
  let s = SPLIT * q;
  const q1 = s - (s - q);
  const q2 = q - q1;
  s = SPLIT * dh;
  const d1 = s - (s - dh);
  const d2 = dh - d1;
  const pe = q1 * d1 - p + q1 * d2 + q2 * d1 + q2 * d2;
  const lo = (nh - p - pe + nl - q * dl) / dh;
  const hi = q + lo;
  approximation.low = lo - (hi - q);
  approximation.error = Math.abs(hi) * (relative + state.resultError / Math.abs(ch) + SUM_ERROR) + state.reductionError * (1 + hi * hi);
  approximation.scale = 0;
  operands[0] = hi;
}

function inRange(x: number): boolean {
  return Math.abs(x) < REDUCTION_LIMIT;
}

export function sin(x: number): number {
  if (Math.abs(x) < TINY) return x; // sin x = x - x³/6… rounds to x
  if (!inRange(x)) return x - x === 0 ? sinAccurate(x) : Number.NaN;
  const result = roundUnscaled(trigApproximation(x, 0));
  return Number.isNaN(result) ? sinAccurate(x) : result;
}

export function cos(x: number): number {
  operands[0] = x;
  cosInPlace();
  return operands[0];
}

/** operands[0] = cos(operands[0]), for callers where a call V8 does not inline would box the doubles. */
export function cosInPlace(): void {
  const x = operands[0];
  if (Math.abs(x) < TINY) {
    operands[0] = 1; // cos x = 1 - x²/2… rounds to 1
    return;
  }
  if (!(Math.abs(x) < REDUCTION_LIMIT)) {
    operands[0] = x - x === 0 ? cosAccurate(x) : Number.NaN;
    return;
  }
  trigCore(1);
  if (!roundOperand()) operands[0] = cosAccurate(x);
}

export function tan(x: number): number {
  if (Math.abs(x) < TINY) return x; // tan x = x + x³/3… rounds to x
  if (!inRange(x)) return x - x === 0 ? tanAccurate(x) : Number.NaN;
  const result = roundUnscaled(trigApproximation(x, 2));
  return Number.isNaN(result) ? tanAccurate(x) : result;
}
