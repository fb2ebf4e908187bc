import { highWord, lowWord, scaleByPowerOfTwo } from '../bits.js';

/**
 * Fixed-point arithmetic on BigInt for the accurate path: a value v at precision q is the integer
 * round-down of v·2^q. BigInt arithmetic is exact and the same in every engine, so everything here
 * is deterministic whatever its speed. Each function states its error in units of 2^-q.
 */

/** x = mantissa·2^exponent exactly (mantissa a signed integer of at most 53 bits); x finite. */
export function decompose(x: number): [bigint, number] {
  const high = highWord(x);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(lowWord(x));
  if (biased !== 0) mantissa |= 1n << 52n;
  return [high >>> 31 ? -mantissa : mantissa, biased === 0 ? -1074 : biased - 1075];
}

export function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

/** n·2^k exactly when k >= 0, rounded down otherwise. */
export function shift(n: bigint, k: number): bigint {
  return k >= 0 ? n << BigInt(k) : n >> BigInt(-k);
}

/** The double nearest to n·2^k (ties to even), with subnormals and overflow as IEEE-754 has them. */
export function roundToDouble(n: bigint, k: number): number {
  if (n === 0n) return 0;
  if (n < 0n) return -roundToDouble(-n, k);
  const top = bitLength(n) - 1 + k;
  if (top > 1023) return Number.POSITIVE_INFINITY;
  // Weight of the last kept bit: 53 significant bits, but never below 2^-1074.
  const last = Math.max(top - 52, -1074);
  const dropped = last - k;
  if (dropped <= 0) return scaleByPowerOfTwo(Number(n), k);
  let q = n >> BigInt(dropped);
  const rest = n - (q << BigInt(dropped));
  const half = 1n << BigInt(dropped - 1);
  if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  return q === 0n ? 0 : scaleByPowerOfTwo(Number(q), last);
}

/** Nearest integer to a/b (b > 0), ties up. */
export function roundedQuotient(a: bigint, b: bigint): bigint {
  const n = 2n * a + b;
  const d = 2n * b;
  const q = n / d;
  return n < 0n && q * d !== n ? q - 1n : q;
}

/** Integer square root (floor) of n >= 0. */
export function integerSqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

// ln 2 and π, computed once at the largest precision asked for so far (error <= 1 unit).
let ln2Cache: [number, bigint] = [0, 0n];
let piCache: [number, bigint] = [0, 0n];

export function ln2Fixed(q: number): bigint {
  if (q > ln2Cache[0]) {
    // ln 2 = 2·atanh(1/3) = Σ 2 / ((2j + 1)·3^(2j + 1))
    const p = q + 32;
    let term = (2n << BigInt(p)) / 3n;
    let sum = 0n;
    for (let j = 1n; term !== 0n; j += 2n, term /= 9n) sum += term / j;
    ln2Cache = [q, sum >> 32n];
  }
  return ln2Cache[1] >> BigInt(ln2Cache[0] - q);
}

function arctanInverse(n: bigint, p: number): bigint {
  let term = (1n << BigInt(p)) / n;
  let sum = 0n;
  const n2 = n * n;
  for (let j = 1n, sign = 1n; term !== 0n; j += 2n, sign = -sign, term /= n2) sum += (sign * term) / j;
  return sum;
}

export function piFixed(q: number): bigint {
  if (q > piCache[0]) {
    // Machin: π = 16·atan(1/5) - 4·atan(1/239)
    const p = q + 32;
    piCache = [q, (16n * arctanInverse(5n, p) - 4n * arctanInverse(239n, p)) >> 32n];
  }
  return piCache[1] >> BigInt(piCache[0] - q);
}

/**
 * e^(t·2^-q) as [n, k] with value n·2^k and relative error below 2^-(q-16), for |t·2^-q| < 2^12.
 * Reduction by ln 2, then by 2^10 (Taylor series), then ten squarings.
 */
export function expFixed(t: bigint, q: number): [bigint, number] {
  const ln2 = ln2Fixed(q);
  const k = roundedQuotient(t, ln2);
  const r = t - k * ln2; // |r| <= ln2/2 + |k| units
  const p = q + 10; // r read at precision p is r/2^10
  const one = 1n << BigInt(p);
  let sum = one;
  let term = one;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * r) / (one * n);
    sum += term;
  }
  for (let i = 0; i < 10; i++) sum = (sum * sum) >> BigInt(p);
  return [sum, Number(k) - p];
}

/**
 * log(n·2^e) for n > 0 at precision q, absolute error below 2^-(q-16) (atanh series of
 * s = (m - 1)/(m + 1) with m in [1/√2, √2]).
 */
export function logFixed(n: bigint, e: number, q: number): bigint {
  const p = q + 16;
  const bits = bitLength(n);
  let exponent = bits - 1 + e;
  const m = shift(n, p - (bits - 1)); // m/2^p in [1, 2)
  const one = 1n << BigInt(p);
  let denominator = one;
  if (m * m > 2n * one * one) {
    denominator = 2n * one;
    exponent += 1;
  }
  const s = ((m - denominator) << BigInt(p)) / (m + denominator);
  const s2 = (s * s) >> BigInt(p);
  let sum = 0n;
  let term = s;
  for (let j = 1n; term !== 0n; j += 2n) {
    sum += term / j;
    term = (term * s2) / one; // truncation towards 0 (a shift would stick at -1)
  }
  return (BigInt(exponent) * ln2Fixed(p) + 2n * sum) >> 16n;
}

/**
 * [sin x, cos x] at precision q, absolute error below 2^-(q-16), for any finite x: x - k·π/2 is
 * formed exactly enough with π to as many bits as x has above 2^-q.
 */
export function sinCosFixed(x: number, q: number): [bigint, bigint] {
  const [mantissa, e] = decompose(x);
  const p = q + 16 + Math.max(0, e + 53);
  const halfPi = piFixed(p - 1); // π/2 at precision p
  const xp = shift(mantissa, p + e);
  const k = roundedQuotient(xp, halfPi);
  const r = (xp - k * halfPi) >> BigInt(p - q - 16); // at precision q + 16
  const w = q + 16;
  const one = 1n << BigInt(w);
  let sin = 0n;
  let cos = 0n;
  let term = one;
  for (let n = 0n; term !== 0n; n++) {
    const sign = (n & 3n) < 2n ? 1n : -1n;
    if ((n & 1n) === 0n) cos += sign * term;
    else sin += sign * term;
    term = (term * r) / (one * (n + 1n));
  }
  const quadrant = Number(((k % 4n) + 4n) % 4n);
  const values: [bigint, bigint][] = [
    [sin, cos],
    [cos, -sin],
    [-sin, -cos],
    [-cos, sin],
  ];
  const [s, c] = values[quadrant];
  return [s >> 16n, c >> 16n];
}
