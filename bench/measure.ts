import { readFileSync } from 'node:fs';
import { createRandomSource, createSimulation, parseScenario, resolveScenario, streamId } from '../packages/engine/src/index.js';
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
