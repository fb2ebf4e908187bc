import { Flag, Kind } from '../state/codes.js';
import { TIES_PER_AGENT } from '../state/persons.js';
import { param, type Rule } from './rule.js';
import {
  CONTACT_DRAW,
  CONTACT_STREAM,
  culturalParticipation,
  hostPersonsPerAgent,
  newFloat64Array,
  randomHostOfRegion,
  scratch,
} from './socialShared.js';

/**
 * Bilateral attitudes (docs/submodels/social.md#bilateral-attitudes). Each host-majority agent holds
 * an attitude toward the diaspora's home country (Kazakhs toward Uzbekistan, Uzbeks toward
 * Kazakhstan). In every host contact of the quarter (replayed from the contact draws) the two sides
 * meet under bounded confidence (Deffuant et al. 2000): if the host's attitude a and the person's
 * trust in the host country x differ by less than ε, each moves toward the other by μ·quality (at
 * most ½) of the difference; the host agent's mean moves by that times the share of the persons it
 * stands for who took part (w / host persons per agent).
 */
let hostScale: Float64Array | undefined;
const membershipShare = new Float64Array(2);
const attendance = new Float64Array(2);

export const applyAttitudes: Rule = (state, levers, params, rng, step) => {
  const p = state.persons;
  const hosts = state.hosts;
  const epsilon = param(params, 'attitudes.confidence_threshold');
  const mu = param(params, 'attitudes.convergence_rate');
  const studentContacts = param(params, 'contacts.student_host_contacts');
  const studentQuality = param(params, 'contacts.student_contact_quality');
  const eventContacts = param(params, 'contacts.event_host_contacts');
  const eventQuality = param(params, 'contacts.event_contact_quality');
  culturalParticipation(levers, params, membershipShare, attendance);
  hostScale = scratch(hostScale, state.regions.length, newFloat64Array);
  hostPersonsPerAgent(state, params, hostScale);
  const key = rng.streamKey(CONTACT_STREAM, step);
  const { alive, ties, metTies, kind, flags, weight, id, region, diaspora, contactsHost, trustHost } = p;
  const attitude = hosts.attitude;
  const end = p.end;
  const hostRegion = hosts.region;
  const scale = hostScale;
  const ordinaryStep = Math.min(0.5, mu);
  const studentStep = Math.min(0.5, mu * studentQuality);
  const eventStep = Math.min(0.5, mu * eventQuality);

  for (let i = 0; i < end; i++) {
    if (alive[i] === 0 || contactsHost[i] === 0) continue;
    const w = weight[i];
    let x = trustHost[i];
    for (let m = metTies[i]; m !== 0; m &= m - 1) {
      const tie = ties[i * TIES_PER_AGENT + (31 - Math.clz32(m & -m))];
      if (tie < 0) {
        const j = ~tie;
        x = encounter(attitude, j, x, ordinaryStep, w / scale[hostRegion[j]], epsilon);
      }
    }
    const agentId = id[i];
    if (kind[i] === Kind.student) {
      for (let e = 0; e < studentContacts; e++) {
        const j = randomHostOfRegion(state, region[i], rng.uniform(key, agentId, CONTACT_DRAW.studentHosts + e));
        if (j < 0) break;
        x = encounter(attitude, j, x, studentStep, w / scale[hostRegion[j]], epsilon);
      }
    }
    if (flags[i] & Flag.associationMember && rng.uniform(key, agentId, CONTACT_DRAW.eventAttendance) < attendance[diaspora[i]]) {
      for (let e = 0; e < eventContacts; e++) {
        const j = randomHostOfRegion(state, region[i], rng.uniform(key, agentId, CONTACT_DRAW.eventHosts + e));
        if (j < 0) break;
        x = encounter(attitude, j, x, eventStep, w / scale[hostRegion[j]], epsilon);
      }
    }
    trustHost[i] = x;
  }
};

/**
 * One bounded-confidence encounter between a person with view x and host j: returns the person's new
 * view; the host's attitude moves by the same step times the share of its persons who took part.
 */
function encounter(attitude: Float32Array, j: number, x: number, step: number, share: number, epsilon: number): number {
  const gap = attitude[j] - x;
  if (gap >= epsilon || gap <= -epsilon) return x;
  attitude[j] -= step * Math.min(share, 1) * gap;
  return x + step * gap;
}
