import {
  INITIAL_POPULATION,
  MALE_BIRTH_SHARE,
  SKILL_SHARES,
  STUDENT_STAY_MAX_YEARS,
  STUDENT_STAY_MIN_YEARS,
  studentWeight,
} from '../../packages/engine/src/data/initialPopulation.js';
import {
  BERRY_SHARES,
  HERITAGE_PROFICIENT_SHARE,
  HOME_TRUST_MEDIAN,
  HOST_PROFICIENT_SHARE,
  ORIENTATION_HIGH,
  ORIENTATION_LOW,
  TRUST_SPREAD,
} from '../../packages/engine/src/data/socialPriors.js';
import {
  FERTILITY_FIRST_AGE_YEARS,
  FERTILITY_LAST_AGE_YEARS,
  MAX_AGE_QUARTERS,
  vitalRatesOf,
} from '../../packages/engine/src/data/vitalRates.js';
import { COUNTRY_OF_HOST } from '../../packages/engine/src/data/worldPopulationProspects.js';
import { type RandomSource, streamId } from '../../packages/engine/src/rng.js';
import { migrantArrivalsPerYear } from '../../packages/engine/src/rules/applyLabourMigration.js';
import { quarterlyChance } from '../../packages/engine/src/rules/applyStatusChanges.js';
import { lever, param } from '../../packages/engine/src/rules/rule.js';
import { DIASPORAS, findParameter, STUDENT_CORRIDOR } from '../../packages/engine/src/scenario/catalog/index.js';
import { newcomerId } from '../../packages/engine/src/state/codes.js';
import { ringPosition } from '../../packages/engine/src/state/network.js';
import { drawRegion } from '../../packages/engine/src/state/newcomers.js';
import { type Agent, blankAgent, type Host, isHost, type NaiveWorld, placeAgent, removeAgent } from './model.js';

/** The demography rules, naively: ageing and death, births, migrants, students, status, return, network repair. */
type Levers = Readonly<Record<string, number>>;
type Params = Readonly<Record<string, number>>;

const SETTLED = 0;
const MIGRANT = 1;
const STUDENT = 2;
const CITIZEN = 0;
const RESIDENT = 1;
const PERMIT = 2;
const IRREGULAR = 3;

function drawSkill(shares: readonly number[], u: number): number {
  return u < shares[0] ? 0 : u < shares[0] + shares[1] ? 1 : 2;
}

// Not yet the engine's demography (households, unions, family reunification): vital rates by year only.
export function ageingAndDeath(world: NaiveWorld, params: Params, rng: RandomSource, step: number): void {
  const year = Math.min(24, Math.floor(step / 4));
  const tables = vitalRatesOf(params).death;
  const key = rng.streamKey(streamId('ageing and death'), step);
  world.agents.forEach((agent, position) => {
    if (!agent?.alive) return;
    if (rng.uniform(key, agent.id, 0) < tables[COUNTRY_OF_HOST[agent.diaspora]][agent.sex][year][agent.ageQuarters]) {
      removeAgent(world, position);
      const tally = world.tallies[agent.diaspora];
      if (agent.kind === SETTLED) tally.deathsSettled += agent.weight;
      else tally.deathsSojourners += agent.weight;
      return;
    }
    agent.ageQuarters = Math.min(agent.ageQuarters + 1, MAX_AGE_QUARTERS);
    if (agent.quartersInHost < 0xffff) agent.quartersInHost++;
  });
}

function newcomer(
  world: NaiveWorld,
  step: number,
  kind: number,
  index: number,
  diaspora: number,
  region: number,
  agentKind: number,
  weight: number,
): Agent {
  const agent = blankAgent(newcomerId(step, kind, diaspora * (1 << 19) + index));
  world.newcomersThisStep[kind]++;
  agent.diaspora = diaspora;
  agent.region = region;
  agent.kind = agentKind;
  agent.weight = weight;
  placeAgent(world, agent);
  return agent;
}

