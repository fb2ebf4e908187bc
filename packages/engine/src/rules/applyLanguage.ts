import { type RandomSource, streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Flag, Kind } from '../state/codes.js';
import { type Persons, TIES_PER_AGENT } from '../state/persons.js';
import { bilingualChancesOf, learnChanceOf, MAX_MET, type ShiftChances, SIDE, shiftChances } from './languageShift.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';
import { ADULT_QUARTERS, languageState, newUint8Array, PROFICIENT, SCHOOL_START_QUARTERS, Speaks, scratch } from './socialShared.js';
import { blockEnd } from './sweep.js';

/**
 * Language (docs/model.md#language). Three states from the proficiencies: heritage only (X), bilingual
 * (Z), host only (Y). Shifts go X ⇄ Z ⇄ Y only (Minett and Wang 2008), at rates set by the shares of
 * this quarter's contacts in each state (hosts speak the host language only), read from a snapshot
 * taken at the start of the rule (chances tabulated in languageShift.ts):
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
/** A child's fixed lottery number for heritage-school places (shared with the initialisation). */
export const SCHOOL_STREAM = streamId('heritage school places');
/** A person's fixed draw for wanting a free course when one is offered (so more seats only add learners). */
export const COURSE_STREAM = streamId('course take-up');
const DRAW = { shift: 0, courseSeat: 1, courseCompleted: 2 } as const;
const JUST_BELOW = PROFICIENT - 0.001;
/** Course seats are found on a fixed histogram of host proficiency over [0, 0.5): no sort, no allocation. */
const BINS = 64;

// Imported constants as module constants, which V8 folds into the hot loop (imported bindings are
// loaded and checked on every use).
const HALF = PROFICIENT;
const ADULT = ADULT_QUARTERS;
const SCHOOL_START = SCHOOL_START_QUARTERS;
const PUPIL = Flag.inHeritageSchool;
const HERITAGE_ONLY = Speaks.heritageOnly;
const BILINGUAL = Speaks.bilingual;
const HOST_ONLY = Speaks.hostOnly;
const TABLE_MAX_MET = MAX_MET;
const TABLE_SIDE = SIDE;
const SHIFT_DRAW = DRAW.shift;
const SEAT_DRAW = DRAW.courseSeat;
const COMPLETED_DRAW = DRAW.courseCompleted;
const SETTLED = Kind.settled;
const MIGRANT = Kind.labourMigrant;
if (TIES_PER_AGENT !== 10) throw new Error('applyLanguage indexes 10 tie slots per agent');

let snapshot: Uint8Array | undefined;
const histogram = new Float64Array(DIASPORA_COUNT * BINS);
const settledAdults = new Float64Array(DIASPORA_COUNT);
/** Willing labour migrants not yet proficient, who get the seats settled adults leave. */
const waitingMigrants = new Float64Array(DIASPORA_COUNT);
const cutBin = new Int32Array(DIASPORA_COUNT);
const cutFraction = new Float64Array(DIASPORA_COUNT);
const migrantSeatChance = new Float64Array(DIASPORA_COUNT);
const schoolShare = new Float64Array(DIASPORA_COUNT);
const COURSE_IDS = DIASPORAS.map((d) => `${d}.language_course_seats`);
const SCHOOL_IDS = DIASPORAS.map((d) => `${d}.heritage_school_places`);
/** Per-step values the sweeps share. */
const setup = {
  use: Number.NaN,
  courseGain: Number.NaN,
  completion: Number.NaN,
  takeUp: Number.NaN,
  schoolGain: Number.NaN,
  hostSchoolGain: Number.NaN,
  key: Number.NaN,
  schoolKey: Number.NaN,
  courseKey: Number.NaN,
};
let chances: ShiftChances;
let stepParams: Assumptions;

