import { logit } from '../equations/functions.js';
import { attitudeBaseline, CONTACT_DRAW, CONTACT_STREAM, culturalParticipation, prejudiceBaseline } from '../equations/social.js';
import { param } from '../equations/values.js';
import { exp } from '../math/index.js';
import type { RandomSource } from '../rng.js';
import { Flag, Kind } from '../state/codes.js';
import type { SimulationState } from '../state/simulationState.js';
import type { HostKernel, PersonKernel } from './kernel.js';

/**
 * Bilateral attitudes (docs/model.md#bilateral-attitudes). Each host-majority agent holds an attitude
 * toward the diaspora's home country, moved two ways. (1) Opinion exchange (attitudeEncounters, per
 * person): in every host contact of the quarter (replayed from the contact draws) the two sides meet
 * under bounded confidence (Deffuant et al. 2000): if the host's attitude a and the person's trust in
 * the host country x differ by less than ε, each moves toward the other by μ·quality (at most ½) of
 * the difference; the host agent's mean moves by that times the share of the persons it stands for
 * who took part (w / host persons per agent). The confidence test is written without a branch (the
 * move is multiplied by 0 or 1). (2) Secondary transfer (attitudeRelaxation, per host; Pettigrew 2009;
 * Tausch et al. 2010): contact that lowered a host's prejudice below its own no-contact level warms its
 * attitude toward the diaspora's country; the attitude relaxes at rate λ toward
 * logistic(logit(a0) + κ·(b − p)), a0 the host's own level, b its no-contact prejudice, p its prejudice.
 */
export interface EncounterStep {
  epsilon: number;
  ordinaryStep: number;
  hostAttitude: Float32Array;
  hostRegion: Uint8Array;
  /** Per region: host-majority persons per host agent. */
  scale: Float64Array;
  /** The person's view through the rare path (students' classmates, event guests). */
  view: Float64Array;
  meetExtraHosts: (slot: number) => void;
}