export function births(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const fertility = vitalRatesOf(params).fertility;
  const year = Math.min(24, Math.floor(step / 4));
  const key = rng.streamKey(streamId('births'), step);
  const children = [0, 0];
  const mothers = world.agents.length;
  for (let position = 0; position < mothers; position++) {
    const mother = world.agents[position];
    if (!mother?.alive || mother.sex !== 0 || mother.kind !== SETTLED) continue;
    const age = mother.ageQuarters;
    if (age < FERTILITY_FIRST_AGE_YEARS * 4 || age >= (FERTILITY_LAST_AGE_YEARS + 1) * 4) continue;
    const group = Math.floor((age - FERTILITY_FIRST_AGE_YEARS * 4) / 20);
    if (rng.uniform(key, mother.id, 0) >= fertility[mother.diaspora][year][group]) continue;
    const d = mother.diaspora;
    const child = newcomer(world, step, 0, children[d]++, d, mother.region, SETTLED, mother.weight);
    child.sex = rng.uniform(key, child.id, 1) < MALE_BIRTH_SHARE ? 1 : 0;
    child.generation = Math.min(mother.generation + 1, 3);
    child.legal = CITIZEN;
    child.skill = drawSkill(SKILL_SHARES.settled, rng.uniform(key, child.id, 2));
    for (const field of [
      'heritageLanguage',
      'hostLanguage',
      'heritageOrientation',
      'hostOrientation',
      'heritageAnchor',
      'hostAnchor',
      'trustHost',
      'trustHome',
    ] as const) {
      child[field] = mother[field];
    }
    child.homeTies = mother.homeTies * param(params, 'home_ties.inheritance');
    world.tallies[d].births += child.weight;
  }
  void levers;
}

export function labourMigration(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('labour migration'), step);
  const settleShare = param(params, 'migration.settle_share');
  const count = world.agents.length;
  for (let position = 0; position < count; position++) {
    const agent = world.agents[position];
    if (!agent?.alive || agent.kind !== MIGRANT) continue;
    agent.quartersLeft--;
    if (agent.quartersLeft > 0) continue;
    if (rng.uniform(key, agent.id, 0) < settleShare) {
      agent.kind = SETTLED;
      world.tallies[agent.diaspora].transfersToSettled += agent.weight;
    } else {
      removeAgent(world, position);
      world.tallies[agent.diaspora].departures += agent.weight;
    }
  }
  const meanStayYears = param(params, 'migration.mean_stay_years');
  const weight = Math.max(1, Math.round(world.personsPerAgent));
  DIASPORAS.forEach((diasporaId, d) => {
    const access = lever(levers, `${diasporaId}.migrant_legal_access`);
    const perYear = migrantArrivalsPerYear(d, world.economy, levers, params, access, meanStayYears);
    const arrivals = Math.floor(perYear / 4 / weight + rng.uniform(key, 0x7fffffff, d));
    for (let k = 0; k < arrivals; k++) {
      const agent = newcomer(world, step, 1, k, d, 0, MIGRANT, weight);
      agent.region = drawRegion(world.regions, d, 'migrantShare', rng.uniform(key, agent.id, 1));
      agent.ageQuarters = Math.floor((18 + 27 * rng.uniform(key, agent.id, 2) ** 1.5) * 4);
      agent.sex = rng.uniform(key, agent.id, 3) < INITIAL_POPULATION[d].migrantMaleShare ? 1 : 0;
      agent.generation = 1;
      agent.legal = rng.uniform(key, agent.id, 4) < access ? PERMIT : IRREGULAR;
      agent.skill = drawSkill(SKILL_SHARES.labourMigrant, rng.uniform(key, agent.id, 5));
      agent.quartersLeft = geometricQuarters(meanStayYears * 4, rng.uniform(key, agent.id, 6));
      arrivalSocialTraits(agent, params, rng, step);
      arrivalEconomicTraits(world, agent, levers, params, rng, step);
      world.tallies[d].arrivals += weight;
    }
  });
}

