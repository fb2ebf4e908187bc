import { ADULT_QUARTERS, PROFICIENT, SCHOOL_START_QUARTERS } from '../equations/ages.js';
import { COURSE_STREAM, languageState, SCHOOL_STREAM, Speaks } from '../equations/social.js';
import { lever, param, perDiasporaIds } from '../equations/values.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORA_COUNT, Flag, Kind } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import type { PersonKernel } from './kernel.js';
import { bilingualChancesOf, learnChanceOf, MAX_MET, NEXT_STATE, type ShiftChances, SIDE, shiftChances } from './languageShift.js';

/**
 * Language (docs/model.md#language). Three states from the proficiencies: heritage only (X), bilingual
 * (Z), host only (Y). Shifts go X ⇄ Z ⇄ Y only (Minett and Wang 2008), at rates set by the shares of
 * this quarter's contacts in each state (hosts speak the host language only), read from a snapshot
 * taken before (languageSnapshot, in the pass before), with chances tabulated in languageShift.ts:
 *   X→Z  c·s·(y + k·z)^a      Y→Z  c·(1−s)·(x + k·z)^a
 *   Z→X  c·(1−s)·(1 − y)^a    Z→Y  c·s·(1 − x)^a
 * (Abrams and Strogatz 2003; k weighs bilinguals as speakers, after Mira and Paredes 2005). A shift
 * sets the proficiency it concerns to just above or below 0.5. Inside its band a proficiency follows
 * its use. Three programmes may lift a proficiency across 0.5: host-language courses (seats a year per
 * 1,000 settled adults, taken up by the willing, least proficient settled adults first, then labour
 * migrants; a completed course is a dose that reaches proficiency from scratch), schooling in the host
 * language for children aged 6–17 (slower for pupils of heritage schools), and heritage schools.
 */
const STREAM = streamId('language');
const DRAW = { shift: 0, courseSeat: 1, courseCompleted: 2 } as const;
/** Uniform draws handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
const drawn = new Float64Array(1);
/** Course seats are found on a fixed histogram of host proficiency over [0, 0.5): no sort, no allocation. */
const BINS = 64;
const COURSE_IDS = perDiasporaIds('language_course_seats');
const SCHOOL_IDS = perDiasporaIds('heritage_school_places');

/** The snapshot: every person's language state at the start of the quarter, and who waits for a course. */
export interface SnapshotStep {
  code: Uint8Array;
  takeUp: number;
  courseKey: number;
  /** Per diaspora: settled adults (persons, the seats' base). */
  settledAdults: Float64Array;
  /** Per diaspora × bin: willing settled adults not yet proficient, by host proficiency. */
  histogram: Float64Array;
  /** Per diaspora: willing labour migrants not yet proficient (after the settled). */
  waitingMigrants: Float64Array;
}

export const languageSnapshot: PersonKernel<SnapshotStep> = {
  name: 'language snapshot',
  step: {
    code: new Uint8Array(0),
    takeUp: Number.NaN,
    courseKey: Number.NaN,
    settledAdults: new Float64Array(DIASPORA_COUNT),
    histogram: new Float64Array(DIASPORA_COUNT * BINS),
    waitingMigrants: new Float64Array(DIASPORA_COUNT),
  },
  begin(state, _levers, params, rng) {
    const s = languageSnapshot.step;
    if (s.code.length < state.persons.capacity) s.code = new Uint8Array(Math.ceil(state.persons.capacity * 1.25));
    s.takeUp = param(params, 'language.course_take_up');
    s.courseKey = rng.streamKey(COURSE_STREAM, 0);
    s.settledAdults.fill(0);
    s.histogram.fill(0);
    s.waitingMigrants.fill(0);
  },
  person(i, p, s, rng) {
    const host = p.hostLanguage[i];
    s.code[i] = languageState(p.heritageLanguage[i], host);
    if (p.ageQuarters[i] < ADULT_QUARTERS) return;
    const d = p.diaspora[i];
    const k = p.kind[i];
    if (k === Kind.settled) s.settledAdults[d] += p.weight[i];
    if (host >= PROFICIENT || rng.uniform(s.courseKey, p.id[i], 0) >= s.takeUp) return;
    if (k === Kind.settled) s.histogram[d * 64 + Math.floor(host * 128)] += p.weight[i];
    else if (k === Kind.labourMigrant) s.waitingMigrants[d] += p.weight[i];
  },
};

export interface LanguageStep {
  code: Uint8Array;
  decision: Float64Array;
  nextState: Uint8Array;
  use: number;
  schoolGain: number;
  hostSchoolGain: number;
  takeUp: number;
  key: number;
  schoolKey: number;
  courseKey: number;
  schoolShare: Float64Array;
  cutBin: Int32Array;
  /** Per diaspora: the chance of a seat in the boundary bin; at index 2 + d the labour migrants'. */
  seatChance: Float64Array;
  shiftOfManyContacts: (
    slot: number,
    now: number,
    adult: number,
    met: number,
    nX: number,
    nY: number,
    nZ: number,
    pupil: boolean,
  ) => number;
  takeCourse: (slot: number) => void;
}

