import {
  BERRY_SHARES,
  HERITAGE_PROFICIENT_SHARE,
  HOME_TRUST_MEDIAN,
  HOST_PROFICIENT_SHARE,
  ORIENTATION_HIGH,
  ORIENTATION_LOW,
  TRUST_SPREAD,
} from '../../data/socialPriors.js';
import { type RandomSource, streamId } from '../../rng.js';
import { SCHOOL_STREAM } from '../../rules/applyLanguage.js';
import { prejudiceBaseline } from '../../rules/applyPrejudice.js';
import { type Assumptions, param } from '../../rules/rule.js';
import {
  ADULT_QUARTERS,
  hostPersonsPerAgent,
  logistic,
  logit,
  PROFICIENT,
  SCHOOL_START_QUARTERS,
  tieThreshold,
} from '../../rules/socialShared.js';
import { DIASPORAS, findParameter } from '../../scenario/catalog/index.js';
import { Kind, Legal } from '../codes.js';
import { type Persons, TIES_PER_AGENT } from '../persons.js';
import type { SimulationState } from '../simulationState.js';

/**
 * Social traits at the start (2021) and of newcomers (docs/submodels/social.md#initialisation):
 * languages and orientations from the priors in data/socialPriors.ts, trust in the host and home
 * country; hosts' attitudes toward the other country, and prejudice started near the level their
 * expected contacts sustain. Births take their mother's languages, orientations, set points and trust.
 */
const STREAM = streamId('initial social traits');
const NEWCOMER_STREAM = streamId('newcomer social traits');
const HOST_STREAM = streamId('initial host attitudes');
const HISTORY_STREAM = streamId('initial discrimination history');
/** Quarters of discrimination history drawn at the start (what the indicators and employment look back on). */
const HISTORY_QUARTERS = 12;
const ENFORCEMENT_IDS = DIASPORAS.map((d) => `${d}.anti_discrimination`);
const SCHOOL_IDS = DIASPORAS.map((d) => `${d}.heritage_school_places`);
// Uniform draws 0–5; normal draws 8 and 9 use uniforms 16–19.
const DRAW = { quadrant: 0, heritageOrientation: 1, hostOrientation: 2, languageState: 3, heritageLevel: 4, hostLevel: 5 } as const;
const NORMAL_DRAW = { trustHost: 8, trustHome: 9 } as const;

export function initialiseSocialTraits(state: SimulationState, params: Assumptions, rng: RandomSource): void {
  const p = state.persons;
  priorsFor(params, rng);
  priors.key = rng.streamKey(STREAM, 0);
  priors.keyStep = -1;
  initialiseHosts(state, params, rng);
  for (let i = 0; i < p.end; i++) if (p.alive[i] === 1) drawPriorTraits(p, i, rng);
  drawDiscriminationHistory(state, params, rng);
}

/**
 * Social traits of a newcomer in `slot` (its kind, diaspora, age, region already set).
 * `mother` is the mother's slot for a birth, -1 for an arrival; `father` the father's slot, -1 if
 * none or unknown, -2 if from the host majority (codes.NO_PARENT, MAJORITY_PARENT; a mother
 * from the host majority is -2 too). Draws only from streams keyed by the newcomer's own id so that
 * common random numbers hold.
 */
export function initialiseNewcomerSocialTraits(
  state: SimulationState,
  slot: number,
  mother: number,
  _father: number,
  params: Assumptions,
  rng: RandomSource,
  step: number,
): void {
  const p = state.persons;
  if (mother < 0) {
    priorsFor(params, rng);
    if (priors.keyStep !== step) {
      priors.key = rng.streamKey(NEWCOMER_STREAM, step);
      priors.keyStep = step;
    }
    drawPriorTraits(p, slot, rng);
    return;
  }
  // Transmission: the child grows up with the mother's languages and leanings.
  p.heritageLanguage[slot] = p.heritageLanguage[mother];
  p.hostLanguage[slot] = p.hostLanguage[mother];
  p.heritageOrientation[slot] = p.heritageOrientation[mother];
  p.hostOrientation[slot] = p.hostOrientation[mother];
  p.heritageAnchor[slot] = p.heritageAnchor[mother];
  p.hostAnchor[slot] = p.hostAnchor[mother];
  p.trustHost[slot] = p.trustHost[mother];
  p.trustHome[slot] = p.trustHome[mother];
}

