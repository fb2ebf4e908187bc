import { INITIAL_POPULATION, migrantWeight, SKILL_SHARES, studentWeight } from '../../data/initialPopulation.js';
import { drawFromCumulative, stableAgeCumulative, vitalRatesOf } from '../../data/vitalRates.js';
import { COUNTRY_OF_HOST, WPP_FIRST_YEAR } from '../../data/worldPopulationProspects.js';
import { type Assumptions, lever, param, type StepValues } from '../../equations/values.js';
import { type RandomSource, streamId } from '../../rng.js';
import { DIASPORAS } from '../../scenario/catalog/index.js';
import { Kind, Legal } from '../codes.js';
import { createHosts, type Hosts } from '../hosts.js';
import type { Persons } from '../persons.js';
import type { SimulationState } from '../simulationState.js';
import {
  drawFirstGenerationLegal,
  drawGeneration,
  drawMigrantAge,
  drawSkill,
  drawStudentAge,
  geometricQuarters,
  resetPerson,
} from './personTraits.js';

const STREAM = streamId('initial demography');
// Draw numbers of the initial demography, per agent id.
const DRAW = { age: 0, sex: 1, generation: 2, legal: 3, skill: 4, inHost: 5, stay: 6, elapsed: 7, inStatus: 8 } as const;
/** Uniform draws for the helpers that take theirs through a Float64Array (personTraits.ts). */
const drawn = new Float64Array(1);
/** The age pyramid is the stable population of this year's life table (2023: the first year after the pandemic). */
const PYRAMID_YEAR = 2023;

/** Agents per region of one kind: the total rounded once, split by largest remainder. */
export function agentsPerRegion(
  state: SimulationState,
  diaspora: number,
  persons: number,
  weight: number,
  shareOf: (r: number) => number,
): Int32Array {
  const counts = new Int32Array(state.regions.length);
  const total = Math.round(persons / weight);
  const remainders: Array<[number, number]> = [];
  let assigned = 0;
  for (let r = 0; r < state.regions.length; r++) {
    if (state.regions[r].diaspora !== diaspora) continue;
    const exact = total * shareOf(r);
    counts[r] = Math.floor(exact);
    assigned += counts[r];
    remainders.push([exact - counts[r], r]);
  }
  remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; assigned < total && k < remainders.length; k++, assigned++) counts[remainders[k][1]]++;
  return counts;
}

/** Number of agents createInitialPopulation will create (to size the columns). */
export function initialAgentCount(state: SimulationState): number {
  let n = 0;
  const ppa = Math.max(1, Math.round(state.personsPerAgent));
  INITIAL_POPULATION.forEach((pop, d) => {
    n +=
      Math.round(pop.settled / ppa) +
      Math.round(pop.labourMigrants / migrantWeight(d, state.personsPerAgent)) +
      Math.round(pop.students / studentWeight(state.personsPerAgent));
  });
  return n;
}

/**
 * Creates the 2021 persons: settled members, labour migrants and exchange students of each diaspora,
 * region by region, with ages, sex, generation, legal status, skill and stay. Ids are 0, 1, 2, … in
 * creation order (= slot at the start).
 */
export function createInitialPopulation(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource): void {
  const p = state.persons;
  const key = rng.streamKey(STREAM, 0);
  const ppa = Math.max(1, Math.round(state.personsPerAgent));
  const hazards = vitalRatesOf(params).hazards;
  const meanStayQuarters = param(params, 'migration.mean_stay_years') * 4;
  DIASPORAS.forEach((diasporaId, d) => {
    const pop = INITIAL_POPULATION[d];
    const bySex = hazards[COUNTRY_OF_HOST[d]];
    const pyramid = [0, 1].map((sex) => stableAgeCumulative(bySex[sex][PYRAMID_YEAR - WPP_FIRST_YEAR], pop.pyramidGrowthRate));
    const legalAccess = lever(levers, `${diasporaId}.migrant_legal_access`);
    const create = (kind: number, weight: number, counts: Int32Array) => {
      for (let r = 0; r < counts.length; r++) {
        for (let n = 0; n < counts[r]; n++) {
          const slot = p.end++;
          resetPerson(p, slot);
          p.id[slot] = slot;
          p.alive[slot] = 1;
          p.diaspora[slot] = d;
          p.region[slot] = r;
          p.kind[slot] = kind;
          p.weight[slot] = weight;
          if (kind === Kind.settled) initialiseSettled(p, slot, rng, key, pyramid, pop.generationShares);
          else if (kind === Kind.labourMigrant) initialiseMigrant(p, slot, rng, key, pop.migrantMaleShare, legalAccess, meanStayQuarters);
          else initialiseStudent(p, slot, rng, key);
        }
      }
    };
    const regions = state.regions;
    create(
      Kind.settled,
      ppa,
      agentsPerRegion(state, d, pop.settled, ppa, (r) => regions[r].settledShare),
    );
    const mw = migrantWeight(d, state.personsPerAgent);
    create(
      Kind.labourMigrant,
      mw,
      agentsPerRegion(state, d, pop.labourMigrants, mw, (r) => regions[r].migrantShare),
    );
    const sw = studentWeight(state.personsPerAgent);
    create(
      Kind.student,
      sw,
      agentsPerRegion(state, d, pop.students, sw, (r) => studentShareOf(state, r)),
    );
  });
}

