import { REGIONS } from '../data/regions.js';
import { param, type StepValues } from '../equations/values.js';
import { type RandomSource, streamId } from '../rng.js';
import type { ResolvedScenario } from '../scenario/resolve.js';
import { projectedSlots } from './capacity.js';
import { createEconomy } from './economy.js';
import { createHosts } from './hosts.js';
import { createHostSample, createInitialPopulation, initialAgentCount } from './initial/demography.js';
import { initialiseEconomy } from './initial/economy.js';
import { formInitialHouseholds } from './initial/households.js';
import { initialiseSocialTraits } from './initial/social.js';
import { fillTies, indexMembersByRegion, prepareTieDraws } from './network.js';
import { createPersons } from './persons.js';
import type { SimulationState } from './simulationState.js';
import { createTallies } from './tallies.js';

const NETWORK_STREAM = streamId('initial network');

/** The 2021 state: regions, persons and their households, host-majority sample, network, then social and economic traits. */
export function createInitialState(resolved: ResolvedScenario, rng: RandomSource): SimulationState {
  const levers: Record<string, number> = {};
  for (const [id, values] of resolved.schedules) levers[id] = values[0];
  const params = resolved.assumptions;
  const state: SimulationState = {
    persons: createPersons(0),
    hosts: createHosts(0, REGIONS.length),
    regions: REGIONS,
    economy: createEconomy(),
    timeline: resolved.timeline,
    personsPerAgent: resolved.scenario.personsPerAgent,
    tallies: createTallies(),
    regionRemittances: new Float64Array(REGIONS.length),
    freeSlots: new Int32Array(0),
    freeCount: 0,
    leftSlots: new Int32Array(0),
    leftCount: 0,
    newcomersThisStep: new Int32Array(4),
  };
  const capacity = projectedSlots(resolved, state.personsPerAgent, initialAgentCount(state));
  state.persons = createPersons(capacity);
  state.freeSlots = new Int32Array(capacity);
  state.leftSlots = new Int32Array(capacity);
  state.slotScratch = new Int32Array(capacity);
  createInitialPopulation(state, levers as StepValues, params, rng);
  formInitialHouseholds(state, params, rng);
  state.hosts = createHostSample(state);
  const index = indexMembersByRegion(state);
  prepareTieDraws(param(params, 'network.long_range_share'), rng.streamKey(NETWORK_STREAM, 0));
  for (let i = 0; i < state.persons.end; i++) fillTies(state, index, i, rng);
  initialiseSocialTraits(state, params, rng);
  initialiseEconomy(state, levers, params, rng);
  return state;
}
