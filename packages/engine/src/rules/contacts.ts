import { ADULT_QUARTERS } from '../equations/ages.js';
import { CONTACT_DRAW, CONTACT_STREAM, culturalParticipation, MEMBERSHIP_STREAM, tieThreshold } from '../equations/social.js';
import { param } from '../equations/values.js';
import type { RandomSource } from '../rng.js';
import { Flag, Kind } from '../state/codes.js';
import { TIES_PER_AGENT } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import type { PersonKernel } from './kernel.js';
import { hostTieSlots } from './tieSlots.js';

/**
 * Contacts of a quarter (docs/model.md#contacts). Each agent meets each of its k ties with chance
 * (ties met per quarter)/k; exchange students meet extra host-majority classmates, and members of
 * cultural associations attending an event meet extra hosts, both at a higher contact quality.
 * Person side: contactsHost, contactsCoethnic, metTies (which slots), metCoethnicTies
 * (which of them co-ethnic), metPrejudice. Host side:
 * contactsStep (persons × quality; the host pass turns it into contacts per host person).
 *
 * Which slots are met is decided without branches: a 10-bit mask from the two draws' 6-bit fields
 * (slot k is met if its field is below the threshold: the sign bit of field − threshold), and which
 * slots hold host ties is the sign bit of the tie; the host and co-ethnic ties met are then visited
 * through their bits, lowest slot first, so every sum is added in the order of a plain loop.
 */
if (TIES_PER_AGENT !== 10) throw new Error('the contacts kernel is written out for 10 ties in two draws');

export interface ContactsStep {
  threshold: number;
  key: number;
  memberKey: number;
  membershipShare: Float64Array;
  hostPrejudice: Float32Array;
  hostContacts: Float32Array;
  /** [host persons met, their prejudice summed] on a student's or an event-goer's extra occasions. */
  extra: Float64Array;
  meetExtraHosts: (slot: number) => void;
}

