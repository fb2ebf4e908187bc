import type { RandomSource } from '../../packages/engine/src/rng.js';
import { createRandomSource, streamId } from '../../packages/engine/src/rng.js';
import type { Persons } from '../../packages/engine/src/state/persons.js';
import { stepper } from '../ruleProfile.js';

// Scratch measurements: cost of one draw per agent and of a trivial pass, in functions (not module scope).
const run = stepper(Number(process.argv[2] ?? 1e5));
for (let t = 0; t < 3; t++) run.advance();
const p = run.state.persons;
let live = 0;
for (let i = 0; i < p.end; i++) live += p.alive[i];
const rng = createRandomSource(1);
const out = new Float64Array(p.end);

function drawPass(p: Persons, rng: RandomSource, key: number): number {
  const { alive, id } = p;
  let s = 0;
  for (let i = 0; i < p.end; i++) {
    if (alive[i] === 0) continue;
    s += rng.uniform(key, id[i], 3) < 0.5 ? 1 : 0;
  }
  return s;
}
function trivialPass(p: Persons, out: Float64Array): void {
  const { alive, homeTies, trustHome } = p;
  for (let i = 0; i < p.end; i++) {
    if (alive[i] === 0) continue;
    out[i] = homeTies[i] + trustHome[i];
  }
}
function time(label: string, f: () => void) {
  for (let rep = 0; rep < 4; rep++) {
    const start = process.hrtime.bigint();
    for (let r = 0; r < 20; r++) f();
    const ns = Number(process.hrtime.bigint() - start) / 20 / live;
    console.log(`${label}: ${ns.toFixed(2)} ns/agent`);
  }
}
const key = rng.streamKey(streamId('x'), 0);
time('one draw per live agent', () => drawPass(p, rng, key));
time('trivial pass', () => trivialPass(p, out));
function drawPassIndex(p: Persons, rng: RandomSource, key: number): number {
  const { alive } = p;
  let s = 0;
  for (let i = 0; i < p.end; i++) {
    if (alive[i] === 0) continue;
    s += rng.uniform(key, i, 3) < 0.5 ? 1 : 0;
  }
  return s;
}
function drawPassNoAlive(p: Persons, rng: RandomSource, key: number): number {
  let s = 0;
  for (let i = 0; i < p.end; i++) {
    s += rng.uniform(key, i, 3) < 0.5 ? 1 : 0;
  }
  return s;
}
function drawPassSum(n: number, rng: RandomSource, key: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += rng.uniform(key, i, 0);
  return s;
}
time('draw keyed by slot', () => drawPassIndex(p, rng, key));
time('draw, no alive check', () => drawPassNoAlive(p, rng, key));
time('draw summed (as randomDrawsPerSecond)', () => drawPassSum(live, rng, key));
let dead = 0; for (let i = 0; i < p.end; i++) dead += p.alive[i] ? 0 : 1;
console.log(`end ${p.end} live ${live} dead slots ${dead}`);
