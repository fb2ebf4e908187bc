import type { RandomSource } from '../rng.js';
import { Flag, Kind } from '../state/codes.js';
import type { Hosts } from '../state/hosts.js';
import { TIES_PER_AGENT } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { param, type Rule } from './rule.js';
import {
  ADULT_QUARTERS,
  CONTACT_DRAW,
  CONTACT_STREAM,
  culturalParticipation,
  hostPersonsFromRegionWeights,
  MEMBERSHIP_STREAM,
  newFloat64Array,
  randomHostOfRegion,
  scratch,
  TIE_BITS,
  TIES_PER_DRAW,
  tieThreshold,
  uniformBits,
} from './socialShared.js';
import { blockEnd } from './sweep.js';

/**
 * Contacts of a quarter (docs/model.md#contacts). Each agent meets each of its k ties with
 * chance (ties met per quarter)/k; exchange students meet extra host-majority classmates, and members
 * of cultural associations attending an event meet extra hosts, both with a higher contact quality.
 * Person side: contactsHost, contactsCoethnic, metTies (which slots), metPrejudice. Host side:
 * contactsStep (quality-weighted contacts per host person) and contactsYear (an exponentially
 * weighted sum standing for the last four quarters: x ← ¾x + this quarter's, which equals the
 * four-quarter sum when contacts are steady).
 */
const YEAR_MEMORY = 0.75;

// Imported constants copied into module constants: V8 folds these into the hot loop's code, while
// every use of an imported binding is a load and a check per iteration.
const ADULT = ADULT_QUARTERS;
const MEMBER = Flag.associationMember;
const STUDENT = Kind.student;
const TIE_DRAW = CONTACT_DRAW.tieBits;
if (TIES_PER_AGENT !== 10 || TIES_PER_DRAW !== 5 || TIE_BITS !== 6)
  throw new Error('applyContacts is written out for 10 ties in two draws');

let hostScale: Float64Array | undefined;
const membershipShare = new Float64Array(2);
const attendance = new Float64Array(2);
/** Per-step values the hot loop and the rare paths share (one object, no closures per step). */
const setup = {
  threshold: Number.NaN,
  key: Number.NaN,
  memberKey: Number.NaN,
  studentContacts: Number.NaN,
  studentQuality: Number.NaN,
  eventContacts: Number.NaN,
  eventQuality: Number.NaN,
};
/** Prejudice of the extra hosts met by the person in hand (the rare paths add to it). */
const extraPrejudice = new Float64Array(1);

export const applyContacts: Rule = (state, levers, params, rng, step) => {
  setup.threshold = tieThreshold(params, TIES_PER_AGENT);
  setup.studentContacts = param(params, 'contacts.student_host_contacts');
  setup.studentQuality = param(params, 'contacts.student_contact_quality');
  setup.eventContacts = param(params, 'contacts.event_host_contacts');
  setup.eventQuality = param(params, 'contacts.event_contact_quality');
  culturalParticipation(levers, params, membershipShare, attendance);
  setup.key = rng.streamKey(CONTACT_STREAM, step);
  setup.memberKey = rng.streamKey(MEMBERSHIP_STREAM, 0);
  state.hosts.contactsStep.fill(0);
  hostScale = scratch(hostScale, state.regions.length, newFloat64Array);
  hostScale.fill(0);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) meetContacts(state, rng, hostScale, from, blockEnd(from, end));
  // meetContacts summed each region's persons into hostScale.
  hostPersonsFromRegionWeights(state, params, hostScale);
  state.hosts.personsPerAgent.set(hostScale.subarray(0, state.regions.length));
  const hosts = state.hosts.count;
  for (let from = 0; from < hosts; from = blockEnd(from, hosts)) perHostPerson(state.hosts, hostScale, from, blockEnd(from, hosts));
};

/** Person-weighted contacts become contacts per host person of the host agent's region, and enter the year's memory. */
function perHostPerson(hosts: Hosts, scale: Float64Array, from: number, to: number): void {
  const { contactsStep, contactsYear, region } = hosts;
  for (let j = from; j < to; j++) {
    const perPerson = contactsStep[j] / scale[region[j]];
    contactsStep[j] = perPerson;
    contactsYear[j] = YEAR_MEMORY * contactsYear[j] + perPerson;
  }
}

/**
 * The sweep over persons (also summing each region's persons into regionPersons). Which slots are met is decided without branches (a 10-bit mask from the
 * draws' 6-bit fields: slot k is met if its field is below the threshold, i.e. the sign bit of
 * field − threshold), as is which slots hold host ties (the sign bit of the tie); the host and
 * co-ethnic ties met are then visited through their bits, lowest slot first, so every sum is added
 * in the order a plain loop over the slots would add it.
 */