let chances: ShiftChances;
let stepParams: Readonly<Record<string, number>>;
const course = {
  rng: undefined as unknown as RandomSource,
  persons: undefined as unknown as Persons,
  completion: Number.NaN,
  gain: Number.NaN,
};

export const language: PersonKernel<LanguageStep> = {
  name: 'language',
  step: {
    code: new Uint8Array(0),
    decision: new Float64Array(0),
    nextState: NEXT_STATE,
    use: Number.NaN,
    schoolGain: Number.NaN,
    hostSchoolGain: Number.NaN,
    takeUp: Number.NaN,
    key: Number.NaN,
    schoolKey: Number.NaN,
    courseKey: Number.NaN,
    schoolShare: new Float64Array(DIASPORA_COUNT),
    cutBin: new Int32Array(DIASPORA_COUNT),
    seatChance: new Float64Array(2 * DIASPORA_COUNT),
    shiftOfManyContacts,
    takeCourse,
  },
  begin(state, levers, params, rng, t) {
    const s = language.step;
    const snapshot = languageSnapshot.step;
    chances = shiftChances(params);
    stepParams = params;
    s.decision = chances.decision;
    s.code = snapshot.code;
    s.use = param(params, 'language.use_rate');
    s.schoolGain = param(params, 'language.school_gain');
    s.hostSchoolGain = param(params, 'language.host_school_gain');
    s.takeUp = snapshot.takeUp;
    s.key = rng.streamKey(STREAM, t);
    s.schoolKey = rng.streamKey(SCHOOL_STREAM, 0);
    s.courseKey = snapshot.courseKey;
    course.rng = rng;
    course.persons = state.persons;
    course.completion = param(params, 'language.course_completion');
    course.gain = param(params, 'language.course_gain');
    for (let d = 0; d < DIASPORA_COUNT; d++) {
      let seats = ((lever(levers, COURSE_IDS[d]) / 1000) * snapshot.settledAdults[d]) / state.timeline.stepsPerYear;
      s.cutBin[d] = BINS;
      s.seatChance[d] = 0;
      for (let b = 0; b < BINS; b++) {
        const waiting = snapshot.histogram[d * BINS + b];
        if (seats >= waiting) {
          seats -= waiting;
          continue;
        }
        s.cutBin[d] = b;
        s.seatChance[d] = seats / waiting;
        seats = 0;
        break;
      }
      const migrants = snapshot.waitingMigrants[d];
      s.seatChance[DIASPORA_COUNT + d] = migrants > 0 ? Math.min(1, seats / migrants) : 0;
      s.schoolShare[d] = Math.min(1, lever(levers, SCHOOL_IDS[d]) / 1000);
    }
  },
  person(i, p, s, rng) {
    const agentId = p.id[i];
    const d = p.diaspora[i];
    const age = p.ageQuarters[i];
    // Heritage-school places: a fixed lottery number per child, so a pupil keeps the place and more places only add pupils.
    const pupil = age >= SCHOOL_START_QUARTERS && age < ADULT_QUARTERS && rng.uniform(s.schoolKey, agentId, 0) < s.schoolShare[d];
    p.flags[i] = pupil ? p.flags[i] | Flag.inHeritageSchool : p.flags[i] & ~Flag.inHeritageSchool;
    // Willing adults waiting for a course: settled ones by their bin of host proficiency at the start,
    // labour migrants as one group after them (bin 64; -1 if not waiting).
    const hostStart = p.hostLanguage[i];
    const k = p.kind[i];
    const waiting =
      age >= ADULT_QUARTERS &&
      hostStart < PROFICIENT &&
      (k === Kind.settled || k === Kind.labourMigrant) &&
      rng.uniform(s.courseKey, agentId, 0) < s.takeUp;
    const seatBin = waiting ? (k === Kind.settled ? Math.floor(hostStart * 128) : 64) : -1;
    // Co-ethnic ties met, counted by state in one packed integer (8 bits per state), without branches.
    let packed = 0;
    for (let m = p.metCoethnicTies[i]; m !== 0; m &= m - 1) {
      packed += 1 << (s.code[p.ties[i * 10 + (31 - Math.clz32(m & -m))]] << 3);
    }
    const heritageOnly = packed & 255;
    const bilingual = (packed >>> 8) & 255;
    const hostOnly = p.contactsHost[i] + (packed >>> 16);
    const met = heritageOnly + hostOnly + bilingual;
    if (met > 0) {
      const x = heritageOnly / met;
      const y = hostOnly / met;
      const z = bilingual / met;
      const adult = age < ADULT_QUARTERS ? 0 : 1;
      const now = s.code[i];
      let next = now;
      if (met <= 12) {
        // The chances of languageShift's rates, read from its decision table without branches (the
        // state is data; a branch on it would often be mispredicted): state 3 is a pupil's Z.
        const u = rng.uniform(s.key, agentId, 0);
        const state = now + ((+pupil & +(now === Speaks.bilingual)) << 1);
        const at = 2 * ((((state * 2 + adult) * 13 + met) * 13 + heritageOnly) * 13 + hostOnly);
        next = s.nextState[state * 3 + +(u < s.decision[at]) + +(u < s.decision[at + 1])];
      } else {
        next = s.shiftOfManyContacts(i, now, adult, met, heritageOnly, hostOnly, bilingual, pupil);
      }
      if (next !== now) {
        if (now === Speaks.heritageOnly) p.hostLanguage[i] = PROFICIENT;
        else if (now === Speaks.hostOnly) p.heritageLanguage[i] = PROFICIENT;
        else if (next === Speaks.heritageOnly) p.hostLanguage[i] = PROFICIENT - 0.001;
        else p.heritageLanguage[i] = PROFICIENT - 0.001;
      }
      // Inside its band a proficiency moves use_rate of the way to 0.5·u (not proficient) or 0.5 + 0.5·u
      // (proficient), u the share of contacts met who speak it; pupils do not lose heritage proficiency.
      const host = p.hostLanguage[i];
      p.hostLanguage[i] =
        host >= PROFICIENT
          ? host + s.use * (PROFICIENT + PROFICIENT * (y + z) - host)
          : Math.min(PROFICIENT - 0.001, host + s.use * (PROFICIENT * (y + z) - host));
      const heritage = p.heritageLanguage[i];
      const used =
        heritage >= PROFICIENT
          ? heritage + s.use * (PROFICIENT + PROFICIENT * (x + z) - heritage)
          : Math.min(PROFICIENT - 0.001, heritage + s.use * (PROFICIENT * (x + z) - heritage));
      p.heritageLanguage[i] = pupil && used < heritage ? heritage : used;
    }
    if (
      seatBin >= 0 &&
      (seatBin < s.cutBin[d] || (seatBin === s.cutBin[d] && rng.uniform(s.key, agentId, 1) < s.seatChance[seatBin === 64 ? 2 + d : d]))
    ) {
      s.takeCourse(i);
    }
    if (pupil) p.heritageLanguage[i] += s.schoolGain * (1 - p.heritageLanguage[i]);
    // School in the host language (pupils of heritage schools, mixed or heritage-medium, learn it more slowly).
    if (age >= SCHOOL_START_QUARTERS && age < ADULT_QUARTERS)
      p.hostLanguage[i] += (pupil ? 0.5 * s.hostSchoolGain : s.hostSchoolGain) * (1 - p.hostLanguage[i]);
  },
};
if (MAX_MET !== 12 || SIDE !== 13 || BINS !== 64)
  throw new Error('the language kernel is written out for 12 contacts in its tables and 64 bins');

