import { powerOfTwo } from './bits.js';
import { approximation, operands } from './rounding.js';
import { EXP2_TABLE, INV_LN2_512, LN2_512_1, LN2_512_2, LN2_512_3 } from './tables.js';

/**
 * The first, cheaper try of exp: the same reduction x = k·ln2/512 + r and table 2^(j/512) as
 * `expCore` (exp.ts), but e^r - 1 and the product with the table in plain double. Most results
 * round as decided by it (about 98%); the rest go on to `expCore` (error 2^-78), so the rounded
 * result is the same double either way.
 * Error, relative to T = 2^(j/512) in [1, 2), with |r| <= 2^-10.5: the polynomial's truncation after
 * r^5 and its evaluation below 2^-71; rounding p = r + (…) to double 2^-64, times th <= 2: 2^-63;
 * rounding th·p (below 2^-9) 2^-63; rounding lo (below 2^-9) 2^-63; table and reduction below
 * 2^-100. So 3.01·2^-63 < 2^-61.4 absolute, and hi >= 0.999: 2^-61.3 of hi. EXP_QUICK_ERROR keeps a
 * margin of 2^2.3 (the elementary functions' tests check the bound on every reference input).
 */
const SHIFT = 6755399441055744; // 1.5·2^52: x + SHIFT - SHIFT rounds x to an integer
const C3 = 1 / 6;
const C4 = 1 / 24;
const C5 = 1 / 120;
/** Relative error bound of `expQuick`. */
export const EXP_QUICK_ERROR = powerOfTwo(-59);

/**
 * e^x ≈ (hi + approximation.low)·2^approximation.scale with hi in [0.99, 2.01], for |x| < 708: x in
 * operands[0], hi into operands[0] (the error, below EXP_QUICK_ERROR·hi, is left to the caller).
 * Through operands as expCore: V8 inlines it into exp and the passes, but where it runs out of budget
 * (e.g. two logistics inlined in the newcomers' set-up) no double crosses the call to be boxed.
 */
export function expQuick(): void {
  const x = operands[0];
  const kf = x * INV_LN2_512 + SHIFT - SHIFT;
  const a = x - kf * LN2_512_1; // exact (Sterbenz)
  const b = -(kf * LN2_512_2); // exact
  const rh = a + b;
  const v = rh - a;
  const rl = a - (rh - v) + (b - v) - kf * LN2_512_3;
  // e^r - 1 = r + r²/2 + … + r^5/120
  const p = rh + (rh * rh * (0.5 + rh * (C3 + rh * (C4 + rh * C5))) + rl);
  const k = kf | 0;
  const j = 3 * (k & 511);
  const th = EXP2_TABLE[j];
  const tl = EXP2_TABLE[j + 1];
  // T·(1 + p) = th + (th·p + tl·(1 + p)), summed exactly into hi + low (|th| >= 1 > |lo|).
  const lo = th * p + (tl + tl * p);
  const hi = th + lo;
  approximation.low = lo - (hi - th);
  approximation.scale = k >> 9;
  operands[0] = hi;
}

/** expQuick with its error bound set, as the other `…Approximation` functions (for the tests). */
export function expQuickApproximation(x: number): number {
  operands[0] = x;
  expQuick();
  const hi = operands[0];
  approximation.error = hi * EXP_QUICK_ERROR;
  return hi;
}
