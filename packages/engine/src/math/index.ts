/**
 * Deterministic elementary functions: the same bits in every JavaScript engine and version.
 *
 * Why. ECMAScript specifies +, -, ×, ÷, comparisons and conversions of doubles exactly (IEEE-754,
 * round to nearest even) but leaves Math.exp, Math.log, Math.pow, `**`, Math.sin, … and even
 * Math.sqrt "implementation-approximated": their last bit differs between engines and between V8
 * versions (Node 20 and Chromium were seen to disagree; Node 20's Math.exp, Math.pow, Math.sin and
 * Math.log are not correctly rounded on 7%, 5%, 3% and 1.4% of the reference inputs, so any other
 * implementation may differ from them anywhere). Each function here
 * returns the correctly rounded value of the exact mathematical result, a single well-defined
 * double, so the result depends on nothing but the input. The code uses only IEEE-754 double
 * operations, exactly specified Math functions (abs, trunc, max, min), typed arrays to read the
 * bits of a double (byte order detected), BigInt, and Math.sqrt as a first guess that sqrt.ts then
 * corrects exactly.
 *
 * How (each file's header has the details and the error analysis):
 * - a fast path in double-double arithmetic (a value as hi + lo; exact sums and products by Knuth's
 *   and Dekker's algorithms, no fused multiply-add needed): table-driven argument reduction
 *   (exp: 2^(j/512); log: 192 reciprocals; sin, cos: i/256) and short Taylor polynomials, giving
 *   the result with an error bound computed per call, 2^-70 … 2^-85 of the result; exp first tries
 *   a quicker evaluation in plain double (expQuick.ts, bound 2^-59), which decides about 98% of
 *   its calls, and takes the double-double path for the rest;
 * - Ziv's rounding test (rounding.ts): if the whole interval [value - bound, value + bound] rounds
 *   to one double, that double is the answer. Otherwise (one call in 3 million or fewer over the
 *   model's ranges, measured; 2^-15 … 2^-25 at worst by the bounds), the accurate path (accurate/)
 *   recomputes in BigInt fixed point at 160, 320, … bits until it can decide (20–60 µs; it is
 *   exercised on every reference input by the tests); results of pow exactly halfway between two
 *   doubles are detected exactly and rounded to even. BigInt arithmetic is exact, so the rare path
 *   is as deterministic as the fast one. sin, cos and tan of |x| >= 823549 always take it;
 * - special values (NaN, ±Infinity, ±0, subnormals, overflow and underflow) as ECMAScript's Math;
 *   pow follows Number::exponentiate (1 ** Infinity is NaN), and `a ** b` means pow(a, b).
 *
 * Checked by tests/engine/math/elementaryFunctions.model.test.ts: every function against 1,200 to 2,500
 * correctly rounded reference values each (scripts/elementaryReference.py, Python's decimal),
 * bit for bit; the accurate path alone against the same values; every error bound against the
 * exact error (BigInt) on those inputs; the tables (scripts/elementaryTables.py) recomputed.
 *
 * Cost (bench/elementary.bench.ts, Node 20, one core, medians in one run, ours / Math.*): exp 1.5–2.8
 * times, expm1 2.1, log, log1p, log2, log10 2.4–2.7, sin and cos 3.1–3.3, tan 4.7, pow 1.6–1.8, sqrt
 * 1.4; in absolute terms 14 to 60 ns a call (tan 100, pow 110) beside 10 to 25 ns (pow 60–70). Much
 * of the difference is the call itself: V8 inlines Math.* but not these (too large), and boxes the
 * doubles crossing a call it does not inline.
 */
export { exp, expInPlace, expm1, expm1InPlace } from './exp.js';
export { log, log1p, log2, log10, logInPlace } from './log.js';
export { pow, powInPlace } from './pow.js';
export { operands } from './rounding.js';
export { sqrt, sqrtInPlace } from './sqrt.js';
export { cos, cosInPlace, sin, tan } from './trig.js';
