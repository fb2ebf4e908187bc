import { accuratePathCalls } from '../packages/engine/src/math/accurate/accurate.js';
import * as deterministic from '../packages/engine/src/math/index.js';

/**
 * `npx tsx bench/elementary.bench.ts`: nanoseconds per call of the engine's deterministic elementary
 * functions beside the engine's own Math.* on the same inputs, in this one run (compare the ratios,
 * not the absolute times, on a shared machine). Inputs span the ranges the model uses. Each figure
 * is the median of 7 alternating rounds of 2^22 calls.
 */
type Unary = (x: number) => number;
type Binary = (x: number, y: number) => number;

const CALLS = 1 << 22;
let seed = 20240611;
function uniform(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
}
function inputs(draw: () => number): Float64Array {
  return Float64Array.from({ length: 4096 }, draw);
}

// Each measured function gets its own copy of the timing loop (a new Function has its own type
// feedback), so that its call site stays monomorphic, as at a call site in the engine: V8 then
// inlines Math.* there, and our functions as far as its budget allows.
const LOOP = `
  let sink = 0;
  const start = performance.now();
  for (let done = 0; done < calls; done += xs.length) for (let i = 0; i < xs.length; i++) sink += f(xs[i], ys[i]);
  const elapsed = performance.now() - start;
  if (sink === 0.123) console.log(sink); // keep the results alive
  return (elapsed * 1e6) / calls;`;
type Loop = (f: Binary, xs: Float64Array, ys: Float64Array, calls: number) => number;
const newLoop = () => new Function('f', 'xs', 'ys', 'calls', LOOP) as Loop;

function timer(f: Unary | Binary, xs: Float64Array, ys: Float64Array = xs): () => number {
  const loop = newLoop();
  return () => loop(f as Binary, xs, ys, CALLS);
}

const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1];
const ROUNDS = Number(process.env.ROUNDS ?? 7);

function compare(label: string, ours: () => number, theirs: () => number): void {
  const a: number[] = [];
  const b: number[] = [];
  ours();
  theirs();
  const before = accuratePathCalls();
  for (let round = 0; round < ROUNDS; round++) {
    b.push(theirs());
    a.push(ours());
  }
  const taken = accuratePathCalls() - before;
  const [mine, engine] = [median(a), median(b)];
  console.log(
    `${label.padEnd(44)} ${engine.toFixed(1).padStart(8)} ${mine.toFixed(1).padStart(8)} ${(mine / engine).toFixed(2).padStart(7)}   ${taken}`,
  );
}

const unary = (name: string, range: string, ours: Unary, theirs: Unary, xs: Float64Array) =>
  compare(`${name} ${range}`, timer(ours, xs), timer(theirs, xs));

console.log(`ns per call (median of ${ROUNDS} rounds of ${CALLS} calls), Node ${process.versions.node}, V8 ${process.versions.v8}`);
console.log(`${'function, inputs'.padEnd(44)} ${'Math.*'.padStart(8)} ${'ours'.padStart(8)} ${'ratio'.padStart(7)}   accurate path taken`);
unary(
  'exp',
  '(-40, 40) logistic',
  deterministic.exp,
  Math.exp,
  inputs(() => 80 * uniform() - 40),
);
unary(
  'exp',
  '-(0, 2) hazards',
  deterministic.exp,
  Math.exp,
  inputs(() => -2 * uniform()),
);
unary(
  'expm1',
  '-(0, 0.5) quarterly rates',
  deterministic.expm1,
  Math.expm1,
  inputs(() => -0.5 * uniform()),
);
unary(
  'log',
  '(1e-300, 1) probabilities',
  deterministic.log,
  Math.log,
  inputs(() => 10 ** (-300 * uniform())),
);
unary(
  'log',
  '(0.5, 2)',
  deterministic.log,
  Math.log,
  inputs(() => 0.5 + 1.5 * uniform()),
);
unary(
  'log1p',
  '(-0.5, 1)',
  deterministic.log1p,
  Math.log1p,
  inputs(() => 1.5 * uniform() - 0.5),
);
unary(
  'log2',
  '(1, 1e6) counts',
  deterministic.log2,
  Math.log2,
  inputs(() => 1 + 1e6 * uniform()),
);
unary(
  'log10',
  '(1e-10, 1e10)',
  deterministic.log10,
  Math.log10,
  inputs(() => 10 ** (20 * uniform() - 10)),
);
unary(
  'sqrt',
  '(1e-10, 1e10) variances',
  deterministic.sqrt,
  Math.sqrt,
  inputs(() => 10 ** (20 * uniform() - 10)),
);
unary(
  'sin',
  '(0, π) normal draws',
  deterministic.sin,
  Math.sin,
  inputs(() => Math.PI * uniform()),
);
unary(
  'cos',
  '(0, 2π) normal draws',
  deterministic.cos,
  Math.cos,
  inputs(() => 2 * Math.PI * uniform()),
);
unary(
  'tan',
  '(-1.5, 1.5)',
  deterministic.tan,
  Math.tan,
  inputs(() => 3 * uniform() - 1.5),
);
const bases = inputs(() => 0.9 + 0.2 * uniform());
const exponents = inputs(() => 0.1 + 7.9 * uniform());
compare('pow (0.9, 1.1)^(0.1, 8)', timer(deterministic.pow, bases, exponents), timer(Math.pow, bases, exponents));
const wide = inputs(() => 10 * uniform());
const signed = inputs(() => 16 * uniform() - 8);
compare('pow (0, 10)^(-8, 8)', timer(deterministic.pow, wide, signed), timer(Math.pow, wide, signed));
