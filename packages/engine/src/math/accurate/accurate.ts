import { bitLength, decompose, expFixed, integerSqrt, ln2Fixed, logFixed, roundToDouble, shift, sinCosFixed } from './fixedPoint.js';

/**
 * The accurate path: correctly rounded results from BigInt fixed-point arithmetic, at 160 bits and
 * then doubling while the value is too close to a rounding boundary (Ziv's strategy). It runs when
 * the fast path cannot decide its rounding (rarely: see the benchmark's count) and in the tests,
 * where it checks the fast path and the generated tables independently. Finite inputs in each
 * function's domain only (exact zeros of the result are handled here, the rest of the special
 * values by the public functions).
 */
const FIRST_PRECISION = 160;
const LAST_PRECISION = 10240;
// Every fixed-point routine is accurate to 2^16 units of its precision (see fixedPoint.ts).
const SLACK = 1n << 16n;

/** value·2^exponent approximates the result within error·2^exponent, at precision about q bits. */
export type Approximation = (q: number) => [value: bigint, exponent: number, error: bigint];

let calls = 0;

/** How many times the accurate path has run in this thread (for benchmarks and tests). */
export function accuratePathCalls(): number {
  return calls;
}

function correctlyRounded(approximate: Approximation, halfway?: () => number): number {
  calls++;
  for (let q = FIRST_PRECISION; ; q *= 2) {
    const [n, k, err] = approximate(q);
    const low = roundToDouble(n - err, k);
    if (low === roundToDouble(n + err, k) || q >= LAST_PRECISION) return low;
    // Only pow has results exactly halfway between two doubles; those never resolve by precision.
    const exact = q === FIRST_PRECISION && halfway ? halfway() : Number.NaN;
    if (!Number.isNaN(exact)) return exact;
  }
}

function fixed(x: number, q: number): bigint {
  const [m, e] = decompose(x);
  return shift(m, e + q);
}

/** e^(t·2^-(q+16)) with its error bound (relative 2^-(q-4), four times expFixed's). */
function expOfFixed(t: bigint, q: number): [bigint, number, bigint] {
  const [n, k] = expFixed(t, q + 16);
  return [n, k, (n >> BigInt(q - 4)) + 1n];
}

/** The approximations of each function at precision q, for x in the function's domain. */
export const approximations = {
  exp(x: number): Approximation {
    return (q) => expOfFixed(fixed(x, q + 16), q);
  },
  expm1(x: number): Approximation {
    return (q) => {
      if (Math.abs(x) >= 0.5) {
        const [n, k, err] = expOfFixed(fixed(x, q + 16), q);
        return k >= 0 ? [(n << BigInt(k)) - 1n, 0, err << BigInt(k)] : [n - (1n << BigInt(-k)), k, err];
      }
      // Taylor series at precision q + 64 (each term rounded by less than a unit).
      const p = q + 64;
      const t = fixed(x, p);
      const one = 1n << BigInt(p);
      let sum = 0n;
      let term = t;
      let n = 2n;
      for (; term !== 0n; n++) {
        sum += term;
        term = (term * t) / (one * n);
      }
      return [sum, -p, n];
    };
  },
  log(x: number): Approximation {
    const [m, e] = decompose(x);
    return (q) => [logFixed(m, e, q), -q, SLACK];
  },
  log1p(x: number): Approximation {
    // 1 + x exactly, as n·2^low.
    const [m, e] = decompose(x);
    const low = Math.min(e, 0);
    const n = shift(m, e - low) + shift(1n, -low);
    return (q) => [logFixed(n, low, q), -q, SLACK];
  },
  log2(x: number): Approximation {
    const [m, e] = decompose(x);
    return (q) => [(logFixed(m, e, q + 16) << BigInt(q)) / ln2Fixed(q + 16), -q, SLACK];
  },
  log10(x: number): Approximation {
    const [m, e] = decompose(x);
    return (q) => [(logFixed(m, e, q + 16) << BigInt(q)) / logFixed(10n, 0, q + 16), -q, SLACK];
  },
  /** |x|^y for x != 0, y finite and |y·log|x|| < 4000 or the result out of range. */
  pow(x: number, y: number): Approximation {
    const [mx, ex] = decompose(Math.abs(x));
    const [my, ey] = decompose(y);
    return (q) => {
      // y·log|x| at precision q + 16; the product's error is |y| times log's.
      const extra = Math.max(0, bitLength(my) + ey) + 32;
      const t = shift(logFixed(mx, ex, q + extra) * my, ey - extra + 16);
      if (t > shift(4000n, q + 16)) return [1n, 4000, 0n];
      if (t < shift(-4000n, q + 16)) return [1n, -4000, 0n];
      return expOfFixed(t, q);
    };
  },
  sin(x: number): Approximation {
    return (q) => [sinCosFixed(x, q)[0], -q, SLACK];
  },
  cos(x: number): Approximation {
    return (q) => [sinCosFixed(x, q)[1], -q, SLACK];
  },
  /** For |x| >= 2^-27. */
  tan(x: number): Approximation {
    return (q) => {
      // sin and cos within 2^-(q+144); |sin x| and |cos x| exceed 2^-62 for every double x >= 2^-27
      // (no double is closer than that to a nonzero multiple of π/2), so the quotient's relative
      // error is below 2^-(q+81).
      const [s, c] = sinCosFixed(x, q + 160);
      const n = (s << BigInt(q)) / c;
      return [n, -q, ((n < 0n ? -n : n) >> BigInt(q + 81)) + SLACK];
    };
  },
};

