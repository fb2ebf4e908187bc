import { getHeapSpaceStatistics } from 'node:v8';
import { INDICATOR_IDS } from '../packages/engine/src/index.js';
import { simulationWithAgents } from './measure.js';

// Run by engine.bench.ts with --expose-gc and a young generation large enough that no collection
// happens during the measured steps: the growth of the young generation over them is then what the
// steps allocated (new objects: compiled code and large arrays are counted apart, in their own spaces;
// both are reported). The warm-up is long enough for V8 to have optimised every sweep (a quarter's
// rules run once each, so the first quarters run partly unoptimised code, which allocates).
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const warmup = Number(process.argv[2] ?? 40);
const simulation = simulationWithAgents(100_000);
const row = new Float64Array(INDICATOR_IDS.length);
for (let i = 0; i < warmup; i++) simulation.advance(row, 0);
function spaces(): { young: number; all: number } {
  let young = 0;
  let all = 0;
  for (const space of getHeapSpaceStatistics()) {
    all += space.space_used_size;
    if (space.space_name === 'new_space') young += space.space_used_size;
  }
  return { young, all };
}
gc();
const steps = 20;
const before = spaces();
for (let i = 0; i < steps; i++) simulation.advance(row, 0);
const after = spaces();
console.log(
  JSON.stringify({ warmup, steps, bytesPerStep: (after.young - before.young) / steps, allSpacesPerStep: (after.all - before.all) / steps }),
);
