import { exp } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import { Flag, Kind } from '../state/codes.js';
import type { Hosts } from '../state/hosts.js';
import { TIES_PER_AGENT } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { prejudiceBaselines } from './applyPrejudice.js';
import { type Assumptions, param, type Rule } from './rule.js';
import {
  CONTACT_DRAW,
  CONTACT_STREAM,
  culturalParticipation,
  hostPersonsPerAgent,
  logistic,
  logit,
  newFloat64Array,
  randomHostOfRegion,
  scratch,
} from './socialShared.js';
import { blockEnd } from './sweep.js';

/**
 * Bilateral attitudes (docs/model.md#bilateral-attitudes). Each host-majority agent holds an attitude
 * toward the diaspora's home country (Kazakhs toward Uzbekistan, Uzbeks toward Kazakhstan), moved two
 * ways. (1) Opinion exchange: in every host contact of the quarter (replayed from the contact draws)
 * the two sides meet under bounded confidence (Deffuant et al. 2000): if the host's attitude a and the
 * person's trust in the host country x differ by less than ε, each moves toward the other by
 * μ·quality (at most ½) of the difference; the host agent's mean moves by that times the share of the
 * persons it stands for who took part (w / host persons per agent). (2) Secondary transfer (Pettigrew
 * 2009; Tausch et al. 2010): contact that lowered a host's prejudice toward the diaspora below its own
 * no-contact level warms its attitude toward the diaspora's country; the attitude relaxes at rate λ
 * toward logistic(logit(a0) + κ·(b − p)), a0 the host's own level, b its no-contact prejudice and p
 * its prejudice now (on the log-odds scale, so the target stays inside 0–1).
 */
export const ATTITUDE_STREAM = streamId('initial host attitudes');

/** A host's own attitude level a0: logistic(logit(initial attitude) + spread·z), z a fixed normal draw of the host. */
export function attitudeBaseline(rng: RandomSource, params: Assumptions, host: number, spread: number): number {
  return logistic(
    logit(param(params, 'attitudes.initial_host_attitude')) + spread * rng.normal(rng.streamKey(ATTITUDE_STREAM, 0), host, 0),
  );
}

/** The log-odds of the hosts' own levels, kept between steps (recomputed when the run, the assumption or the count change). */
const attitudeCache = { key: -1, centre: Number.NaN, values: new Float64Array(0) };

function attitudeBaselines(rng: RandomSource, params: Assumptions, count: number): Float64Array {
  const key = rng.streamKey(ATTITUDE_STREAM, 0);
  const centre = param(params, 'attitudes.initial_host_attitude');
  const c = attitudeCache;
  if (c.key === key && c.centre === centre && c.values.length === count) return c.values;
  if (c.values.length !== count) c.values = new Float64Array(count);
  for (let j = 0; j < count; j++) c.values[j] = logit(attitudeBaseline(rng, params, j, ATTITUDE_SPREAD));
  c.key = key;
  c.centre = centre;
  return c.values;
}

/** Spread of the hosts' own attitude levels on the log-odds scale (as for trust; data/socialPriors.ts). */
export const ATTITUDE_SPREAD = 0.7;

let hostScale: Float64Array | undefined;
const membershipShare = new Float64Array(2);
const attendance = new Float64Array(2);
/** Per-step values the sweep and the rare paths share. */
const setup = {
  epsilon: Number.NaN,
  key: Number.NaN,
  ordinaryStep: Number.NaN,
  studentStep: Number.NaN,
  eventStep: Number.NaN,
  studentContacts: Number.NaN,
  eventContacts: Number.NaN,
};
/** The view of the person in hand, handed to the rare paths and back (a double passed to a call V8 does not inline is boxed). */
const view = new Float64Array(1);
const STUDENT = Kind.student;
const MEMBER = Flag.associationMember;
if (TIES_PER_AGENT !== 10) throw new Error('applyAttitudes indexes 10 tie slots per agent');

export const applyAttitudes: Rule = (state, levers, params, rng, step) => {
  const mu = param(params, 'attitudes.convergence_rate');
  setup.epsilon = param(params, 'attitudes.confidence_threshold');
  setup.studentContacts = param(params, 'contacts.student_host_contacts');
  setup.eventContacts = param(params, 'contacts.event_host_contacts');
  setup.ordinaryStep = Math.min(0.5, mu);
  setup.studentStep = Math.min(0.5, mu * param(params, 'contacts.student_contact_quality'));
  setup.eventStep = Math.min(0.5, mu * param(params, 'contacts.event_contact_quality'));
  culturalParticipation(levers, params, membershipShare, attendance);
  hostScale = scratch(hostScale, state.regions.length, newFloat64Array);
  hostPersonsPerAgent(state, params, hostScale);
  setup.key = rng.streamKey(CONTACT_STREAM, step);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) meetOverTies(state, hostScale, rng, from, blockEnd(from, end));
  const hosts = state.hosts;
  transfer.own = attitudeBaselines(rng, params, hosts.count);
  transfer.noContact = prejudiceBaselines(rng, params, hosts.count);
  transfer.rate = param(params, 'attitudes.recovery_rate');
  transfer.strength = param(params, 'attitudes.secondary_transfer');
  for (let from = 0; from < hosts.count; from = blockEnd(from, hosts.count)) relaxAttitudes(hosts, from, blockEnd(from, hosts.count));
};

