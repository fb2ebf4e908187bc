import { INDICATOR_IDS } from '../packages/engine/src/index.js';
import { simulationWithAgents } from './measure.js';

// Run by engine.bench.ts with --expose-gc and a young generation large enough that no collection
// happens during the measured steps: heap growth over them is then what the steps allocated.
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const simulation = simulationWithAgents(100_000);
const row = new Float64Array(INDICATOR_IDS.length);
for (let i = 0; i < 8; i++) simulation.advance(row, 0);
gc();
const steps = 20;
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < steps; i++) simulation.advance(row, 0);
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ steps, bytesPerStep: (after - before) / steps }));