/** What the rare path reads (set in begin: the extra hosts are met in a call of their own). */
const occasion = {
  state: undefined as unknown as SimulationState,
  rng: undefined as unknown as RandomSource,
  key: Number.NaN,
  attendance: new Float64Array(2),
  /** A draw handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
  draw: new Float64Array(1),
  studentContacts: Number.NaN,
  studentQuality: Number.NaN,
  eventContacts: Number.NaN,
  eventQuality: Number.NaN,
};

export const contacts: PersonKernel<ContactsStep> = {
  name: 'contacts',
  step: {
    threshold: Number.NaN,
    key: Number.NaN,
    memberKey: Number.NaN,
    membershipShare: new Float64Array(2),
    hostPrejudice: new Float32Array(0),
    hostContacts: new Float32Array(0),
    extra: new Float64Array(2),
    meetExtraHosts,
  },
  begin(state, levers, params, rng, t) {
    const s = contacts.step;
    s.threshold = tieThreshold(params, TIES_PER_AGENT);
    s.key = rng.streamKey(CONTACT_STREAM, t);
    s.memberKey = rng.streamKey(MEMBERSHIP_STREAM, 0);
    culturalParticipation(levers, params, s.membershipShare, occasion.attendance);
    s.hostPrejudice = state.hosts.prejudice;
    s.hostContacts = state.hosts.contactsStep;
    state.hosts.contactsStep.fill(0);
    occasion.state = state;
    occasion.rng = rng;
    occasion.key = s.key;
    occasion.studentContacts = param(params, 'contacts.student_host_contacts');
    occasion.studentQuality = param(params, 'contacts.student_contact_quality');
    occasion.eventContacts = param(params, 'contacts.event_host_contacts');
    occasion.eventQuality = param(params, 'contacts.event_contact_quality');
  },
  person(i, p, s, rng) {
    const agentId = p.id[i];
    const w = p.weight[i];
    const a = (rng.uniform(s.key, agentId, 0) * 4294967296) | 0;
    const b = (rng.uniform(s.key, agentId, 1) * 4294967296) | 0;
    const threshold = s.threshold | 0;
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
    const hostSlots = hostTieSlots(p.ties, base);
    let hostCount = 0;
    let prejudiceSum = 0;
    const hostsMet = candidates & hostSlots;
    for (let m = hostsMet; m !== 0; m &= m - 1) {
      const j = ~p.ties[base + (31 - Math.clz32(m & -m))];
      hostCount++;
      prejudiceSum += s.hostPrejudice[j];
      s.hostContacts[j] += w;
    }
    let coethnicMet = 0;
    let coethnicCount = 0;
    for (let m = candidates & ~hostSlots; m !== 0; m &= m - 1) {
      const k = 31 - Math.clz32(m & -m);
      const tie = p.ties[base + k];
      if (tie !== i && p.alive[tie] === 1) {
        coethnicCount++;
        coethnicMet |= 1 << k;
      }
    }
    // Membership: a fixed draw per person, so raising the share only adds members.
    let f = p.flags[i] & ~Flag.associationMember;
    if (p.ageQuarters[i] >= ADULT_QUARTERS && rng.uniform(s.memberKey, agentId, 0) < s.membershipShare[p.diaspora[i]]) {
      f |= Flag.associationMember;
    }
    p.flags[i] = f;
    // Rare paths in a call of their own keep this body small.
    if (p.kind[i] === Kind.student || f & Flag.associationMember) {
      s.meetExtraHosts(i);
      hostCount += s.extra[0];
      prejudiceSum += s.extra[1];
    }
    p.metTies[i] = hostsMet | coethnicMet;
    // Kept apart so that language and the attitudes read which of the met ties are whose without the tie slots' signs.
    p.metCoethnicTies[i] = coethnicMet;
    p.contactsHost[i] = Math.min(hostCount, 255);
    p.contactsCoethnic[i] = coethnicCount;
    p.metPrejudice[i] = hostCount > 0 ? prejudiceSum / hostCount : 0;
  },
};

/**
 * Host contacts of person `slot` beyond the ties, into contacts.step.extra: a student's classmates,
 * then, for a member of a cultural association who attends an event this quarter, the hosts met there.
 */
function meetExtraHosts(slot: number): void {
  const extra = contacts.step.extra;
  extra[0] = 0;
  extra[1] = 0;
  const p = occasion.state.persons;
  if (p.kind[slot] === Kind.student) meetHosts(slot, true);
  if (p.flags[slot] & Flag.associationMember) {
    occasion.rng.uniformInto(occasion.draw, 0, occasion.key, p.id[slot] | 0, CONTACT_DRAW.eventAttendance);
    if (occasion.draw[0] < occasion.attendance[p.diaspora[slot]]) meetHosts(slot, false);
  }
}

/** The hosts of the person's region met on one occasion; each receives the person's weight × the occasion's quality. */
function meetHosts(slot: number, students: boolean): void {
  const { state, rng, key } = occasion;
  const hosts = state.hosts;
  const p = state.persons;
  const id = p.id[slot] | 0; // signed (the draws only multiply it): an id past 2^31 crossing a call is allocated
  const count = students ? occasion.studentContacts : occasion.eventContacts;
  const firstDraw = students ? CONTACT_DRAW.studentHosts : CONTACT_DRAW.eventHosts;
  const personsTimesQuality = p.weight[slot] * (students ? occasion.studentQuality : occasion.eventQuality);
  const region = p.region[slot];
  const n = hosts.regionCount[region];
  if (n === 0) return;
  const extra = contacts.step.extra;
  for (let e = 0; e < count; e++) {
    rng.uniformInto(occasion.draw, 0, key, id, firstDraw + e);
    const j = hosts.regionStart[region] + Math.floor(occasion.draw[0] * n);
    extra[0]++;
    extra[1] += hosts.prejudice[j];
    hosts.contactsStep[j] += personsTimesQuality;
  }
}
