import type { RandomSource } from '../rng.js';
import { Flag, Kind } from '../state/codes.js';
import { TIES_PER_AGENT } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { param, type Rule } from './rule.js';
import {
  ADULT_QUARTERS,
  CONTACT_DRAW,
  CONTACT_STREAM,
  culturalParticipation,
  hostPersonsPerAgent,
  MEMBERSHIP_STREAM,
  newFloat64Array,
  randomHostOfRegion,
  scratch,
  TIE_BITS,
  TIES_PER_DRAW,
  tieThreshold,
  uniformBits,
} from './socialShared.js';

/**
 * Contacts of a quarter (docs/submodels/social.md#contacts). Each agent meets each of its k ties with
 * chance (ties met per quarter)/k; exchange students meet extra host-majority classmates, and members
 * of cultural associations attending an event meet extra hosts, both with a higher contact quality.
 * Person side: contactsHost, contactsCoethnic, metTies (which slots), metPrejudice. Host side:
 * contactsStep (quality-weighted contacts per host person) and contactsYear (an exponentially
 * weighted sum standing for the last four quarters: x ← ¾x + this quarter's, which equals the
 * four-quarter sum when contacts are steady).
 */
const YEAR_MEMORY = 0.75;

let hostScale: Float64Array | undefined;
const membershipShare = new Float64Array(2);
const attendance = new Float64Array(2);
const extraPrejudice = new Float64Array(1);

export const applyContacts: Rule = (state, levers, params, rng, step) => {
  const p = state.persons;
  const hosts = state.hosts;
  const threshold = tieThreshold(params, TIES_PER_AGENT);
  const studentContacts = param(params, 'contacts.student_host_contacts');
  const studentQuality = param(params, 'contacts.student_contact_quality');
  const eventContacts = param(params, 'contacts.event_host_contacts');
  const eventQuality = param(params, 'contacts.event_contact_quality');
  culturalParticipation(levers, params, membershipShare, attendance);
  const key = rng.streamKey(CONTACT_STREAM, step);
  const memberKey = rng.streamKey(MEMBERSHIP_STREAM, 0);
  const { alive, ties, kind, flags, weight, id, diaspora, region, ageQuarters, metTies, contactsHost, contactsCoethnic, metPrejudice } = p;
  const end = p.end;
  const { prejudice, contactsStep } = hosts;
  contactsStep.fill(0);

  for (let i = 0; i < end; i++) {
    if (alive[i] === 0) continue;
    const agentId = id[i];
    const w = weight[i];
    // 6 bits per tie slot, 5 slots per 32-bit draw: slot k is met if its bits are below the threshold.
    let bits = uniformBits(rng, key, agentId, CONTACT_DRAW.tieBits) | 0;
    let mask = 0;
    let hostCount = 0;
    let coethnicCount = 0;
    let prejudiceSum = 0;
    const base = i * TIES_PER_AGENT;
    for (let k = 0; k < TIES_PER_AGENT; k++) {
      if (k === TIES_PER_DRAW) bits = uniformBits(rng, key, agentId, CONTACT_DRAW.tieBits + 1) | 0;
      const slotBits = bits & 63;
      bits >>>= TIE_BITS;
      if (slotBits >= threshold) continue;
      const tie = ties[base + k];
      if (tie < 0) {
        const j = ~tie;
        hostCount++;
        prejudiceSum += prejudice[j];
        contactsStep[j] += w;
        mask |= 1 << k;
      } else if (tie !== i && alive[tie] === 1) {
        coethnicCount++;
        mask |= 1 << k;
      }
    }
    // Membership: a fixed draw per person, so raising the share only adds members.
    const d = diaspora[i];
    let f = flags[i] & ~Flag.associationMember;
    if (ageQuarters[i] >= ADULT_QUARTERS && rng.uniform(memberKey, agentId, 0) < membershipShare[d]) f |= Flag.associationMember;
    flags[i] = f;
    // Rare paths in a function of their own keep this loop small enough to optimise well.
    extraPrejudice[0] = 0;
    if (kind[i] === Kind.student) {
      hostCount += meetExtraHosts(state, rng, key, agentId, region[i], studentContacts, CONTACT_DRAW.studentHosts, w * studentQuality);
    }
    if (f & Flag.associationMember && rng.uniform(key, agentId, CONTACT_DRAW.eventAttendance) < attendance[d]) {
      hostCount += meetExtraHosts(state, rng, key, agentId, region[i], eventContacts, CONTACT_DRAW.eventHosts, w * eventQuality);
    }
    prejudiceSum += extraPrejudice[0];
    metTies[i] = mask;
    contactsHost[i] = Math.min(255, hostCount);
    contactsCoethnic[i] = coethnicCount;
    metPrejudice[i] = hostCount > 0 ? prejudiceSum / hostCount : 0;
  }

  // Person-weighted contacts become contacts per host person of the host agent's region.
  hostScale = scratch(hostScale, state.regions.length, newFloat64Array);
  hostPersonsPerAgent(state, params, hostScale);
  const { contactsYear } = hosts;
  for (let j = 0; j < hosts.count; j++) {
    const perPerson = contactsStep[j] / hostScale[hosts.region[j]];
    contactsStep[j] = perPerson;
    contactsYear[j] = YEAR_MEMORY * contactsYear[j] + perPerson;
  }
};

/**
 * Extra host contacts of a person beyond the ties (a student's classmates, the hosts met at an
 * event): `count` hosts of the region drawn with draws firstDraw, firstDraw + 1, …; each receives
 * `personsTimesQuality`; their prejudice is added to extraPrejudice[0]. Returns how many were met.
 */
function meetExtraHosts(
  state: SimulationState,
  rng: RandomSource,
  key: number,
  agentId: number,
  region: number,
  count: number,
  firstDraw: number,
  personsTimesQuality: number,
): number {
  const { prejudice, contactsStep } = state.hosts;
  let met = 0;
  for (let e = 0; e < count; e++) {
    const j = randomHostOfRegion(state, region, rng.uniform(key, agentId, firstDraw + e));
    if (j < 0) break;
    met++;
    extraPrejudice[0] += prejudice[j];
    contactsStep[j] += personsTimesQuality;
  }
  return met;
}
