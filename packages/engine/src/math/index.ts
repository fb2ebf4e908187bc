/**
 * Deterministic elementary functions: the same bits in every JavaScript engine and every version.
 *
 * Why: ECMAScript specifies +, -, ×, ÷, comparisons and conversions exactly (IEEE-754 double, round to
 * nearest even), but leaves Math.exp, Math.log, Math.pow, `**`, Math.sin, … and even Math.sqrt
 * "implementation-approximated"; V8 versions differ in the last bit (Node 20 and Chromium were seen
 * to). Every function here returns the correctly rounded value of the exact mathematical result, a
 * single well-defined double, so any correct implementation (this one, CORE-MATH, a future engine)
 * gives the same bits. The only Math calls inside are exactly specified ones (abs, trunc) and
 * Math.sqrt as a starting guess whose result is then corrected exactly (sqrt.ts).
 *
 * How (each file's header has the details and the error analysis):
 * - a fast path in double-double arithmetic (pairs hi + lo of doubles; exact sums and products by
 *   Knuth's and Dekker's algorithms, no fused multiply-add needed), table-driven argument reduction
 *   and short polynomials, with a proven-style error bound of 2^-68 … 2^-78 relative;
 * - Ziv's rounding test (rounding.ts): if the whole interval [value - bound, value + bound] rounds to
 *   the same double, that is the answer; otherwise (about once in 10^5 … 10^7 calls, depending on the
 *   function and the range) the accurate path (accurate/) recomputes in BigInt fixed point at 160, 320, …
 *   bits until it can decide. pow's results exactly halfway between two doubles are detected exactly.
 *   BigInt arithmetic is exact, so the rare path is as deterministic as the fast one.
 * - special values (NaN, ±Infinity, ±0, subnormals, overflow and underflow) as ECMAScript's Math.
 *
 * Cost (bench/elementary.bench.ts, Node 20): about 1.5 to 3 times Math.* per call on the fast path
 * (see the figures printed there); the accurate path costs 20 to 60 µs but is rarely taken.
 * Tests: tests/engine/elementaryFunctions.test.ts against scripts/elementaryReference.py's values.
 */
export { exp, expm1 } from './exp.js';
export { log, log1p, log2, log10 } from './log.js';
export { pow } from './pow.js';
export { sqrt } from './sqrt.js';
export { cos, sin, tan } from './trig.js';