function geometricQuarters(meanQuarters: number, u: number): number {
  if (meanQuarters <= 1) return 1;
  return Math.min(65535, 1 + Math.floor(Math.log(1 - u) / Math.log(1 - 1 / meanQuarters)));
}

export function studentExchange(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('student exchange'), step);
  const stayOnShare = param(params, 'students.stay_on_share');
  const count = world.agents.length;
  for (let position = 0; position < count; position++) {
    const agent = world.agents[position];
    if (!agent?.alive || agent.kind !== STUDENT) continue;
    agent.quartersLeft--;
    if (agent.quartersLeft > 0) continue;
    if (rng.uniform(key, agent.id, 0) < stayOnShare) {
      agent.kind = SETTLED;
      agent.exchangeAlumnus = true;
      world.tallies[agent.diaspora].transfersToSettled += agent.weight;
    } else {
      removeAgent(world, position);
      world.tallies[agent.diaspora].departures += agent.weight;
    }
  }
  const weight = studentWeight(world.personsPerAgent);
  DIASPORAS.forEach((diasporaId, d) => {
    const intake = lever(levers, `${STUDENT_CORRIDOR[diasporaId]}.student_exchange_slots`);
    const arrivals = Math.floor(intake / 4 / weight + rng.uniform(key, 0x7fffffff, d));
    for (let k = 0; k < arrivals; k++) {
      const agent = newcomer(world, step, 2, k, d, 0, STUDENT, weight);
      agent.region = drawRegion(world.regions, d, 'studentShare', rng.uniform(key, agent.id, 1));
      agent.ageQuarters = Math.floor((18 + 7 * rng.uniform(key, agent.id, 2)) * 4);
      agent.sex = rng.uniform(key, agent.id, 3) < 0.5 ? 1 : 0;
      agent.generation = 1;
      agent.legal = PERMIT;
      agent.skill = drawSkill(SKILL_SHARES.student, rng.uniform(key, agent.id, 4));
      const years =
        STUDENT_STAY_MIN_YEARS + Math.floor(rng.uniform(key, agent.id, 5) * (STUDENT_STAY_MAX_YEARS - STUDENT_STAY_MIN_YEARS + 1));
      agent.quartersLeft = years * 4;
      arrivalSocialTraits(agent, params, rng, step);
      arrivalEconomicTraits(world, agent, levers, params, rng, step);
      world.tallies[d].arrivals += weight;
      world.tallies[d].studentArrivals += weight;
    }
  });
}

function logit(p: number): number {
  return Math.log(p / (1 - p));
}

function encodeAnchor(value: number): number {
  return Math.max(0, Math.min(255, Math.round((value + 0.5) * 127.5)));
}

