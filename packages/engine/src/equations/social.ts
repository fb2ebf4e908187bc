import { type RandomSource, streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT } from '../state/codes.js';
import type { SimulationState } from '../state/simulationState.js';
import { PROFICIENT } from './ages.js';
import { logistic, logit } from './functions.js';
import { type Assumptions, lever, param, type StepValues } from './values.js';

/**
 * Equations of the social mechanisms (contacts, discrimination, prejudice, language, acculturation,
 * attitudes) that the initialisation uses too (docs/model.md, section 7.2).
 */

/** The contacts of a quarter are draws of this stream; the attitude encounters replay them (same key, same draws). */
export const CONTACT_STREAM = streamId('contacts');
export const CONTACT_DRAW = {
  /** Draws 0 and 1 hold 6 bits per tie slot (5 slots per draw): slot k is met if its bits are below the threshold. */
  tieBits: 0,
  eventAttendance: 2,
  /** Draws 3.. pick the hosts a student meets on top of the ties; 67.. those met at a cultural event. */
  studentHosts: 3,
  eventHosts: 67,
} as const;
/** A host's year of contacts as a memory: x ← ¾x + this quarter's (the four-quarter sum when contacts are steady). */
export const CONTACT_YEAR_MEMORY = 0.75;
export const MEMBERSHIP_STREAM = streamId('association membership');
/** A child's fixed lottery number for heritage-school places (shared with the initialisation). */
export const SCHOOL_STREAM = streamId('heritage school places');
/** A person's fixed draw for wanting a free course when one is offered (so more seats only add learners). */
export const COURSE_STREAM = streamId('course take-up');
export const ATTITUDE_STREAM = streamId('initial host attitudes');
const PREJUDICE_STREAM = streamId('host prejudice baseline');

/** Threshold (0–64) on a tie's 6 bits: a tie is met with chance threshold/64. */
export function tieThreshold(params: Assumptions, tiesPerAgent: number): number {
  const share = Math.min(1, Math.max(0, param(params, 'contacts.ties_met_per_quarter') / tiesPerAgent));
  return Math.round(share * 64);
}

const MAJORITY_IDS = DIASPORAS.map((d) => `contacts.${d}_majority_per_member`);

/**
 * Host-majority persons each host agent of a region stands for, from `out` holding each region's
 * diaspora persons: (majority persons per diaspora member) × those persons / the region's host agents.
 * A contact of a person agent of weight w with host j reaches w / this of the persons j stands for,
 * so the contacts a host person receives do not depend on how many agents either side has.
 */
export function hostPersonsFromRegionWeights(state: SimulationState, params: Assumptions, out: Float64Array): void {
  const regionCount = state.regions.length;
  for (let r = 0; r < regionCount; r++) {
    const hostAgents = state.hosts.regionCount[r];
    const ratio = param(params, MAJORITY_IDS[state.regions[r].diaspora]);
    out[r] = hostAgents > 0 && out[r] > 0 ? (ratio * out[r]) / hostAgents : 1;
  }
}

/** Each region's diaspora persons (the weights of its alive persons), into `out`. */
export function regionPersons(state: SimulationState, out: Float64Array): void {
  out.fill(0, 0, state.regions.length);
  const { alive, region, weight } = state.persons;
  for (let i = 0; i < state.persons.end; i++) if (alive[i] === 1) out[region[i]] += weight[i];
}

const EVENT_IDS = DIASPORAS.map((d) => `${d}.cultural_events`);

/**
 * Cultural associations: events a year per 10,000 members times the participants per event is the
 * share of adults taking part once a year; that share (up to a cap) are members, and each member
 * attends an event in a quarter with chance (participations a year per member) / 4.
 */
export function culturalParticipation(
  levers: StepValues,
  params: Assumptions,
  membershipShare: Float64Array,
  attendancePerQuarter: Float64Array,
): void {
  const participants = param(params, 'contacts.event_participants');
  const cap = param(params, 'contacts.membership_cap');
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    const participationsPerMember = (lever(levers, EVENT_IDS[d]) * participants) / 10_000;
    const share = Math.min(cap, participationsPerMember);
    membershipShare[d] = share;
    attendancePerQuarter[d] = share > 0 ? Math.min(1, participationsPerMember / share / 4) : 0;
  }
}

