import { readFileSync } from 'node:fs';
import {
  createRandomSource,
  createSimulation,
  INDICATOR_IDS,
  parseScenario,
  resolveScenario,
  streamId,
} from '../packages/engine/src/index.js';
import type { Persons } from '../packages/engine/src/state/persons.js';

/** Shared pieces of the engine benchmarks: a baseline at a chosen agent count, timing helpers. */
export const BASELINE = (() => {
  const parsed = parseScenario(JSON.parse(readFileSync(new URL('../scenarios/baseline.json', import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('baseline does not parse');
  return parsed.scenario;
})();

/** Persons in the 2021 state (settled + sojourners), to turn a target agent count into persons per agent. */
export const PERSONS_2021 = 614_000 + 808_200 + 209_300 + 2_000 + 3_700 + 639;

export function simulationWithAgents(agents: number, seed = 1) {
  const personsPerAgent = Math.max(1, PERSONS_2021 / agents);
  return createSimulation(resolveScenario({ ...BASELINE, personsPerAgent }), seed);
}

export function liveAgents(persons: Persons): number {
  let n = 0;
  for (let i = 0; i < persons.end; i++) n += persons.alive[i];
  return n;
}

export function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Agent-steps per second of the full model over `steps` quarters after `warmup` quarters. */
export function modelThroughput(agents: number, steps: number, warmup: number) {
  const simulation = simulationWithAgents(agents);
  const row = new Float64Array(INDICATOR_IDS.length);
  for (let i = 0; i < warmup; i++) simulation.advance(row, 0);
  let agentSteps = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < steps; i++) {
    agentSteps += liveAgents(simulation.state.persons);
    simulation.advance(row, 0);
  }
  const elapsed = seconds(start);
  return { agents: liveAgents(simulation.state.persons), agentStepsPerSecond: agentSteps / elapsed, simulation };
}

/**
 * The memory-bandwidth ceiling: one plain pass reading every person column and tie slot once per
 * agent-step (what any rule set must at least touch), with trivial arithmetic. One loop per element
 * type keeps each loop monomorphic, as the rules are.
 */
export function streamingCeiling(persons: Persons, passes: number): number {
  const views = Object.values(persons).filter((v): v is ArrayBufferView => ArrayBuffer.isView(v));
  const live = liveAgents(persons);
  const pass = () => {
    let sink = 0;
    for (const view of views) {
      if (view instanceof Uint8Array) sink += sumUint8(view, persons.end);
      else if (view instanceof Uint16Array) sink += sumUint16(view, persons.end);
      else if (view instanceof Uint32Array) sink += sumUint32(view, persons.end);
      else if (view instanceof Float32Array) sink += sumFloat32(view, persons.end);
      else if (view instanceof Int32Array) sink += sumInt32(view, persons.end * (view.length / persons.capacity));
    }
    return sink;
  };
  // Warm up first (so the passes timed run optimised code), then keep the fastest pass.
  let sink = pass() + pass();
  let fastest = Number.POSITIVE_INFINITY;
  for (let k = 0; k < passes; k++) {
    const start = process.hrtime.bigint();
    sink += pass();
    fastest = Math.min(fastest, seconds(start));
  }
  if (sink === 42) console.log('');
  return live / fastest;
}

function sumUint8(a: Uint8Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i];
  return s;
}
function sumUint16(a: Uint16Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i];
  return s;
}
function sumUint32(a: Uint32Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i];
  return s;
}
function sumInt32(a: Int32Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i];
  return s;
}
function sumFloat32(a: Float32Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i];
  return s;
}

export function randomDrawsPerSecond(draws: number): number {
  const rng = createRandomSource(1);
  const key = rng.streamKey(streamId('bench'), 0);
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < draws; i++) sink += rng.uniform(key, i, 0);
  const elapsed = seconds(start);
  if (sink < 0) console.log(sink);
  return draws / elapsed;
}