/** An arrival's languages, orientations with their set points, and trust, from the priors. */
function arrivalSocialTraits(agent: Agent, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('newcomer social traits'), step);
  const id = agent.id;
  const heritageShare = HERITAGE_PROFICIENT_SHARE[agent.diaspora][agent.kind];
  const hostShare = HOST_PROFICIENT_SHARE[agent.diaspora][agent.kind];
  const u = rng.uniform(key, id, 3);
  const heritageProficient = u >= 1 - heritageShare;
  const hostProficient = u < 1 - heritageShare || u >= 2 - heritageShare - hostShare;
  const places = findParameter(`${DIASPORAS[agent.diaspora]}.heritage_school_places`)?.definition.default ?? 0;
  const pupil =
    agent.ageQuarters >= 24 &&
    agent.ageQuarters < 72 &&
    rng.uniform(rng.streamKey(streamId('heritage school places'), 0), id, 0) < Math.min(1, places / 1000);
  const band = (proficient: boolean, level: number) => (proficient ? 0.5 + 0.5 * level : 0.5 * level * 0.998);
  agent.heritageLanguage = band(heritageProficient || pupil, rng.uniform(key, id, 4));
  agent.hostLanguage = band(hostProficient, rng.uniform(key, id, 5));
  const q = rng.uniform(key, id, 0);
  const b = BERRY_SHARES;
  const heritageHigh = q < b.integration || (q >= b.integration + b.assimilation && q < b.integration + b.assimilation + b.separation);
  const hostHigh = q < b.integration + b.assimilation;
  const orientation = (high: boolean, level: number) => {
    const [lo, hi] = high ? ORIENTATION_HIGH : ORIENTATION_LOW;
    return lo + (hi - lo) * level;
  };
  agent.heritageOrientation = orientation(heritageHigh, rng.uniform(key, id, 1));
  agent.hostOrientation = orientation(hostHigh, rng.uniform(key, id, 2));
  const languagePull = param(params, 'acculturation.language_pull');
  agent.hostAnchor = encodeAnchor(
    agent.hostOrientation -
      languagePull * (agent.hostLanguage - 0.5) -
      (agent.legal === CITIZEN ? param(params, 'acculturation.citizenship_pull') : 0),
  );
  agent.heritageAnchor = encodeAnchor(agent.heritageOrientation - languagePull * (agent.heritageLanguage - 0.5) - 0);
  const trustMedian = param(params, agent.kind === STUDENT ? 'attitudes.initial_student_trust' : 'attitudes.initial_diaspora_trust');
  agent.trustHost = 1 / (1 + Math.exp(-(logit(trustMedian) + TRUST_SPREAD * rng.normal(key, id, 8))));
  agent.trustHome = 1 / (1 + Math.exp(-(logit(HOME_TRUST_MEDIAN) + TRUST_SPREAD * rng.normal(key, id, 9))));
}

/** An arrival's home ties; a labour migrant's credentials, job and income. */
function arrivalEconomicTraits(world: NaiveWorld, agent: Agent, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('economy newcomer'), step);
  agent.homeTies = Math.min(Math.max(param(params, 'home_ties.migrant_arrival') + 0.1 * rng.normal(key, agent.id, 10), 0), 1);
  if (agent.kind !== MIGRANT) return;
  const recognition = lever(levers, `${DIASPORAS[agent.diaspora]}.credential_recognition`);
  if (agent.skill !== 0 && !agent.credentialsRecognised) {
    const credentialsKey = rng.streamKey(streamId('credential recognition'), 0);
    if (agent.generation > 1 || rng.uniform(credentialsKey, agent.id, 0) < recognition) agent.credentialsRecognised = true;
  }
  const coefficients = employmentCoefficients(params);
  if (rng.uniform(key, agent.id, 0) < employmentChance(agent, coefficients)) {
    agent.employed = true;
    setIncome(world, agent, coefficients);
  }
}

/** The employment and income assumptions, read once per rule call. */
export function employmentCoefficients(params: Params) {
  return {
    intercept: param(params, 'employment.intercept'),
    language: param(params, 'employment.host_language_effect'),
    legal: param(params, 'employment.legal_status_effect'),
    credentials: param(params, 'employment.credentials_effect'),
    discriminationMemory: param(params, 'employment.discrimination_memory_quarters'),
    discrimination: param(params, 'employment.discrimination_effect'),
    migrant: param(params, 'employment.labour_migrant_effect'),
    migrantWage: param(params, 'income.migrant_wage_ratio'),
    irregularWage: param(params, 'income.irregular_wage_ratio'),
    skillWage: [param(params, 'income.low_skill_wage'), param(params, 'income.mid_skill_wage'), param(params, 'income.high_skill_wage')],
    ownerPremium: param(params, 'income.business_owner_premium'),
  };
}
type EmploymentCoefficients = ReturnType<typeof employmentCoefficients>;

