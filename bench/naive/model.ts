import type { RandomSource } from '../../packages/engine/src/rng.js';
import type { ResolvedScenario } from '../../packages/engine/src/scenario/resolve.js';
import type { Timeline } from '../../packages/engine/src/scenario/timeline.js';
import type { EconomyState } from '../../packages/engine/src/state/economy.js';
import type { Region } from '../../packages/engine/src/state/regions.js';
import type { SimulationState } from '../../packages/engine/src/state/simulationState.js';

/**
 * The naive version of the model (benchmark only, never shipped): the same rules, equations,
 * parameters and random draws as the engine, written the way object-oriented simulation code is
 * usually written: one object per agent with named fields, ties as arrays of references to other
 * agents or to host objects, hosts as objects, numbers as doubles. It keeps the engine's slot
 * policy (a dead agent leaves a hole that a newcomer reuses, last freed first), so agents are
 * visited in the same order and newcomers get the same ids: over the first quarters its indicators
 * follow the engine's, up to the engine's float32 storage.
 */
export interface Agent {
  id: number;
  alive: boolean;
  diaspora: number;
  region: number;
  kind: number;
  sex: number;
  generation: number;
  legal: number;
  skill: number;
  ageQuarters: number;
  quartersInHost: number;
  quartersLeft: number;
  weight: number;
  quartersSinceDiscrimination: number;
  employed: boolean;
  businessOwner: boolean;
  tradeLink: boolean;
  exchangeAlumnus: boolean;
  credentialsRecognised: boolean;
  associationMember: boolean;
  civicActive: boolean;
  inHeritageSchool: boolean;
  income: number;
  savings: number;
  homeTies: number;
  heritageLanguage: number;
  hostLanguage: number;
  heritageOrientation: number;
  hostOrientation: number;
  trustHost: number;
  trustHome: number;
  heritageAnchor: number;
  hostAnchor: number;
  /** The k network ties: other agents or hosts. */
  ties: Array<Agent | Host>;
  // What the contacts of this quarter were (read by the rules after contacts).
  metTies: boolean[];
  contactsHost: number;
  contactsCoethnic: number;
  metPrejudice: number;
  discriminated: boolean;
}

export interface Host {
  isHost: true;
  index: number;
  diaspora: number;
  region: number;
  prejudice: number;
  attitude: number;
  contactsStep: number;
  contactsYear: number;
}

export function isHost(tie: Agent | Host): tie is Host {
  return (tie as Host).isHost === true;
}

export interface NaiveWorld {
  /** Agents by position; null where one died or left (reused by newcomers, last freed first). */
  agents: Array<Agent | null>;
  freePositions: number[];
  /** Positions of the agents who died or left this quarter, awaiting network repair. */
  leftPositions: number[];
  hosts: Host[];
  hostsOfRegion: Host[][];
  hostsOfDiaspora: Host[][];
  regions: readonly Region[];
  economy: EconomyState;
  timeline: Timeline;
  personsPerAgent: number;
  /** Flows of the quarter by diaspora and name (persons; USD per quarter). */
  tallies: Array<Record<string, number>>;
  newcomersThisStep: number[];
}

export interface NaiveSimulation {
  world: NaiveWorld;
  resolved: ResolvedScenario;
  rng: RandomSource;
  step: number;
}

export function emptyTallies(): Array<Record<string, number>> {
  return [0, 1].map(() => ({
    births: 0,
    deathsSettled: 0,
    deathsSojourners: 0,
    arrivals: 0,
    departures: 0,
    returnsToKinState: 0,
    transfersToSettled: 0,
    studentArrivals: 0,
    remittancesTotal: 0,
    remittancesFormal: 0,
    investment: 0,
    knowledgeTransfer: 0,
    discriminationEvents: 0,
  }));
}

/**
 * The naive world of an engine state (the initial state: initialisation is not what is compared).
 * Every column becomes a field; every tie a reference.
 */
