import { INDICATOR_IDS } from '../packages/engine/src/index.js';
import { liveAgents, seconds, simulationWithAgents } from './measure.js';

// Run in its own process by engine.bench.ts: a 1:1 run (one agent per person) for the baseline's 100
// quarters, reporting time, peak resident memory of this process (which also holds tsx, zod and
// mathjs: about 220 MiB before the first agent, reported too), and how often the columns had to grow.
const rssBeforeMiB = process.memoryUsage().rss / 2 ** 20;
const start = process.hrtime.bigint();
const simulation = simulationWithAgents(Number.POSITIVE_INFINITY);
const setupSeconds = seconds(start);
const row = new Float64Array(INDICATOR_IDS.length);
const agentsAtStart = liveAgents(simulation.state.persons);
const capacityAtStart = simulation.state.persons.capacity;
let growths = 0;
let capacity = capacityAtStart;
let agentSteps = 0;
const run = process.hrtime.bigint();
while (simulation.step < simulation.stepsTotal) {
  agentSteps += liveAgents(simulation.state.persons);
  simulation.advance(row, 0);
  if (simulation.state.persons.capacity !== capacity) {
    growths++;
    capacity = simulation.state.persons.capacity;
  }
}
const runSeconds = seconds(run);
console.log(
  JSON.stringify({
    agentsAtStart,
    agentsAtEnd: liveAgents(simulation.state.persons),
    steps: simulation.stepsTotal,
    setupSeconds,
    seconds: runSeconds,
    agentStepsPerSecond: agentSteps / runSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    bufferMiB: simulation.state.persons.buffer.byteLength / 2 ** 20,
    capacityAtStart,
    capacityAtEnd: capacity,
    slotsUsed: simulation.state.persons.end,
    growths,
    rssBeforeMiB,
  }),
);