function meetContacts(state: SimulationState, rng: RandomSource, regionPersons: Float64Array, from: number, to: number): void {
  const p = state.persons;
  const { alive, ties, kind, flags, weight, id, diaspora, region, ageQuarters, metTies, contactsHost, contactsCoethnic, metPrejudice } = p;
  const { prejudice, contactsStep } = state.hosts;
  const { key, memberKey } = setup;
  const threshold = setup.threshold | 0;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const agentId = id[i];
    const w = weight[i];
    regionPersons[region[i]] += w;
    const a = uniformBits(rng, key, agentId, TIE_DRAW) | 0;
    const b = uniformBits(rng, key, agentId, TIE_DRAW + 1) | 0;
    const candidates =
      (((a & 63) - threshold) >>> 31) |
      (((((a >>> 6) & 63) - threshold) >>> 31) << 1) |
      (((((a >>> 12) & 63) - threshold) >>> 31) << 2) |
      (((((a >>> 18) & 63) - threshold) >>> 31) << 3) |
      (((((a >>> 24) & 63) - threshold) >>> 31) << 4) |
      ((((b & 63) - threshold) >>> 31) << 5) |
      (((((b >>> 6) & 63) - threshold) >>> 31) << 6) |
      (((((b >>> 12) & 63) - threshold) >>> 31) << 7) |
      (((((b >>> 18) & 63) - threshold) >>> 31) << 8) |
      (((((b >>> 24) & 63) - threshold) >>> 31) << 9);
    const base = i * 10;
    const hostSlots =
      (ties[base] >>> 31) |
      ((ties[base + 1] >>> 31) << 1) |
      ((ties[base + 2] >>> 31) << 2) |
      ((ties[base + 3] >>> 31) << 3) |
      ((ties[base + 4] >>> 31) << 4) |
      ((ties[base + 5] >>> 31) << 5) |
      ((ties[base + 6] >>> 31) << 6) |
      ((ties[base + 7] >>> 31) << 7) |
      ((ties[base + 8] >>> 31) << 8) |
      ((ties[base + 9] >>> 31) << 9);
    let hostCount = 0;
    let prejudiceSum = 0;
    const hostsMet = candidates & hostSlots;
    for (let m = hostsMet; m !== 0; m &= m - 1) {
      const j = ~ties[base + (31 - Math.clz32(m & -m))];
      hostCount++;
      prejudiceSum += prejudice[j];
      contactsStep[j] += w;
    }
    let mask = hostsMet;
    let coethnicCount = 0;
    for (let m = candidates & ~hostSlots; m !== 0; m &= m - 1) {
      const k = 31 - Math.clz32(m & -m);
      const tie = ties[base + k];
      if (tie !== i && alive[tie] === 1) {
        coethnicCount++;
        mask |= 1 << k;
      }
    }
    // Membership: a fixed draw per person, so raising the share only adds members.
    let f = flags[i] & ~MEMBER;
    if (ageQuarters[i] >= ADULT && rng.uniform(memberKey, agentId, 0) < membershipShare[diaspora[i]]) f |= MEMBER;
    flags[i] = f;
    // Rare paths in a function of their own keep this loop small enough to optimise well.
    if (kind[i] === STUDENT || f & MEMBER) {
      extraPrejudice[0] = 0;
      hostCount += meetExtraHosts(state, rng, i);
      prejudiceSum += extraPrejudice[0];
    }
    metTies[i] = mask;
    contactsHost[i] = Math.min(255, hostCount);
    contactsCoethnic[i] = coethnicCount;
    metPrejudice[i] = hostCount > 0 ? prejudiceSum / hostCount : 0;
  }
}

const STUDENT_CLASSMATES = 0;
const EVENT_GUESTS = 1;

/**
 * Host contacts of person `slot` beyond the ties: a student's classmates, then, for a member of a
 * cultural association who attends an event this quarter, the hosts met there. Their prejudice is
 * added to extraPrejudice[0] (from 0, in the order met); returns how many were met. Only small
 * integers cross these calls, so nothing is boxed when V8 does not inline them.
 */
function meetExtraHosts(state: SimulationState, rng: RandomSource, slot: number): number {
  const p = state.persons;
  let met = 0;
  if (p.kind[slot] === Kind.student) met += meetHosts(state, rng, slot, STUDENT_CLASSMATES);
  if (
    p.flags[slot] & Flag.associationMember &&
    rng.uniform(setup.key, p.id[slot], CONTACT_DRAW.eventAttendance) < attendance[p.diaspora[slot]]
  ) {
    met += meetHosts(state, rng, slot, EVENT_GUESTS);
  }
  return met;
}

/**
 * The hosts of the person's region met on one occasion, drawn with consecutive draws; each receives
 * the person's weight times the occasion's contact quality; their prejudice is added to
 * extraPrejudice[0]. Returns how many were met.
 */
function meetHosts(state: SimulationState, rng: RandomSource, slot: number, occasion: number): number {
  const { prejudice, contactsStep } = state.hosts;
  const p = state.persons;
  const students = occasion === STUDENT_CLASSMATES;
  const count = students ? setup.studentContacts : setup.eventContacts;
  const firstDraw = students ? CONTACT_DRAW.studentHosts : CONTACT_DRAW.eventHosts;
  const personsTimesQuality = p.weight[slot] * (students ? setup.studentQuality : setup.eventQuality);
  const agentId = p.id[slot];
  const region = p.region[slot];
  let met = 0;
  for (let e = 0; e < count; e++) {
    const j = randomHostOfRegion(state, region, rng.uniform(setup.key, agentId, firstDraw + e));
    if (j < 0) break;
    met++;
    extraPrejudice[0] += prejudice[j];
    contactsStep[j] += personsTimesQuality;
  }
  return met;
}
