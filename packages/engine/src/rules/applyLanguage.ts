import { streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Flag } from '../state/codes.js';
import { TIES_PER_AGENT } from '../state/persons.js';
import { decideShift, shiftChances } from './languageShift.js';
import { lever, param, type Rule } from './rule.js';
import { ADULT_QUARTERS, languageState, newUint8Array, PROFICIENT, SCHOOL_START_QUARTERS, Speaks, scratch } from './socialShared.js';

/**
 * Language (docs/submodels/social.md#language). Three states from the proficiencies: heritage only
 * (X), bilingual (Z), host only (Y). Shifts go X ⇄ Z ⇄ Y only (Minett and Wang 2008), at rates set by
 * the shares of this quarter's contacts in each state (hosts speak the host language only), read
 * from a snapshot taken at the start of the rule (chances tabulated in languageShift.ts):
 *   X→Z  c·s·(y + k·z)^a      Y→Z  c·(1−s)·(x + k·z)^a
 *   Z→X  c·(1−s)·(1 − y)^a    Z→Y  c·s·(1 − x)^a
 * (Abrams and Strogatz 2003; k weighs bilinguals as speakers, after Mira and Paredes 2005). A shift
 * sets the proficiency it concerns to just above or below 0.5. Inside its band a proficiency follows
 * its use; host-language courses (to the least proficient adults first) and heritage schools (ages
 * 6–17, by a fixed lottery) may lift it across 0.5.
 */
const STREAM = streamId('language');
/** A child's fixed lottery number for heritage-school places (shared with the initialisation). */
export const SCHOOL_STREAM = streamId('heritage school places');
const DRAW = { shift: 0, courseSeat: 1 } as const;
const JUST_BELOW = PROFICIENT - 0.001;
/** Course seats are found on a fixed histogram of host proficiency over [0, 0.5): no sort, no allocation. */
const BINS = 64;
const CHILD_END_QUARTERS = ADULT_QUARTERS;

let snapshot: Uint8Array | undefined;
const histogram = new Float64Array(DIASPORA_COUNT * BINS);
const adults = new Float64Array(DIASPORA_COUNT);
const cutBin = new Int32Array(DIASPORA_COUNT);
const cutFraction = new Float64Array(DIASPORA_COUNT);
const schoolShare = new Float64Array(DIASPORA_COUNT);
const COURSE_IDS = DIASPORAS.map((d) => `${d}.language_course_seats`);
const SCHOOL_IDS = DIASPORAS.map((d) => `${d}.heritage_school_places`);

export const applyLanguage: Rule = (state, levers, params, rng, step) => {
  const p = state.persons;
  const chances = shiftChances(params);
  const use = param(params, 'language.use_rate');
  const courseGain = param(params, 'language.course_gain');
  const schoolGain = param(params, 'language.school_gain');
  const { alive, heritageLanguage: H, hostLanguage: L, ageQuarters, diaspora, weight, id, flags, ties, metTies, contactsHost } = p;

  // Pass 1: states at the start of the quarter, and who is waiting for a course.
  const end = p.end;
  snapshot = scratch(snapshot, end, newUint8Array);
  const code = snapshot;
  histogram.fill(0);
  adults.fill(0);
  for (let i = 0; i < end; i++) {
    if (alive[i] === 0) continue;
    code[i] = languageState(H[i], L[i]);
    if (ageQuarters[i] < ADULT_QUARTERS) continue;
    const d = diaspora[i];
    adults[d] += weight[i];
    if (L[i] < PROFICIENT) histogram[d * BINS + Math.floor(L[i] * 2 * BINS)] += weight[i];
  }
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    let seats = ((lever(levers, COURSE_IDS[d]) / 1000) * adults[d]) / state.timeline.stepsPerYear;
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
      break;
    }
    schoolShare[d] = Math.min(1, lever(levers, SCHOOL_IDS[d]) / 1000);
  }

  const key = rng.streamKey(STREAM, step);
  const schoolKey = rng.streamKey(SCHOOL_STREAM, 0);
  for (let i = 0; i < end; i++) {
    if (alive[i] === 0) continue;
    const agentId = id[i];
    const d = diaspora[i];
    const age = ageQuarters[i];
    // Heritage-school places: a fixed lottery number per child, so a pupil keeps the place and more places only add pupils.
    const pupil = age >= SCHOOL_START_QUARTERS && age < CHILD_END_QUARTERS && rng.uniform(schoolKey, agentId, 0) < schoolShare[d];
    flags[i] = pupil ? flags[i] | Flag.inHeritageSchool : flags[i] & ~Flag.inHeritageSchool;

    const hostStart = L[i];
    let heritageOnly = 0;
    let hostOnly = contactsHost[i];
    let bilingual = 0;
    for (let m = metTies[i]; m !== 0; m &= m - 1) {
      const tie = ties[i * TIES_PER_AGENT + (31 - Math.clz32(m & -m))];
      if (tie < 0) continue;
      const other = code[tie];
      if (other === Speaks.heritageOnly) heritageOnly++;
      else if (other === Speaks.hostOnly) hostOnly++;
      else bilingual++;
    }
    const met = heritageOnly + hostOnly + bilingual;
    if (met > 0) {
      const x = heritageOnly / met;
      const y = hostOnly / met;
      const z = bilingual / met;
      const adult = age < ADULT_QUARTERS ? 0 : 1;
      const now = code[i];
      const next = decideShift(
        chances,
        params,
        now,
        rng.uniform(key, agentId, DRAW.shift),
        adult,
        met,
        heritageOnly,
        hostOnly,
        bilingual,
        pupil,
      );
      if (next !== now) {
        if (now === Speaks.heritageOnly) L[i] = PROFICIENT;
        else if (now === Speaks.hostOnly) H[i] = PROFICIENT;
        else if (next === Speaks.heritageOnly) L[i] = JUST_BELOW;
        else H[i] = JUST_BELOW;
      }
      // Inside its band a proficiency moves use_rate of the way to 0.5·u (not proficient) or 0.5 + 0.5·u
      // (proficient), u the share of contacts met who speak it; pupils do not lose heritage proficiency.
      // (Written out rather than called: a call returning a number would box it on every agent.)
      const host = L[i];
      L[i] =
        host >= PROFICIENT
          ? host + use * (PROFICIENT + PROFICIENT * (y + z) - host)
          : Math.min(JUST_BELOW, host + use * (PROFICIENT * (y + z) - host));
      const heritage = H[i];
      const used =
        heritage >= PROFICIENT
          ? heritage + use * (PROFICIENT + PROFICIENT * (x + z) - heritage)
          : Math.min(JUST_BELOW, heritage + use * (PROFICIENT * (x + z) - heritage));
      H[i] = pupil && used < heritage ? heritage : used;
    }

    if (age >= ADULT_QUARTERS && hostStart < PROFICIENT) {
      const bin = Math.floor(hostStart * 2 * BINS);
      if (bin < cutBin[d] || (bin === cutBin[d] && rng.uniform(key, agentId, DRAW.courseSeat) < cutFraction[d])) {
        L[i] = Math.min(1, L[i] + courseGain);
      }
    }
    if (pupil) H[i] += schoolGain * (1 - H[i]);
  }
};