function studentShareOf(state: SimulationState, r: number): number {
  const region = state.regions[r] as { studentShare?: number; migrantShare: number };
  return region.studentShare ?? region.migrantShare;
}

function initialiseSettled(
  p: Persons,
  slot: number,
  rng: RandomSource,
  key: number,
  pyramid: readonly Float64Array[],
  generationShares: readonly [number, number, number],
): void {
  const id = p.id[slot];
  const sex = rng.uniform(key, id, DRAW.sex) < 0.5 ? 1 : 0;
  p.sex[slot] = sex;
  const age = drawFromCumulative(pyramid[sex], rng.uniform(key, id, DRAW.age));
  p.ageQuarters[slot] = age;
  const generation = drawGeneration(generationShares, rng.uniform(key, id, DRAW.generation));
  p.generation[slot] = generation;
  p.legal[slot] = generation === 1 ? drawFirstGenerationLegal(rng.uniform(key, id, DRAW.legal)) : Legal.citizen;
  p.skill[slot] = drawSkill(SKILL_SHARES.settled, rng.uniform(key, id, DRAW.skill));
  // Born abroad: arrived at some point of their life so far.
  p.quartersInHost[slot] = generation === 1 ? Math.floor(rng.uniform(key, id, DRAW.inHost) * age) : age;
  // Time in the present legal status: a uniform part of the time in the host country (assumption).
  p.quartersInStatus[slot] = Math.floor(rng.uniform(key, id, DRAW.inStatus) * p.quartersInHost[slot]);
}

function initialiseMigrant(
  p: Persons,
  slot: number,
  rng: RandomSource,
  key: number,
  maleShare: number,
  legalAccess: number,
  meanStayQuarters: number,
): void {
  const id = p.id[slot];
  rng.uniformInto(drawn, 0, key, id, DRAW.age);
  p.ageQuarters[slot] = drawMigrantAge(drawn, 0);
  p.sex[slot] = rng.uniform(key, id, DRAW.sex) < maleShare ? 1 : 0;
  p.generation[slot] = 1;
  p.legal[slot] = rng.uniform(key, id, DRAW.legal) < legalAccess ? Legal.temporaryPermit : Legal.irregular;
  p.skill[slot] = drawSkill(SKILL_SHARES.labourMigrant, rng.uniform(key, id, DRAW.skill));
  // Geometric stays are memoryless: time spent so far and time left are both geometric.
  rng.uniformInto(drawn, 0, key, id, DRAW.stay);
  p.quartersLeft[slot] = geometricQuarters(meanStayQuarters, drawn, 0);
  rng.uniformInto(drawn, 0, key, id, DRAW.elapsed);
  p.quartersInHost[slot] = geometricQuarters(meanStayQuarters, drawn, 0) - 1;
}

function initialiseStudent(p: Persons, slot: number, rng: RandomSource, key: number): void {
  const id = p.id[slot];
  p.ageQuarters[slot] = drawStudentAge(rng.uniform(key, id, DRAW.age));
  p.sex[slot] = rng.uniform(key, id, DRAW.sex) < 0.5 ? 1 : 0;
  p.generation[slot] = 1;
  p.legal[slot] = Legal.temporaryPermit;
  p.skill[slot] = drawSkill(SKILL_SHARES.student, rng.uniform(key, id, DRAW.skill));
  // Students present at a date are length-biased: a stay of L years is found with weight L (1..4).
  const u = rng.uniform(key, id, DRAW.stay) * 10;
  const years = u < 1 ? 1 : u < 3 ? 2 : u < 6 ? 3 : 4;
  const elapsed = Math.floor(rng.uniform(key, id, DRAW.elapsed) * years * 4);
  p.quartersInHost[slot] = elapsed;
  p.quartersLeft[slot] = years * 4 - elapsed;
}

/**
 * The host-majority sample: per region about half as many hosts as diaspora agents there, at least
 * 30, sorted by region. Prejudice and attitudes are set by the social initialisation.
 */
export function createHostSample(state: SimulationState): Hosts {
  const regionCount = state.regions.length;
  const agents = new Int32Array(regionCount);
  const p = state.persons;
  for (let i = 0; i < p.end; i++) if (p.alive[i] === 1) agents[p.region[i]]++;
  let total = 0;
  const sizes = new Int32Array(regionCount);
  for (let r = 0; r < regionCount; r++) {
    sizes[r] = Math.max(30, Math.round(agents[r] / 2));
    total += sizes[r];
  }
  const hosts = createHosts(total, regionCount);
  let next = 0;
  for (let r = 0; r < regionCount; r++) {
    hosts.regionStart[r] = next;
    hosts.regionCount[r] = sizes[r];
    for (let k = 0; k < sizes[r]; k++, next++) {
      hosts.region[next] = r;
      hosts.diaspora[next] = state.regions[r].diaspora;
    }
  }
  return hosts;
}
