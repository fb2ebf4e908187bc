/**
 * Exact operations on the bits of a double: the 32-bit words through a typed-array view (whose byte
 * order is detected once, so the same words are read on any platform) and exact scaling by powers
 * of two. Nothing here rounds except `scaleByPowerOfTwo`, which rounds once, as one IEEE product.
 */
const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
float[0] = 1;
const HIGH = words[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;

/** Sign, exponent and the top 20 bits of the significand, as an unsigned 32-bit integer. */
export function highWord(x: number): number {
  float[0] = x;
  return words[HIGH];
}

/** The low 32 bits of the significand. */
export function lowWord(x: number): number {
  float[0] = x;
  return words[LOW];
}

export function fromWords(high: number, low: number): number {
  words[HIGH] = high;
  words[LOW] = low;
  return float[0];
}

/**
 * 2^k for k = -1074…1023 at index k + 1074: one load (writing a word of a double and reading the
 * double back stalls the processor's store forwarding, which costs more than the rest of a log).
 */
export const POWERS_OF_TWO = new Float64Array(2098);
for (let k = -1074; k <= 1023; k++) {
  const bit = k + 1074;
  POWERS_OF_TWO[bit] =
    k >= -1022 ? fromWords((k + 1023) << 20, 0) : bit >= 32 ? fromWords(1 << (bit - 32), 0) : fromWords(0, (1 << bit) >>> 0);
}

/** 2^k, exactly, for integer k in [-1074, 1023]. */
export function powerOfTwo(k: number): number {
  return POWERS_OF_TWO[k + 1074];
}

/**
 * x·2^k rounded once (so exact when representable), for |x| >= 2^-64 (callers pass values near 1)
 * and integer k in [-2032, 2046]: the first of two products is then exact.
 */
export function scaleByPowerOfTwo(x: number, k: number): number {
  if (k > 1023) return x * powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1022) return x * powerOfTwo(-958) * powerOfTwo(k + 958);
  return x * powerOfTwo(k);
}