/**
 * What the prior draws read besides the person, gathered once per assumptions object and random
 * source (newcomers arrive every quarter; reading assumptions by id for each is slow), and the
 * stream key of the draws in progress. Numbers live in fields, so the draw functions below take
 * only the person's slot and nothing is boxed when V8 does not inline them.
 */
const priors = {
  params: undefined as Assumptions | undefined,
  rng: undefined as RandomSource | undefined,
  key: Number.NaN,
  keyStep: -1,
  schoolKey: Number.NaN,
  languagePull: Number.NaN,
  citizenshipPull: Number.NaN,
  /** logit of the median trust in the host: settled members and migrants, students. */
  trustCentre: Number.NaN,
  studentTrustCentre: Number.NaN,
  homeTrustCentre: Number.NaN,
  /** Heritage-school places per child at the 2021 status quo, by diaspora. */
  schoolShare: new Float64Array(2),
};

function priorsFor(params: Assumptions, rng: RandomSource): void {
  if (priors.params === params && priors.rng === rng) return;
  priors.params = params;
  priors.rng = rng;
  priors.keyStep = -1;
  priors.schoolKey = rng.streamKey(SCHOOL_STREAM, 0);
  priors.languagePull = param(params, 'acculturation.language_pull');
  priors.citizenshipPull = param(params, 'acculturation.citizenship_pull');
  priors.trustCentre = logit(param(params, 'attitudes.initial_diaspora_trust'));
  priors.studentTrustCentre = logit(param(params, 'attitudes.initial_student_trust'));
  priors.homeTrustCentre = logit(HOME_TRUST_MEDIAN);
  for (let d = 0; d < SCHOOL_IDS.length; d++) priors.schoolShare[d] = Math.min(1, leverDefault(SCHOOL_IDS[d]) / 1000);
}

const HALF = PROFICIENT;
const ADULT = ADULT_QUARTERS;
const SCHOOL_START = SCHOOL_START_QUARTERS;
const STUDENT = Kind.student;
const CITIZEN = Legal.citizen;
const [LOW_FROM, LOW_TO] = ORIENTATION_LOW;
const [HIGH_FROM, HIGH_TO] = ORIENTATION_HIGH;
const INTEGRATION = BERRY_SHARES.integration;
const ASSIMILATION = BERRY_SHARES.assimilation;
const SEPARATION = BERRY_SHARES.separation;

/** Languages, orientations with their set points, and trust of person i from the priors (key in priors.key). */
function drawPriorTraits(p: Persons, i: number, rng: RandomSource): void {
  drawLanguages(p, i, rng);
  drawOrientations(p, i, rng);
  drawTrust(p, i, rng);
}

/**
 * Language state first (never neither language), then the level inside its band: proficient
 * 0.5 + 0.5·u, else 0.5·u·0.998 (just below 0.5). Pupils of heritage schools in 2021 (the same
 * lottery the language rule uses, at the 2021 places) speak the language.
 */