const occasion = {
  state: undefined as unknown as SimulationState,
  rng: undefined as unknown as RandomSource,
  key: Number.NaN,
  membershipShare: new Float64Array(2),
  attendance: new Float64Array(2),
  /** A draw handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
  draw: new Float64Array(1),
  studentContacts: Number.NaN,
  eventContacts: Number.NaN,
  studentStep: Number.NaN,
  eventStep: Number.NaN,
};

export const attitudeEncounters: PersonKernel<EncounterStep> = {
  name: 'bilateral attitudes: encounters',
  step: {
    epsilon: Number.NaN,
    ordinaryStep: Number.NaN,
    hostAttitude: new Float32Array(0),
    hostRegion: new Uint8Array(0),
    scale: new Float64Array(0),
    view: new Float64Array(1),
    meetExtraHosts,
  },
  begin(state, levers, params, rng, t) {
    const s = attitudeEncounters.step;
    const mu = param(params, 'attitudes.convergence_rate');
    s.epsilon = param(params, 'attitudes.confidence_threshold');
    s.ordinaryStep = Math.min(0.5, mu);
    s.hostAttitude = state.hosts.attitude;
    s.hostRegion = state.hosts.region;
    s.scale = state.hosts.personsPerAgent;
    occasion.state = state;
    occasion.rng = rng;
    occasion.key = rng.streamKey(CONTACT_STREAM, t);
    culturalParticipation(levers, params, occasion.membershipShare, occasion.attendance);
    occasion.studentContacts = param(params, 'contacts.student_host_contacts');
    occasion.eventContacts = param(params, 'contacts.event_host_contacts');
    occasion.studentStep = Math.min(0.5, mu * param(params, 'contacts.student_contact_quality'));
    occasion.eventStep = Math.min(0.5, mu * param(params, 'contacts.event_contact_quality'));
  },
  person(i, p, s) {
    if (p.contactsHost[i] === 0) return;
    const w = p.weight[i];
    let x = p.trustHost[i];
    const base = i * 10;
    // Only the host ties met (a branch on each met tie's kind would be mispredicted about half the time).
    for (let m = p.metTies[i] & ~p.metCoethnicTies[i]; m !== 0; m &= m - 1) {
      const j = ~p.ties[base + (31 - Math.clz32(m & -m))];
      const gap = s.hostAttitude[j] - x;
      // 1 inside the confidence threshold, 0 outside: the move is multiplied, not branched on.
      const inside = +(gap < s.epsilon) * +(gap > -s.epsilon);
      s.hostAttitude[j] -= inside * s.ordinaryStep * Math.min(w / s.scale[s.hostRegion[j]], 1) * gap;
      x += inside * s.ordinaryStep * gap;
    }
    if (p.kind[i] === Kind.student || p.flags[i] & Flag.associationMember) {
      s.view[0] = x;
      s.meetExtraHosts(i);
      x = s.view[0];
    }
    p.trustHost[i] = x;
  },
};

/** The extra contacts of the contacts kernel replayed (same draws): a student's classmates, then the hosts met at an event. */
function meetExtraHosts(slot: number): void {
  const p = occasion.state.persons;
  if (p.kind[slot] === Kind.student) meetHostsOn(slot, true);
  if (p.flags[slot] & Flag.associationMember) {
    occasion.rng.uniformInto(occasion.draw, 0, occasion.key, p.id[slot] | 0, CONTACT_DRAW.eventAttendance);
    if (occasion.draw[0] < occasion.attendance[p.diaspora[slot]]) meetHostsOn(slot, false);
  }
}

function meetHostsOn(slot: number, students: boolean): void {
  const { state, rng, key } = occasion;
  const hosts = state.hosts;
  const p = state.persons;
  const id = p.id[slot] | 0; // signed (the draws only multiply it): an id past 2^31 crossing a call is allocated
  const s = attitudeEncounters.step;
  const count = students ? occasion.studentContacts : occasion.eventContacts;
  const firstDraw = students ? CONTACT_DRAW.studentHosts : CONTACT_DRAW.eventHosts;
  const step = students ? occasion.studentStep : occasion.eventStep;
  const region = p.region[slot];
  const n = hosts.regionCount[region];
  if (n === 0) return;
  const w = p.weight[slot];
  let x = s.view[0];
  for (let e = 0; e < count; e++) {
    rng.uniformInto(occasion.draw, 0, key, id, firstDraw + e);
    const j = hosts.regionStart[region] + Math.floor(occasion.draw[0] * n);
    const gap = hosts.attitude[j] - x;
    if (gap >= s.epsilon || gap <= -s.epsilon) continue;
    hosts.attitude[j] -= step * Math.min(w / s.scale[hosts.region[j]], 1) * gap;
    x = x + step * gap;
  }
  s.view[0] = x;
}

export interface RelaxationStep {
  /** The log-odds of each host's own attitude level, and its no-contact prejudice (fixed per run). */
  own: Float64Array;
  noContact: Float64Array;
  rate: number;
  strength: number;
}

/** The hosts' own levels and no-contact prejudice, kept between steps (recomputed for another run or assumptions). */
const baselines = { key: Number.NaN, initial: Number.NaN, level: Number.NaN, spread: Number.NaN, count: -1 };

export const attitudeRelaxation: HostKernel<RelaxationStep> = {
  name: 'bilateral attitudes: secondary transfer',
  step: { own: new Float64Array(0), noContact: new Float64Array(0), rate: Number.NaN, strength: Number.NaN },
  begin(state, _levers, params, rng) {
    const s = attitudeRelaxation.step;
    const count = state.hosts.count;
    const key = rng.streamKey(CONTACT_STREAM, 0);
    const initial = param(params, 'attitudes.initial_host_attitude');
    const level = param(params, 'prejudice.societal_level');
    const spread = param(params, 'prejudice.spread');
    const b = baselines;
    if (b.key !== key || b.initial !== initial || b.level !== level || b.spread !== spread || b.count !== count) {
      if (s.own.length !== count) {
        s.own = new Float64Array(count);
        s.noContact = new Float64Array(count);
      }
      for (let j = 0; j < count; j++) {
        s.own[j] = logit(attitudeBaseline(rng, params, j));
        s.noContact[j] = prejudiceBaseline(rng, params, j);
      }
      Object.assign(b, { key, initial, level, spread, count });
    }
    s.rate = param(params, 'attitudes.recovery_rate');
    s.strength = param(params, 'attitudes.secondary_transfer');
  },
  host(j, h, s) {
    const target = 1 / (1 + exp(-(s.own[j] + s.strength * (s.noContact[j] - h.prejudice[j]))));
    h.attitude[j] += s.rate * (target - h.attitude[j]);
  },
};