/** logistic(β0 + β1·host language + β2·legal + β3·credentials − β4·discrimination + migrant term). */
export function employmentChance(agent: Agent, c: EmploymentCoefficients): number {
  let x = c.intercept + c.language * agent.hostLanguage;
  if (agent.legal !== IRREGULAR) x += c.legal;
  if (agent.skill !== 0 && agent.credentialsRecognised) x += c.credentials;
  if (agent.quartersSinceDiscrimination < c.discriminationMemory) x -= c.discrimination;
  if (agent.kind === MIGRANT) x += c.migrant;
  return 1 / (1 + Math.exp(-x));
}

export function setIncome(world: NaiveWorld, agent: Agent, c: EmploymentCoefficients): void {
  if (!agent.employed) {
    agent.income = 0;
    return;
  }
  const region = world.regions[agent.region];
  const monthly = (region.diaspora === 0 ? world.economy.wageKazakhstan : world.economy.wageUzbekistan) * region.wageLevel;
  if (agent.kind === MIGRANT) {
    agent.income = 12 * monthly * c.migrantWage * (agent.legal === IRREGULAR ? c.irregularWage : 1);
    return;
  }
  const skill = agent.credentialsRecognised ? agent.skill : 0;
  agent.income = 12 * monthly * c.skillWage[skill] * (agent.businessOwner ? c.ownerPremium : 1);
}

export function statusChanges(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('status changes'), step);
  const toPermit = quarterlyChance(param(params, 'status.regularisation_rate'));
  const toResident = quarterlyChance(1 / param(params, 'status.permit_to_residence_years'));
  const toCitizen = quarterlyChance(param(params, 'status.naturalisation_take_up'));
  const wait = DIASPORAS.map((d) => lever(levers, `${d}.naturalization_wait_years`) * 4);
  for (const agent of world.agents) {
    if (!agent?.alive || agent.kind !== SETTLED || agent.legal === CITIZEN) continue;
    const u = rng.uniform(key, agent.id, 0);
    if (agent.legal === IRREGULAR) {
      if (u < toPermit) agent.legal = PERMIT;
    } else if (agent.legal === PERMIT) {
      if (u < toResident) agent.legal = RESIDENT;
    } else if (agent.quartersInHost >= wait[agent.diaspora] && u < toCitizen) agent.legal = CITIZEN;
  }
}

export function returnToKinState(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('return to kin state'), step);
  const dependence = param(params, 'return.incentive_dependence');
  const incentive = lever(levers, 'kz_in_uz.repatriation_incentive');
  const kazakhRate = param(params, 'return.kz_in_uz_base_rate') * (1 - dependence + (dependence * incentive) / 0.5);
  const uzbekChance = quarterlyChance(param(params, 'return.uz_in_kz_base_rate'));
  const homeTiesEffect = param(params, 'return.home_ties_effect');
  const integrationEffect = param(params, 'return.integration_effect');
  world.agents.forEach((agent, position) => {
    if (!agent?.alive || agent.kind !== SETTLED) return;
    let chance = uzbekChance;
    if (agent.diaspora === 1) {
      const multiplier =
        Math.max(0, 1 + homeTiesEffect * (agent.homeTies - 0.5)) * Math.max(0, 1 - integrationEffect * (agent.hostOrientation - 0.5));
      chance = quarterlyChance(kazakhRate * multiplier);
    }
    if (rng.uniform(key, agent.id, 0) < chance) {
      removeAgent(world, position);
      world.tallies[agent.diaspora].returnsToKinState += agent.weight;
    }
  });
}

/** Members of each region sorted around the ring (by position, then id): rebuilt for every repair. */
interface Ring {
  members: Agent[];
  positions: number[];
}