/** Language states from the two proficiencies (a person is proficient at 0.5 and above). */
export const Speaks = { heritageOnly: 0, bilingual: 1, hostOnly: 2 } as const;

export function languageState(heritage: number, host: number): number {
  if (host < PROFICIENT) return Speaks.heritageOnly;
  return heritage < PROFICIENT ? Speaks.hostOnly : Speaks.bilingual;
}

/**
 * Acculturation dispositions are log-odds kept in one byte each: byte b stands for (b − 127.5)·scale,
 * over [−6, 6] in steps of about 0.047 (a few hundredths of an orientation near ½).
 */
export const DISPOSITION_SCALE = 6 / 127.5;

/**
 * The byte of the disposition values[index] (taken from an array: a double passed to a call V8 does
 * not inline is allocated, and newcomers' initialisation does not always inline this one).
 */
export function encodeDisposition(values: Float64Array, index: number): number {
  return Math.max(0, Math.min(255, Math.round(values[index] / DISPOSITION_SCALE + 127.5)));
}

export function decodeDisposition(byte: number): number {
  return (byte - 127.5) * DISPOSITION_SCALE;
}

export interface AcculturationCoefficients {
  rate: number;
  contactPull: number;
  languagePull: number;
  citizenshipPull: number;
  associationPull: number;
  discriminationPull: number;
}

export function readAcculturationCoefficients(params: Assumptions): AcculturationCoefficients {
  return {
    rate: param(params, 'acculturation.rate'),
    contactPull: param(params, 'acculturation.contact_pull'),
    languagePull: param(params, 'acculturation.language_pull'),
    citizenshipPull: param(params, 'acculturation.citizenship_pull'),
    associationPull: param(params, 'acculturation.association_pull'),
    discriminationPull: param(params, 'acculturation.discrimination_pull'),
  };
}

/** Quarters a discrimination event weighs on host orientation (the year the indicator counts). */
export const DISCRIMINATION_MEMORY_QUARTERS = 4;

/** The log-odds of the host orientation target, contact term apart. */
export function hostTargetLogit(
  disposition: number,
  hostLanguage: number,
  citizen: boolean,
  discriminated: boolean,
  c: AcculturationCoefficients,
): number {
  return (
    disposition +
    c.languagePull * (hostLanguage - PROFICIENT) +
    (citizen ? c.citizenshipPull : 0) -
    (discriminated ? c.discriminationPull : 0)
  );
}

/** The log-odds of the heritage orientation target, contact term apart. */
export function heritageTargetLogit(disposition: number, heritageLanguage: number, member: boolean, c: AcculturationCoefficients): number {
  return disposition + c.languagePull * (heritageLanguage - PROFICIENT) + (member ? c.associationPull : 0);
}

/** The no-contact prejudice level of host j: logistic(logit(p0) + spread × z_j), z_j a fixed normal draw. */
export function prejudiceBaseline(rng: RandomSource, params: Assumptions, host: number): number {
  const centre = logit(param(params, 'prejudice.societal_level'));
  const spread = param(params, 'prejudice.spread');
  return logistic(centre + spread * rng.normal(rng.streamKey(PREJUDICE_STREAM, 0), host, 0));
}

/** Spread of the hosts' own attitude levels on the log-odds scale (as for trust; data/socialPriors.ts). */
export const ATTITUDE_SPREAD = 0.7;

/** A host's own attitude level a0: logistic(logit(initial attitude) + spread·z), z a fixed normal draw of the host. */
export function attitudeBaseline(rng: RandomSource, params: Assumptions, host: number): number {
  return logistic(
    logit(param(params, 'attitudes.initial_host_attitude')) + ATTITUDE_SPREAD * rng.normal(rng.streamKey(ATTITUDE_STREAM, 0), host, 0),
  );
}
