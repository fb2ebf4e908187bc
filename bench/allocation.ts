import { INDICATOR_IDS } from '../packages/engine/src/index.js';
import { simulationWithAgents } from './measure.js';

// Run by engine.bench.ts with --expose-gc and a young generation large enough that no collection
// happens during the measured steps: heap growth over them is then what the steps allocated. The
// warm-up is long enough for V8 to have optimised every sweep (a quarter's rules run once each, so
// the first quarters run partly unoptimised code, which allocates). process.memoryUsage() itself
// allocates a little: that is measured apart and subtracted.
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const warmup = Number(process.argv[2] ?? 40);
const simulation = simulationWithAgents(100_000);
const row = new Float64Array(INDICATOR_IDS.length);
for (let i = 0; i < warmup; i++) simulation.advance(row, 0);
let overhead = 0;
for (let k = 0; k < 100; k++) {
  const a = process.memoryUsage().heapUsed;
  overhead += process.memoryUsage().heapUsed - a;
}
overhead /= 100;
gc();
const steps = 20;
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < steps; i++) simulation.advance(row, 0);
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ warmup, steps, bytesPerStep: (after - before - overhead) / steps }));
