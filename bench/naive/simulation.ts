import { createRandomSource } from '../../packages/engine/src/rng.js';
import { INDICATOR_IDS } from '../../packages/engine/src/scenario/catalog/index.js';
import type { ResolvedScenario } from '../../packages/engine/src/scenario/resolve.js';
import { createInitialState } from '../../packages/engine/src/state/createInitialState.js';
import { ageingAndDeath, births, labourMigration, networkRepair, returnToKinState, statusChanges, studentExchange } from './demography.js';
import {
  bilateralTrade,
  businessFormation,
  civicParticipation,
  economicContext,
  employment,
  homeTies,
  investment,
  knowledgeTransfer,
  remittances,
} from './economy.js';
import { emptyTallies, type NaiveSimulation, naiveWorldOf } from './model.js';
import { observe } from './observe.js';
import { acculturation, attitudes, contacts, discrimination, language, prejudice } from './social.js';

/**
 * A naive run: the engine's initial state (initialisation is not what the benchmark compares)
 * turned into objects, then every quarter the 22 rules of rules/order.ts in the same order,
 * written naively, and the indicators.
 */
export function createNaiveSimulation(resolved: ResolvedScenario, seed: number): NaiveSimulation {
  const rng = createRandomSource(seed);
  const state = createInitialState(resolved, rng);
  return { world: naiveWorldOf(state), resolved, rng, step: 0 };
}

export function advanceNaive(simulation: NaiveSimulation): Record<string, number> {
  const { world, resolved, rng } = simulation;
  const t = simulation.step;
  const levers: Record<string, number> = {};
  for (const [id, values] of resolved.schedules) levers[id] = values[t];
  const params = resolved.assumptions;
  world.tallies = emptyTallies();
  world.newcomersThisStep = [0, 0, 0];
  economicContext(world, levers, t);
  ageingAndDeath(world, params, rng, t);
  births(world, levers, params, rng, t);
  labourMigration(world, levers, params, rng, t);
  studentExchange(world, levers, params, rng, t);
  statusChanges(world, levers, params, rng, t);
  returnToKinState(world, levers, params, rng, t);
  networkRepair(world, params, rng, t);
  contacts(world, levers, params, rng, t);
  discrimination(world, levers, params, rng, t);
  prejudice(world, params, rng);
  language(world, levers, params, rng, t);
  acculturation(world, params);
  employment(world, levers, params, rng, t);
  homeTies(world, levers, params);
  remittances(world, levers, params);
  investment(world, levers, params, rng, t);
  businessFormation(world, levers, params, rng, t);
  bilateralTrade(world, levers, params);
  knowledgeTransfer(world, levers, params, rng, t);
  civicParticipation(world, levers, params, rng, t);
  attitudes(world, levers, params, rng, t);
  simulation.step = t + 1;
  return observe(world);
}

export const NAIVE_INDICATOR_IDS = INDICATOR_IDS;

export function liveNaiveAgents(simulation: NaiveSimulation): number {
  let n = 0;
  for (const agent of simulation.world.agents) if (agent?.alive) n++;
  return n;
}
