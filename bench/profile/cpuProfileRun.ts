import { INDICATOR_IDS } from '../../packages/engine/src/index.js';
import { seconds, simulationWithAgents } from '../measure.js';

// A plain run for `node --cpu-prof --import tsx bench/profile/cpuProfileRun.ts [agents] [steps]`:
// the profile must come from a script inside the repo (loaded as ESM, as the engine runs).
const agents = Number(process.argv[2] ?? 1e5);
const steps = Number(process.argv[3] ?? 12);
const simulation = simulationWithAgents(agents);
const row = new Float64Array(INDICATOR_IDS.length);
const start = process.hrtime.bigint();
for (let t = 0; t < steps; t++) simulation.advance(row, 0);
console.log(`${steps} steps at ${agents} agents: ${seconds(start).toFixed(2)} s`);
