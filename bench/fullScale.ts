import { INDICATOR_IDS } from '../packages/engine/src/index.js';
import { liveAgents, seconds, simulationWithAgents } from './measure.js';

// Run in its own process by engine.bench.ts: a 1:1 run (one agent per person) for the baseline's 100
// quarters, reporting time and peak resident memory of this process.
const simulation = simulationWithAgents(Number.POSITIVE_INFINITY);
const start = process.hrtime.bigint();
const row = new Float64Array(INDICATOR_IDS.length);
const agentsAtStart = liveAgents(simulation.state.persons);
while (simulation.step < simulation.stepsTotal) simulation.advance(row, 0);
console.log(
  JSON.stringify({
    agentsAtStart,
    agentsAtEnd: liveAgents(simulation.state.persons),
    steps: simulation.stepsTotal,
    seconds: seconds(start),
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    bufferMiB: simulation.state.persons.buffer.byteLength / 2 ** 20,
  }),
);