function drawLanguages(p: Persons, i: number, rng: RandomSource): void {
  const id = p.id[i];
  const d = p.diaspora[i];
  const kind = p.kind[i];
  const key = priors.key;
  const heritageShare = HERITAGE_PROFICIENT_SHARE[d][kind];
  const hostShare = HOST_PROFICIENT_SHARE[d][kind];
  const u = rng.uniform(key, id, DRAW.languageState);
  const heritageProficient = u >= 1 - heritageShare;
  const hostProficient = u < 1 - heritageShare || u >= 2 - heritageShare - hostShare;
  const age = p.ageQuarters[i];
  const pupil = age >= SCHOOL_START && age < ADULT && rng.uniform(priors.schoolKey, id, 0) < priors.schoolShare[d];
  const heritageLevel = rng.uniform(key, id, DRAW.heritageLevel);
  p.heritageLanguage[i] = heritageProficient || pupil ? HALF + (1 - HALF) * heritageLevel : HALF * heritageLevel * 0.998;
  const hostLevel = rng.uniform(key, id, DRAW.hostLevel);
  p.hostLanguage[i] = hostProficient ? HALF + (1 - HALF) * hostLevel : HALF * hostLevel * 0.998;
}

/**
 * A Berry quadrant from the shares, orientations uniform inside it (ORIENTATION_HIGH or _LOW), and
 * the set points that make them the acculturation targets at the start (hostAnchorFor and
 * heritageAnchorFor of applyAcculturation, encodeAnchor of socialShared, written out).
 */
function drawOrientations(p: Persons, i: number, rng: RandomSource): void {
  const id = p.id[i];
  const key = priors.key;
  const q = rng.uniform(key, id, DRAW.quadrant);
  const heritageHigh = q < INTEGRATION || (q >= INTEGRATION + ASSIMILATION && q < INTEGRATION + ASSIMILATION + SEPARATION);
  const hostHigh = q < INTEGRATION + ASSIMILATION;
  const uh = rng.uniform(key, id, DRAW.heritageOrientation);
  const h = heritageHigh ? HIGH_FROM + (HIGH_TO - HIGH_FROM) * uh : LOW_FROM + (LOW_TO - LOW_FROM) * uh;
  const un = rng.uniform(key, id, DRAW.hostOrientation);
  const n = hostHigh ? HIGH_FROM + (HIGH_TO - HIGH_FROM) * un : LOW_FROM + (LOW_TO - LOW_FROM) * un;
  p.heritageOrientation[i] = h;
  p.hostOrientation[i] = n;
  const languagePull = priors.languagePull;
  const hostAnchor = n - languagePull * (p.hostLanguage[i] - HALF) - (p.legal[i] === CITIZEN ? priors.citizenshipPull : 0);
  p.hostAnchor[i] = Math.max(0, Math.min(255, Math.round((hostAnchor + 0.5) * 127.5)));
  const heritageAnchor = h - languagePull * (p.heritageLanguage[i] - HALF) - 0;
  p.heritageAnchor[i] = Math.max(0, Math.min(255, Math.round((heritageAnchor + 0.5) * 127.5)));
}

/**
 * Trust in the host country and in home institutions: logistic(logit(median) + spread·z), z the
 * standard normal of RandomSource.normal over uniform draws 2·8, 2·8 + 1 (host) and 2·9, 2·9 + 1
 * (home); one function each, so that each inlines its normal draw.
 */
function drawTrust(p: Persons, i: number, rng: RandomSource): void {
  drawHostTrust(p, i, rng);
  drawHomeTrust(p, i, rng);
}

function drawHostTrust(p: Persons, i: number, rng: RandomSource): void {
  const centre = p.kind[i] === STUDENT ? priors.studentTrustCentre : priors.trustCentre;
  const z = rng.normal(priors.key, p.id[i], NORMAL_DRAW.trustHost);
  p.trustHost[i] = 1 / (1 + Math.exp(-(centre + TRUST_SPREAD * z)));
}

function drawHomeTrust(p: Persons, i: number, rng: RandomSource): void {
  const z = rng.normal(priors.key, p.id[i], NORMAL_DRAW.trustHome);
  p.trustHome[i] = 1 / (1 + Math.exp(-(priors.homeTrustCentre + TRUST_SPREAD * z)));
}

/**
 * Hosts: attitudes from the prior; prejudice at the level its expected contacts would sustain
 * (p* = λb / (1 − (1 − λ)·exp(−δc)), c from the ties pointing at the host and the students' extra
 * contacts), so the first years show no warm-up; contactsYear at four times the expected quarter.
 */