export function expAccurate(x: number): number {
  return correctlyRounded(approximations.exp(x));
}

export function expm1Accurate(x: number): number {
  return x === 0 ? x : correctlyRounded(approximations.expm1(x));
}

export function logAccurate(x: number): number {
  return x === 1 ? 0 : correctlyRounded(approximations.log(x));
}

export function log1pAccurate(x: number): number {
  return x === 0 ? x : correctlyRounded(approximations.log1p(x));
}

export function log2Accurate(x: number): number {
  return x === 1 ? 0 : correctlyRounded(approximations.log2(x));
}

export function log10Accurate(x: number): number {
  return x === 1 ? 0 : correctlyRounded(approximations.log10(x));
}

/** |x|^y for x != 0 finite and y finite: the caller applies the sign. */
export function powAccurate(x: number, y: number): number {
  return correctlyRounded(approximations.pow(x, y), () => powHalfway(Math.abs(x), y));
}

export function sinAccurate(x: number): number {
  return x === 0 ? x : correctlyRounded(approximations.sin(x));
}

export function cosAccurate(x: number): number {
  return correctlyRounded(approximations.cos(x));
}

export function tanAccurate(x: number): number {
  return x === 0 ? x : correctlyRounded(approximations.tan(x));
}

/**
 * x^y when it is exactly halfway between two doubles (then rounded to even), NaN otherwise.
 * With x = X·2^a (X odd) and y = n/2^j (n odd, or j = 0 and y an integer): x^y is a dyadic
 * rational only if X = Z^(2^j), and then it is Z^n·2^(a·n/2^j). Halfway values have an odd
 * significand of 54 bits (or are odd multiples of 2^-1075 below 2^-1022), so n <= 34, j <= 5.
 */
function powHalfway(x: number, y: number): number {
  let [big, a] = decompose(x);
  while ((big & 1n) === 0n) {
    big >>= 1n;
    a++;
  }
  let [n, e] = decompose(y);
  while (e < 0 && (n & 1n) === 0n) {
    n >>= 1n;
    e++;
  }
  const j = Math.max(0, -e);
  if (e > 0) n <<= BigInt(e);
  if (big === 1n) {
    // x^y = 2^(a·y): halfway only at 2^-1075 (between 0 and the smallest subnormal), which rounds to 0.
    return BigInt(a) * n === -1075n << BigInt(j) ? 0 : Number.NaN;
  }
  if (n <= 0n || n > 64n || j > 5 || a % (1 << j) !== 0) return Number.NaN;
  let root = big;
  for (let i = 0; i < j; i++) root = integerSqrt(root);
  if (root ** (1n << BigInt(j)) !== big) return Number.NaN;
  const value = root ** n;
  const exponent = (a / (1 << j)) * Number(n);
  const bits = bitLength(value);
  const halfway = (bits === 54 && exponent + 53 >= -1022) || (exponent === -1075 && bits + exponent <= -1022);
  return halfway ? roundToDouble(value, exponent) : Number.NaN;
}
