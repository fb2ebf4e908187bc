import { INDICATOR_IDS } from '../../packages/engine/src/index.js';
import { simulationWithAgents } from '../measure.js';

// `node --trace-deopt bench/.build/bench/profile/deoptsAfter.js [agents] [steps]`: prints a marker line
// before each quarter, so V8's deoptimisation trace shows in which quarter each deoptimisation happens.
const simulation = simulationWithAgents(Number(process.argv[2] ?? 1e5));
const row = new Float64Array(INDICATOR_IDS.length);
const steps = Number(process.argv[3] ?? 100);
for (let t = 0; t < steps; t++) {
  console.log(`=== quarter ${t}`);
  simulation.advance(row, 0);
}