function initialiseHosts(state: SimulationState, params: Assumptions, rng: RandomSource): void {
  const hosts = state.hosts;
  const p = state.persons;
  const expected = hosts.contactsStep;
  expected.fill(0);
  const meetShare = tieThreshold(params, TIES_PER_AGENT) / 64;
  const studentContacts = param(params, 'contacts.student_host_contacts') * param(params, 'contacts.student_contact_quality');
  const studentsPerRegion = new Float64Array(state.regions.length);
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 0) continue;
    const w = p.weight[i];
    for (let k = 0; k < TIES_PER_AGENT; k++) {
      const tie = p.ties[i * TIES_PER_AGENT + k];
      if (tie < 0) expected[~tie] += meetShare * w;
    }
    if (p.kind[i] === Kind.student) studentsPerRegion[p.region[i]] += w;
  }
  for (let j = 0; j < hosts.count; j++) {
    const r = hosts.region[j];
    expected[j] += (studentContacts * studentsPerRegion[r]) / hosts.regionCount[r];
  }
  const scale = new Float64Array(state.regions.length);
  hostPersonsPerAgent(state, params, scale);
  const delta = param(params, 'prejudice.contact_effect');
  const lambda = param(params, 'prejudice.recovery_rate');
  const attitudeCentre = logit(param(params, 'attitudes.initial_host_attitude'));
  const key = rng.streamKey(HOST_STREAM, 0);
  for (let j = 0; j < hosts.count; j++) {
    const c = expected[j] / scale[hosts.region[j]];
    const baseline = prejudiceBaseline(rng, params, j);
    hosts.prejudice[j] = (lambda * baseline) / (1 - (1 - lambda) * Math.exp(-delta * c));
    hosts.contactsYear[j] = 4 * c;
    hosts.contactsStep[j] = 0;
    hosts.attitude[j] = logistic(attitudeCentre + TRUST_SPREAD * rng.normal(key, j, 0));
  }
}

/**
 * Discrimination before 2021: for each of the last 12 quarters, an event with the chance the
 * discrimination rule would give under the 2021 status quo (the levers' defaults), from the person's
 * host ties and their prejudice; quartersSinceDiscrimination is the quarters since the latest one
 * (NEVER_DISCRIMINATED if none). So the 2021 discrimination rate and employment start settled.
 */
function drawDiscriminationHistory(state: SimulationState, params: Assumptions, rng: RandomSource): void {
  const p = state.persons;
  const prejudice = state.hosts.prejudice;
  const meetShare = tieThreshold(params, TIES_PER_AGENT) / 64;
  const base = param(params, 'discrimination.base_rate');
  const effect = param(params, 'discrimination.enforcement_effect');
  const key = rng.streamKey(HISTORY_STREAM, 0);
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 0) continue;
    let hostTies = 0;
    let prejudiceSum = 0;
    for (let k = 0; k < TIES_PER_AGENT; k++) {
      const tie = p.ties[i * TIES_PER_AGENT + k];
      if (tie >= 0) continue;
      hostTies++;
      prejudiceSum += prejudice[~tie];
    }
    if (hostTies === 0) continue;
    const metAny = 1 - (1 - meetShare) ** hostTies;
    const chance = base * Math.max(0, 1 - effect * leverDefault(ENFORCEMENT_IDS[p.diaspora[i]])) * (prejudiceSum / hostTies) * metAny;
    const quarters = Math.min(HISTORY_QUARTERS, p.quartersInHost[i]);
    for (let q = 0; q < quarters; q++) {
      if (rng.uniform(key, p.id[i], q) < chance) {
        // The latest event q + 1 quarters ago (the rule counts it up again in the first step).
        p.quartersSinceDiscrimination[i] = q;
        break;
      }
    }
  }
}

function leverDefault(id: string): number {
  const found = findParameter(id);
  if (!found) throw new Error(`unknown lever "${id}"`);
  return found.definition.default;
}