export const applyLanguage: Rule = (state, levers, params, rng, step) => {
  chances = shiftChances(params);
  stepParams = params;
  setup.use = param(params, 'language.use_rate');
  setup.courseGain = param(params, 'language.course_gain');
  setup.completion = param(params, 'language.course_completion');
  setup.takeUp = param(params, 'language.course_take_up');
  setup.schoolGain = param(params, 'language.school_gain');
  setup.hostSchoolGain = param(params, 'language.host_school_gain');
  setup.courseKey = rng.streamKey(COURSE_STREAM, 0);
  snapshot = scratch(snapshot, state.persons.capacity, newUint8Array);
  histogram.fill(0);
  settledAdults.fill(0);
  waitingMigrants.fill(0);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) takeSnapshot(state.persons, snapshot, rng, from, blockEnd(from, end));
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    let seats = ((lever(levers, COURSE_IDS[d]) / 1000) * settledAdults[d]) / state.timeline.stepsPerYear;
    cutBin[d] = BINS;
    cutFraction[d] = 0;
    for (let b = 0; b < BINS; b++) {
      const waiting = histogram[d * BINS + b];
      if (seats >= waiting) {
        seats -= waiting;
        continue;
      }
      cutBin[d] = b;
      cutFraction[d] = seats / waiting;
      seats = 0;
      break;
    }
    migrantSeatChance[d] = waitingMigrants[d] > 0 ? Math.min(1, seats / waitingMigrants[d]) : 0;
    schoolShare[d] = Math.min(1, lever(levers, SCHOOL_IDS[d]) / 1000);
  }
  setup.key = rng.streamKey(STREAM, step);
  setup.schoolKey = rng.streamKey(SCHOOL_STREAM, 0);
  for (let from = 0; from < end; from = blockEnd(from, end)) speak(state.persons, snapshot, rng, from, blockEnd(from, end));
};

/**
 * Pass 1: language states at the start of the quarter; settled adults by diaspora (the seats' base),
 * and who is waiting for a course: willing adults not yet proficient, settled ones by host proficiency.
 */
function takeSnapshot(p: Persons, code: Uint8Array, rng: RandomSource, from: number, to: number): void {
  const { alive, heritageLanguage: H, hostLanguage: L, ageQuarters, diaspora, weight, kind, id } = p;
  const { takeUp, courseKey } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const host = L[i];
    code[i] = languageState(H[i], host);
    if (ageQuarters[i] < ADULT) continue;
    const d = diaspora[i];
    const k = kind[i];
    if (k === SETTLED) settledAdults[d] += weight[i];
    if (host >= HALF || rng.uniform(courseKey, id[i], 0) >= takeUp) continue;
    if (k === SETTLED) histogram[d * BINS + Math.floor(host * 2 * BINS)] += weight[i];
    else if (k === MIGRANT) waitingMigrants[d] += weight[i];
  }
}

/** Pass 2: school places, shifts, use-following, course seats and schooling of every person. */
function speak(p: Persons, code: Uint8Array, rng: RandomSource, from: number, to: number): void {
  const { alive, heritageLanguage: H, hostLanguage: L, ageQuarters, diaspora, id, flags, ties, metTies, contactsHost, kind } = p;
  const { learnHost, learnHeritage, toHeritageOnly, leaveBilingual, pupilToHeritageOnly } = chances;
  const { use, schoolGain, hostSchoolGain, key, schoolKey, courseKey, takeUp } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const agentId = id[i];
    const d = diaspora[i];
    const age = ageQuarters[i];
    // Heritage-school places: a fixed lottery number per child, so a pupil keeps the place and more places only add pupils.
    const pupil = age >= SCHOOL_START && age < ADULT && rng.uniform(schoolKey, agentId, 0) < schoolShare[d];
    flags[i] = pupil ? flags[i] | PUPIL : flags[i] & ~PUPIL;

    // Willing adults waiting for a course: settled ones by their bin of host proficiency at the start,
    // labour migrants as one group after them (-1 if not waiting).
    const hostStart = L[i];
    const k = kind[i];
    const waiting = age >= ADULT && hostStart < HALF && (k === SETTLED || k === MIGRANT) && rng.uniform(courseKey, agentId, 0) < takeUp;
    const seatBin = waiting ? (k === SETTLED ? Math.floor(hostStart * 2 * BINS) : BINS) : -1;
    // Co-ethnic ties met, counted by state in one packed integer (8 bits per state), without branches.
    let packed = 0;
    for (let m = metTies[i]; m !== 0; m &= m - 1) {
      const tie = ties[i * 10 + (31 - Math.clz32(m & -m))];
      if (tie >= 0) packed += 1 << (code[tie] << 3);
    }
    const heritageOnly = packed & 255;
    const bilingual = (packed >>> 8) & 255;
    const hostOnly = contactsHost[i] + (packed >>> 16);
    const met = heritageOnly + hostOnly + bilingual;
    if (met > 0) {
      const x = heritageOnly / met;
      const y = hostOnly / met;
      const z = bilingual / met;
      const adult = age < ADULT ? 0 : 1;
      const now = code[i];
      let next = now;
      if (met <= TABLE_MAX_MET) {
        // The chances of languageShift.decideShift, read from its tables here.
        const u = rng.uniform(key, agentId, SHIFT_DRAW);
        const row = (adult * TABLE_SIDE + met) * TABLE_SIDE;
        if (now === HERITAGE_ONLY) {
          if (u < learnHost[(row + hostOnly) * TABLE_SIDE + bilingual]) next = BILINGUAL;
        } else if (now === HOST_ONLY) {
          if (u < learnHeritage[(row + heritageOnly) * TABLE_SIDE + bilingual]) next = BILINGUAL;
        } else if (pupil) {
          if (u < pupilToHeritageOnly[(row + hostOnly) * TABLE_SIDE]) next = HERITAGE_ONLY;
        } else {
          const at = (row + heritageOnly) * TABLE_SIDE + hostOnly;
          if (u < toHeritageOnly[at]) next = HERITAGE_ONLY;
          else if (u < leaveBilingual[at]) next = HOST_ONLY;
        }
      } else {
        next = shiftOfManyContacts(rng, i, p, now, adult, met, heritageOnly, hostOnly, bilingual, pupil);
      }
      if (next !== now) {
        if (now === HERITAGE_ONLY) L[i] = HALF;
        else if (now === HOST_ONLY) H[i] = HALF;
        else if (next === HERITAGE_ONLY) L[i] = JUST_BELOW;
        else H[i] = JUST_BELOW;
      }
      // Inside its band a proficiency moves use_rate of the way to 0.5·u (not proficient) or 0.5 + 0.5·u
      // (proficient), u the share of contacts met who speak it; pupils do not lose heritage proficiency.
      // (Written out rather than called: a call returning a number would box it on every agent.)
      const host = L[i];
      L[i] = host >= HALF ? host + use * (HALF + HALF * (y + z) - host) : Math.min(JUST_BELOW, host + use * (HALF * (y + z) - host));
      const heritage = H[i];
      const used =
        heritage >= HALF
          ? heritage + use * (HALF + HALF * (x + z) - heritage)
          : Math.min(JUST_BELOW, heritage + use * (HALF * (x + z) - heritage));
      H[i] = pupil && used < heritage ? heritage : used;
    }

    if (seatBin >= 0 && (seatBin < cutBin[d] || (seatBin === cutBin[d] && winsSeat(rng, p, i, seatBin)))) takeCourse(rng, p, i);
    if (pupil) H[i] += schoolGain * (1 - H[i]);
    // School in the host language (pupils of heritage schools, mixed or heritage-medium, learn it more slowly).
    if (age >= SCHOOL_START && age < ADULT) L[i] += (pupil ? 0.5 * hostSchoolGain : hostSchoolGain) * (1 - L[i]);
  }
}