/** A course: completed (a draw), the dose of a full course; otherwise a third of it. */
function takeCourse(slot: number): void {
  const p = course.persons;
  // The id signed (the draws only multiply it): a newcomer's id past 2^31 crossing a call is allocated.
  course.rng.uniformInto(drawn, 0, language.step.key, p.id[slot] | 0, DRAW.courseCompleted);
  const completed = drawn[0] < course.completion;
  p.hostLanguage[slot] = Math.min(1, p.hostLanguage[slot] + (completed ? course.gain : course.gain / 3));
}

/** The shift of a person who met more contacts than the tables cover (exchange students and event guests, few). */
function shiftOfManyContacts(
  slot: number,
  now: number,
  adult: number,
  met: number,
  heritageOnly: number,
  hostOnly: number,
  bilingual: number,
  pupil: boolean,
): number {
  course.rng.uniformInto(drawn, 0, language.step.key, course.persons.id[slot] | 0, DRAW.shift);
  const u = drawn[0];
  if (now === Speaks.heritageOnly) {
    learnChanceOf(chances, stepParams, true, adult, met, hostOnly, bilingual, leave);
    return u < leave[0] ? Speaks.bilingual : now;
  }
  if (now === Speaks.hostOnly) {
    learnChanceOf(chances, stepParams, false, adult, met, heritageOnly, bilingual, leave);
    return u < leave[0] ? Speaks.bilingual : now;
  }
  bilingualChancesOf(chances, stepParams, adult, met, heritageOnly, hostOnly, pupil, leave);
  return u < leave[0] ? Speaks.heritageOnly : u < leave[1] ? Speaks.hostOnly : Speaks.bilingual;
}
const leave = new Float64Array(2);
