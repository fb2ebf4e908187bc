import { exp, log } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT } from '../state/codes.js';
import type { SimulationState } from '../state/simulationState.js';
import { type Assumptions, lever, param, type StepValues } from './rule.js';
import { blockEnd } from './sweep.js';

/** Pieces the social rules (contacts, discrimination, prejudice, language, acculturation, attitudes) share. */

export const ADULT_QUARTERS = 18 * 4;
export const SCHOOL_START_QUARTERS = 6 * 4;
export const PROFICIENT = 0.5;

/** The contacts of a quarter are draws of this stream; the attitude rule replays them (same key, same draws). */
export const CONTACT_STREAM = streamId('contacts');
export const CONTACT_DRAW = {
  /** Draws 0 and 1 hold 6 bits per tie slot (5 slots per draw): slot k is met if its bits are below the threshold. */
  tieBits: 0,
  eventAttendance: 2,
  /** Draws 3.. pick the hosts a student meets on top of the ties; 67.. those met at a cultural event. */
  studentHosts: 3,
  eventHosts: 67,
} as const;
export const TIE_BITS = 6;
export const TIES_PER_DRAW = 5;
const TWO_POW_32 = 4294967296;

export function uniformBits(rng: RandomSource, key: number, id: number, draw: number): number {
  return rng.uniform(key, id, draw) * TWO_POW_32;
}

/** Threshold (0–64) on a tie's 6 bits: a tie is met with chance threshold/64. */
export function tieThreshold(params: Assumptions, tiesPerAgent: number): number {
  const share = Math.min(1, Math.max(0, param(params, 'contacts.ties_met_per_quarter') / tiesPerAgent));
  return Math.round(share * 64);
}

/** A random host of a region (any host of the diaspora's country if the region has none); -1 if none. */
export function randomHostOfRegion(state: SimulationState, region: number, u: number): number {
  const hosts = state.hosts;
  const n = hosts.regionCount[region];
  if (n > 0) return hosts.regionStart[region] + Math.floor(u * n);
  return -1;
}

const MAJORITY_IDS = DIASPORAS.map((d) => `contacts.${d}_majority_per_member`);

/**
 * Host-majority persons each host agent of a region stands for: (majority persons per diaspora member)
 * times the region's diaspora persons, over the region's host agents. A contact of a person agent of
 * weight w with host j reaches w / this of the persons j stands for, so the contacts a host person
 * receives do not depend on how many agents either side has.
 */
export function hostPersonsPerAgent(state: SimulationState, params: Assumptions, out: Float64Array): void {
  out.fill(0, 0, state.regions.length);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) sumRegionPersons(state.persons, out, from, blockEnd(from, end));
  hostPersonsFromRegionWeights(state, params, out);
}

function sumRegionPersons(p: SimulationState['persons'], out: Float64Array, from: number, to: number): void {
  const { alive, region, weight } = p;
  for (let i = from; i < to; i++) if (alive[i] === 1) out[region[i]] += weight[i];
}

/**
 * hostPersonsPerAgent from `out` holding each region's diaspora persons (the weights of its alive
 * persons, summed: whole numbers, so the order of the sums does not matter).
 */
export function hostPersonsFromRegionWeights(state: SimulationState, params: Assumptions, out: Float64Array): void {
  const regionCount = state.regions.length;
  for (let r = 0; r < regionCount; r++) {
    const hostAgents = state.hosts.regionCount[r];
    const ratio = param(params, MAJORITY_IDS[state.regions[r].diaspora]);
    out[r] = hostAgents > 0 && out[r] > 0 ? (ratio * out[r]) / hostAgents : 1;
  }
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

export const MEMBERSHIP_STREAM = streamId('association membership');

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

export function encodeDisposition(logit: number): number {
  return Math.max(0, Math.min(255, Math.round(logit / DISPOSITION_SCALE + 127.5)));
}

export function decodeDisposition(byte: number): number {
  return (byte - 127.5) * DISPOSITION_SCALE;
}

export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

export function logit(p: number): number {
  return log(p / (1 - p));
}

export const newFloat64Array = (n: number): Float64Array => new Float64Array(n);
export const newUint8Array = (n: number): Uint8Array => new Uint8Array(n);

/** A scratch array of at least `length`, reused between calls (no allocation per step in steady state). */
export function scratch<T extends Float64Array | Uint8Array | Int32Array>(
  current: T | undefined,
  length: number,
  create: (n: number) => T,
): T {
  return current && current.length >= length ? current : create(Math.ceil(length * 1.25));
}