/** A course: completed (a draw), the dose of a full course; otherwise a third of it. */
function takeCourse(rng: RandomSource, p: Persons, slot: number): void {
  const completed = rng.uniform(setup.key, p.id[slot], COMPLETED_DRAW) < setup.completion;
  const gain = completed ? setup.courseGain : setup.courseGain / 3;
  p.hostLanguage[slot] = Math.min(1, p.hostLanguage[slot] + gain);
}

/**
 * Whether a waiting adult in the boundary bin gets one of its remaining seats (a draw in proportion);
 * bin BINS is the labour migrants', who share what the settled leave.
 */
function winsSeat(rng: RandomSource, p: Persons, slot: number, bin: number): boolean {
  const d = p.diaspora[slot];
  return rng.uniform(setup.key, p.id[slot], SEAT_DRAW) < (bin === BINS ? migrantSeatChance[d] : cutFraction[d]);
}

/**
 * The shift of a person who met more contacts than the tables cover (exchange students and event
 * guests, few): languageShift.decideShift with the same draw. The draw and the chances stay inside
 * this call and only small integers cross it, so nothing is boxed when V8 does not inline it.
 */
function shiftOfManyContacts(
  rng: RandomSource,
  slot: number,
  p: Persons,
  now: number,
  adult: number,
  met: number,
  heritageOnly: number,
  hostOnly: number,
  bilingual: number,
  pupil: boolean,
): number {
  const u = rng.uniform(setup.key, p.id[slot], SHIFT_DRAW);
  if (now === HERITAGE_ONLY) return u < learnChanceOf(chances, stepParams, true, adult, met, hostOnly, bilingual) ? BILINGUAL : now;
  if (now === HOST_ONLY) return u < learnChanceOf(chances, stepParams, false, adult, met, heritageOnly, bilingual) ? BILINGUAL : now;
  bilingualChancesOf(chances, stepParams, adult, met, heritageOnly, hostOnly, pupil, leave);
  return u < leave[0] ? HERITAGE_ONLY : u < leave[1] ? HOST_ONLY : BILINGUAL;
}
const leave = new Float64Array(2);