/** What the hosts' relaxation reads: the log-odds of their own levels, their no-contact prejudice, λ and κ. */
const transfer = {
  own: new Float64Array(0) as Float64Array,
  noContact: new Float64Array(0) as Float64Array,
  rate: Number.NaN,
  strength: Number.NaN,
};

function relaxAttitudes(hosts: Hosts, from: number, to: number): void {
  const { attitude, prejudice } = hosts;
  const { own, noContact, rate, strength } = transfer;
  for (let j = from; j < to; j++) {
    const target = 1 / (1 + exp(-(own[j] + strength * (noContact[j] - prejudice[j]))));
    attitude[j] += rate * (target - attitude[j]);
  }
}

/**
 * Every person who met hosts: one encounter per host tie met (slots in order), then the rare extra
 * contacts. An encounter between a person with view x and host j (Deffuant et al. 2000): if the gap
 * g = attitude − x is within ±ε, the host's attitude moves by −step·min(share, 1)·g, share the part
 * of its persons who took part (w / host persons per agent), and x by +step·g. x stays a double
 * through the person's encounters and is stored once.
 */
function meetOverTies(state: SimulationState, scale: Float64Array, rng: RandomSource, from: number, to: number): void {
  const p = state.persons;
  const { alive, ties, metTies, kind, flags, weight, contactsHost, trustHost } = p;
  const { attitude, region: hostRegion } = state.hosts;
  const { epsilon, ordinaryStep } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0 || contactsHost[i] === 0) continue;
    const w = weight[i];
    let x = trustHost[i];
    const base = i * 10;
    for (let m = metTies[i]; m !== 0; m &= m - 1) {
      const tie = ties[base + (31 - Math.clz32(m & -m))];
      if (tie >= 0) continue;
      const j = ~tie;
      const gap = attitude[j] - x;
      if (gap >= epsilon || gap <= -epsilon) continue;
      attitude[j] -= ordinaryStep * Math.min(w / scale[hostRegion[j]], 1) * gap;
      x = x + ordinaryStep * gap;
    }
    if (kind[i] === STUDENT || flags[i] & MEMBER) {
      view[0] = x;
      meetExtraHosts(state, scale, rng, i);
      x = view[0];
    }
    trustHost[i] = x;
  }
}

const STUDENT_CLASSMATES = 0;
const EVENT_GUESTS = 1;

/** The extra contacts of applyContacts replayed (same draws): a student's classmates, then the hosts met at an event. */
function meetExtraHosts(state: SimulationState, scale: Float64Array, rng: RandomSource, slot: number): void {
  const p = state.persons;
  if (p.kind[slot] === STUDENT) meetHostsOn(state, scale, rng, slot, STUDENT_CLASSMATES);
  if (p.flags[slot] & MEMBER && rng.uniform(setup.key, p.id[slot], CONTACT_DRAW.eventAttendance) < attendance[p.diaspora[slot]]) {
    meetHostsOn(state, scale, rng, slot, EVENT_GUESTS);
  }
}

/** The encounters of one occasion, with view[0] the person's view (updated). */
function meetHostsOn(state: SimulationState, scale: Float64Array, rng: RandomSource, slot: number, occasion: number): void {
  const p = state.persons;
  const { attitude, region: hostRegion } = state.hosts;
  const students = occasion === STUDENT_CLASSMATES;
  const count = students ? setup.studentContacts : setup.eventContacts;
  const firstDraw = students ? CONTACT_DRAW.studentHosts : CONTACT_DRAW.eventHosts;
  const step = students ? setup.studentStep : setup.eventStep;
  const epsilon = setup.epsilon;
  const agentId = p.id[slot];
  const region = p.region[slot];
  const w = p.weight[slot];
  let x = view[0];
  for (let e = 0; e < count; e++) {
    const j = randomHostOfRegion(state, region, rng.uniform(setup.key, agentId, firstDraw + e));
    if (j < 0) break;
    const gap = attitude[j] - x;
    if (gap >= epsilon || gap <= -epsilon) continue;
    attitude[j] -= step * Math.min(w / scale[hostRegion[j]], 1) * gap;
    x = x + step * gap;
  }
  view[0] = x;
}
