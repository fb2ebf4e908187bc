import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';
import { PERSONS_2021 } from '../measure.js';
import { engineRoot } from './bundleEngine.js';

/**
 * One engine in its own process (so no engine's JIT feedback leaks into another's): `tsx
 * bench/speed/engineChild.ts <fused|reference|v1> <bundle> <agents> <warm-up quarters> <quarters>` prints
 * JSON: nanoseconds per agent-step over the measured quarters, live agents, and the young-generation
 * bytes allocated per measured quarter (meaningful when run with --expose-gc and a young generation
 * large enough that no scavenge happens during the measurement).
 */
// `fused@<checkout>` or `reference@<checkout>` runs the engine of another checkout (A/B of a change).
const [engineArg, bundlePath, agentsArg, warmupArg, stepsArg] = process.argv.slice(2);
const engine = engineArg.split('@')[0];
const agents = Number(agentsArg ?? 1e5);
const warmup = Number(warmupArg ?? 10);
const steps = Number(stepsArg ?? 10);

interface EngineModule {
  parseScenario(input: unknown): { ok: boolean; scenario?: Record<string, unknown> };
  resolveScenario(scenario: unknown): unknown;
  createSimulation(
    resolved: unknown,
    seed: number,
    options?: { reference?: boolean },
  ): {
    state: { persons: { end: number; alive: Uint8Array; partner?: Int32Array; buffer: ArrayBufferLike; capacity: number }; hosts: object };
    advance(out: Float64Array, offset: number): void;
  };
  INDICATOR_IDS: readonly string[];
}

const root = engineRoot(engineArg);
// The engine bundled as it ships (bundleEngine.ts), written by the parent before the rounds.
const module = (await import(pathToFileURL(bundlePath).href)) as EngineModule & { memberIndexBytes?: () => number };
const rssBefore = process.memoryUsage().rss;
const parsed = module.parseScenario(JSON.parse(readFileSync(`${root}/scenarios/baseline.json`, 'utf8')));
if (!parsed.ok || !parsed.scenario) throw new Error(`${engine}: the baseline does not parse`);
const personsPerAgent = Math.max(1, PERSONS_2021 / agents);
const simulation = module.createSimulation(module.resolveScenario({ ...parsed.scenario, personsPerAgent }), 1, {
  reference: engine === 'reference',
});
const row = new Float64Array(module.INDICATOR_IDS.length);
const persons = simulation.state.persons;
const live = () => {
  let n = 0;
  for (let i = 0; i < persons.end; i++) n += persons.alive[i];
  return n;
};
for (let t = 0; t < warmup; t++) simulation.advance(row, 0);
const young = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_used_size ?? 0;
(globalThis as { gc?: () => void }).gc?.();
let agentSteps = 0;
let nanoseconds = 0;
// Young-generation growth per quarter; a quarter during which a scavenge ran (the young generation
// shrank) tells nothing and is left out; the median of the others is reported.
const grown: number[] = [];
for (let t = 0; t < steps; t++) {
  agentSteps += live();
  const before = young();
  const start = process.hrtime.bigint();
  simulation.advance(row, 0);
  nanoseconds += Number(process.hrtime.bigint() - start);
  const growth = young() - before;
  if (growth >= 0) grown.push(growth);
}
grown.sort((a, b) => a - b);
const youngBytesPerQuarter = grown.length > 0 ? grown[grown.length >> 1] : Number.NaN;
// The state's columns per live agent: the persons' buffer (columns and tie slots) and the host
// majority's typed arrays. Of the buffer, the slots in use ([0, end) of every column), and the
// partner and parent columns over the whole capacity where an engine fills them with -1 at creation
// (v2 before its capacity was projected): slots never written are address space, not memory (the
// buffer's pages are mapped on first write). The whole buffer, spare capacity included, is reported
// too, and the process's resident memory.
const perSlot = persons.buffer.byteLength / persons.capacity;
const filledBeyondEnd = persons.partner?.[persons.capacity - 1] === -1 ? 8 * (persons.capacity - persons.end) : 0;
let hostBytes = 0;
for (const value of Object.values(simulation.state.hosts)) if (ArrayBuffer.isView(value)) hostBytes += value.byteLength;
const columnBytes = perSlot * persons.end + filledBeyondEnd + hostBytes;
const reservedBytes = persons.buffer.byteLength + hostBytes;
// With the network's member index (rebuilt by the repair; kept between quarters).
const indexBytes = module.memberIndexBytes?.() ?? 0;
const agentsNow = live();
console.log(
  JSON.stringify({
    engine: engineArg,
    agents: agentsNow,
    nsPerAgentStep: nanoseconds / agentSteps,
    youngBytesPerQuarter,
    bytesPerAgent: columnBytes / agentsNow,
    bytesPerAgentWithIndex: (columnBytes + indexBytes) / agentsNow,
    reservedBytesPerAgent: reservedBytes / agentsNow,
    residentBytesPerAgent: (process.memoryUsage().rss - rssBefore) / agentsNow,
    heapUsedPerAgent: process.memoryUsage().heapUsed / agentsNow,
  }),
);