export function naiveWorldOf(state: SimulationState): NaiveWorld {
  const p = state.persons;
  const h = state.hosts;
  const hosts: Host[] = [];
  for (let j = 0; j < h.count; j++) {
    hosts.push({
      isHost: true,
      index: j,
      diaspora: h.diaspora[j],
      region: h.region[j],
      prejudice: h.prejudice[j],
      attitude: h.attitude[j],
      contactsStep: h.contactsStep[j],
      contactsYear: h.contactsYear[j],
    });
  }
  const hostsOfRegion: Host[][] = state.regions.map(() => []);
  for (const host of hosts) hostsOfRegion[host.region].push(host);
  const hostsOfDiaspora: Host[][] = [[], []];
  for (const host of hosts) hostsOfDiaspora[host.diaspora].push(host);
  const agents: Array<Agent | null> = [];
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 0) {
      agents.push(null);
      continue;
    }
    const f = p.flags[i];
    agents.push({
      id: p.id[i],
      alive: true,
      diaspora: p.diaspora[i],
      region: p.region[i],
      kind: p.kind[i],
      sex: p.sex[i],
      generation: p.generation[i],
      legal: p.legal[i],
      skill: p.skill[i],
      ageQuarters: p.ageQuarters[i],
      quartersInHost: p.quartersInHost[i],
      quartersLeft: p.quartersLeft[i],
      weight: p.weight[i],
      quartersSinceDiscrimination: p.quartersSinceDiscrimination[i],
      employed: (f & 1) !== 0,
      businessOwner: (f & 2) !== 0,
      tradeLink: (f & 4) !== 0,
      exchangeAlumnus: (f & 8) !== 0,
      credentialsRecognised: (f & 16) !== 0,
      associationMember: (f & 32) !== 0,
      civicActive: (f & 64) !== 0,
      inHeritageSchool: (f & 128) !== 0,
      income: p.income[i],
      savings: p.savings[i],
      homeTies: p.homeTies[i],
      heritageLanguage: p.heritageLanguage[i],
      hostLanguage: p.hostLanguage[i],
      heritageOrientation: p.heritageOrientation[i],
      hostOrientation: p.hostOrientation[i],
      trustHost: p.trustHost[i],
      trustHome: p.trustHome[i],
      heritageAnchor: p.heritageAnchor[i],
      hostAnchor: p.hostAnchor[i],
      ties: [],
      metTies: [],
      contactsHost: p.contactsHost[i],
      contactsCoethnic: p.contactsCoethnic[i],
      metPrejudice: p.metPrejudice[i],
      discriminated: p.discriminationEvents[i] === 1,
    });
  }
  for (let i = 0; i < p.end; i++) {
    const agent = agents[i];
    if (!agent) continue;
    for (let k = 0; k < 10; k++) {
      const tie = p.ties[i * 10 + k];
      agent.ties.push(tie < 0 ? hosts[~tie] : (agents[tie] as Agent));
      agent.metTies.push(((p.metTies[i] >> k) & 1) === 1);
    }
  }
  return {
    agents,
    freePositions: Array.from(state.freeSlots.subarray(0, state.freeCount)),
    leftPositions: [],
    hosts,
    hostsOfRegion,
    hostsOfDiaspora,
    regions: state.regions,
    economy: { ...state.economy, knowledgeCommunityReference: state.economy.knowledgeCommunityReference.slice() },
    timeline: state.timeline,
    personsPerAgent: state.personsPerAgent,
    tallies: emptyTallies(),
    newcomersThisStep: [0, 0, 0],
  };
}

/** A new agent with every field cleared (as resetPerson clears a slot), its ties pointing at itself. */
export function blankAgent(id: number): Agent {
  const agent: Agent = {
    id,
    alive: true,
    diaspora: 0,
    region: 0,
    kind: 0,
    sex: 0,
    generation: 0,
    legal: 0,
    skill: 0,
    ageQuarters: 0,
    quartersInHost: 0,
    quartersLeft: 0,
    weight: 0,
    quartersSinceDiscrimination: 0xffff,
    employed: false,
    businessOwner: false,
    tradeLink: false,
    exchangeAlumnus: false,
    credentialsRecognised: false,
    associationMember: false,
    civicActive: false,
    inHeritageSchool: false,
    income: 0,
    savings: 0,
    homeTies: 0,
    heritageLanguage: 0,
    hostLanguage: 0,
    heritageOrientation: 0,
    hostOrientation: 0,
    trustHost: 0,
    trustHome: 0,
    heritageAnchor: 0,
    hostAnchor: 0,
    ties: [],
    metTies: [],
    contactsHost: 0,
    contactsCoethnic: 0,
    metPrejudice: 0,
    discriminated: false,
  };
  for (let k = 0; k < 10; k++) {
    agent.ties.push(agent);
    agent.metTies.push(false);
  }
  return agent;
}

/** Places a newcomer: a freed position if any (last freed first), else a new one at the end. */
export function placeAgent(world: NaiveWorld, agent: Agent): void {
  const position = world.freePositions.pop();
  if (position === undefined) world.agents.push(agent);
  else world.agents[position] = agent;
}

/** An agent dies or leaves: its position is freed after the network repair. */
export function removeAgent(world: NaiveWorld, position: number): void {
  (world.agents[position] as Agent).alive = false;
  world.leftPositions.push(position);
}