function buildRings(world: NaiveWorld): Ring[] {
  const rings: Ring[] = world.regions.map(() => ({ members: [], positions: [] }));
  for (const agent of world.agents) if (agent?.alive) rings[agent.region].members.push(agent);
  for (const ring of rings) {
    const placed = ring.members.map((agent) => ({ agent, position: ringPosition(agent.id) }));
    placed.sort((a, b) => a.position - b.position || a.agent.id - b.agent.id);
    ring.members = placed.map((p) => p.agent);
    ring.positions = placed.map((p) => p.position);
  }
  return rings;
}

/** The first member at or after position u on the ring, wrapping round, other than `self`. */
function ringMember(ring: Ring, self: Agent, u: number): Agent | undefined {
  const position = Math.floor(u * 4294967296);
  const n = ring.members.length;
  // Binary search for the first position at or after u.
  let first = 0;
  let last = n;
  while (first < last) {
    const middle = (first + last) >> 1;
    if (ring.positions[middle] < position) first = middle + 1;
    else last = middle;
  }
  for (let k = 0; k < n; k++) {
    const member = ring.members[(first + k) % n];
    if (member !== self) return member;
  }
  return undefined;
}

function diasporaMember(world: NaiveWorld, rings: Ring[], self: Agent, d: number, u: number): Agent | undefined {
  const regions = rings.map((_, r) => r).filter((r) => world.regions[r].diaspora === d);
  let target = u * regions.reduce((sum, r) => sum + rings[r].members.length, 0);
  for (const r of regions) {
    const count = rings[r].members.length;
    if (target < count) {
      const member = ringMember(rings[r], self, target / count);
      if (member) return member;
      target = 0;
      continue;
    }
    target -= count;
  }
  return undefined;
}

function drawTie(world: NaiveWorld, rings: Ring[], agent: Agent, longRangeShare: number, u0: number, u1: number, u2: number): Agent | Host {
  const r = agent.region;
  const d = agent.diaspora;
  const longRange = u1 < longRangeShare;
  if (u0 < world.regions[r].enclaveShare) {
    const person = longRange ? diasporaMember(world, rings, agent, d, u2) : ringMember(rings[r], agent, u2);
    if (person) return person;
  }
  let candidates = world.hostsOfRegion[r];
  if (longRange || candidates.length === 0) candidates = world.hostsOfDiaspora[d];
  return candidates[Math.floor(u2 * candidates.length)];
}

export function networkRepair(world: NaiveWorld, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('network repair'), step);
  const longRangeShare = param(params, 'network.long_range_share');
  const rings = buildRings(world);
  const firstNewcomer = newcomerId(step, 0, 0);
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    if (agent.id >= firstNewcomer && agent.id < firstNewcomer + 0x400000) {
      for (let k = 0; k < 10; k++) {
        agent.ties[k] = drawTie(
          world,
          rings,
          agent,
          longRangeShare,
          rng.uniform(key, agent.id, 3 * k),
          rng.uniform(key, agent.id, 3 * k + 1),
          rng.uniform(key, agent.id, 3 * k + 2),
        );
      }
      continue;
    }
    agent.ties.forEach((tie, k) => {
      if (isHost(tie) || tie.alive) return;
      const u0 = rng.uniform(key, agent.id, 40 + 2 * k);
      const u1 = rng.uniform(key, agent.id, 41 + 2 * k);
      // A friend of a friend: one of the leaver's own living ties, from a random start.
      const start = Math.floor(u0 * 10);
      for (let m = 0; m < 10; m++) {
        const candidate = tie.ties[(start + m) % 10];
        if (!isHost(candidate) && candidate !== agent && candidate.alive) {
          agent.ties[k] = candidate;
          return;
        }
      }
      agent.ties[k] = ringMember(rings[agent.region], agent, u1) ?? drawTie(world, rings, agent, 1, 0, 0, u1);
    });
  }
  for (const position of world.leftPositions) {
    world.agents[position] = null;
    world.freePositions.push(position);
  }
  world.leftPositions = [];
}
