import { INITIAL_POPULATION } from '../../data/initialPopulation.js';
import {
  FIRST_GENERATION_HOST_PROFICIENT_SHARE,
  HERITAGE_PROFICIENT_SHARE,
  HOME_TRUST_MEDIAN,
  HOST_PROFICIENT_SHARE,
  TRUST_SPREAD,
} from '../../data/socialPriors.js';
import { ADULT_QUARTERS, PROFICIENT, SCHOOL_START_QUARTERS } from '../../equations/ages.js';
import { logistic, logisticInPlace, logit } from '../../equations/functions.js';
import {
  type AcculturationCoefficients,
  attitudeBaseline,
  DISCRIMINATION_MEMORY_QUARTERS,
  decodeDisposition,
  encodeDisposition,
  heritageTargetLogit,
  hostPersonsFromRegionWeights,
  hostTargetLogit,
  prejudiceBaseline,
  readAcculturationCoefficients,
  regionPersons,
  SCHOOL_STREAM,
  tieThreshold,
} from '../../equations/social.js';
import { type Assumptions, param } from '../../equations/values.js';
import { exp, operands, pow, sqrt } from '../../math/index.js';
import { type RandomSource, streamId } from '../../rng.js';
import { DIASPORAS, findParameter } from '../../scenario/catalog/index.js';
import { Flag, Kind, Legal, MAJORITY_PARENT } from '../codes.js';
import { type Persons, TIES_PER_AGENT } from '../persons.js';
import type { SimulationState } from '../simulationState.js';

/**
 * Social traits at the start (2021) and of newcomers (docs/model.md#social-initialisation): languages
 * from the priors in data/socialPriors.ts; acculturation dispositions drawn around calibrated means and
 * orientations at the targets they and the person's traits give (so 2021 opens without a transient,
 * and the Berry shares of 2021 follow from the dispositions rather than being imposed); trust in the
 * host and home country; hosts' prejudice near the level their expected contacts sustain and attitudes
 * with it. A newborn starts from both parents: languages and orientations in between theirs,
 * dispositions in between theirs plus a share of its own.
 */
const STREAM = streamId('initial social traits');
const NEWCOMER_STREAM = streamId('newcomer social traits');
const HISTORY_STREAM = streamId('initial discrimination history');
/** Quarters of discrimination history drawn at the start (what the indicators and employment look back on). */
const HISTORY_QUARTERS = 12;
const ENFORCEMENT_IDS = DIASPORAS.map((d) => `${d}.anti_discrimination`);
const SCHOOL_IDS = DIASPORAS.map((d) => `${d}.heritage_school_places`);
// Uniform draws 3–5; normal draws 8–12 use uniforms 16–25.
const DRAW = { languageState: 3, heritageLevel: 4, hostLevel: 5 } as const;
const NORMAL_DRAW = { trustHost: 8, trustHome: 9, hostDisposition: 10, heritageDisposition: 11, fatherDisposition: 12 } as const;
/** Normal draws land here (rng.normalInto): a double returned by a call V8 does not inline is allocated. */
const normals = new Float64Array(2);
/** Uniform draws handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
const draws = new Float64Array(1);

export function initialiseSocialTraits(state: SimulationState, params: Assumptions, rng: RandomSource): void {
  const p = state.persons;
  priorsFor(params, rng);
  priors.key = rng.streamKey(STREAM, 0);
  priors.keyStep = -1;
  initialiseHosts(state, params, rng);
  for (let i = 0; i < p.end; i++) if (p.alive[i] === 1) drawPriorTraits(p, i, rng);
  drawDiscriminationHistory(state, params, rng);
  // Orientations last: their targets read the discrimination history.
  for (let i = 0; i < p.end; i++) if (p.alive[i] === 1) setOrientationsAtTarget(p, i);
}

/**
 * Social traits of a newcomer in `slot` (its kind, diaspora, age, region already set). For a birth,
 * `mother` and `father` are the parents' slots, NO_PARENT (none recorded) or MAJORITY_PARENT (from the
 * host majority, not an agent; either parent may be); for an arrival both are NO_PARENT. Draws only
 * from streams keyed by the newcomer's own id so that common random numbers hold.
 */
export function initialiseNewcomerSocialTraits(
  state: SimulationState,
  slot: number,
  mother: number,
  father: number,
  params: Assumptions,
  rng: RandomSource,
  step: number,
): void {
  const p = state.persons;
  priorsFor(params, rng);
  if (priors.keyStep !== step) {
    priors.key = rng.streamKey(NEWCOMER_STREAM, step);
    priors.keyStep = step;
  }
  // The parent in the diaspora first: a child of a host-majority mother starts from its father.
  const parent = mother >= 0 ? mother : father;
  const otherParent = mother >= 0 ? father : mother;
  if (parent < 0) {
    drawPriorTraits(p, slot, rng);
    setOrientationsAtTarget(p, slot);
    return;
  }
  inheritFromParents(p, slot, parent, otherParent, rng);
}

/**
 * What the prior draws read besides the person, gathered once per assumptions object and random
 * source (newcomers arrive every quarter; reading assumptions by id for each is slow), and the
 * stream key of the draws in progress.
 */
const priors = {
  params: undefined as Assumptions | undefined,
  rng: undefined as RandomSource | undefined,
  key: Number.NaN,
  keyStep: -1,
  schoolKey: Number.NaN,
  acculturation: undefined as unknown as AcculturationCoefficients,
  hostMean: Number.NaN,
  heritageMean: Number.NaN,
  spread: Number.NaN,
  correlation: Number.NaN,
  /** sqrt(1 − correlation²): the heritage disposition's own share (computed once, not per newcomer). */
  residual: Number.NaN,
  majorityParent: Number.NaN,
  /** A host-majority parent's orientations, logistic(±majorityParent) (computed once, not per birth). */
  majorityHostOrientation: Number.NaN,
  majorityHeritageOrientation: Number.NaN,
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
  priors.acculturation = readAcculturationCoefficients(params);
  priors.hostMean = param(params, 'acculturation.host_disposition_mean');
  priors.heritageMean = param(params, 'acculturation.heritage_disposition_mean');
  priors.spread = param(params, 'acculturation.disposition_spread');
  priors.correlation = param(params, 'acculturation.disposition_correlation');
  priors.residual = sqrt(1 - priors.correlation * priors.correlation);
  priors.majorityParent = param(params, 'acculturation.majority_parent_disposition');
  priors.majorityHostOrientation = logistic(priors.majorityParent);
  priors.majorityHeritageOrientation = logistic(-priors.majorityParent);
  priors.trustCentre = logit(param(params, 'attitudes.initial_diaspora_trust'));
  priors.studentTrustCentre = logit(param(params, 'attitudes.initial_student_trust'));
  priors.homeTrustCentre = logit(HOME_TRUST_MEDIAN);
  for (let d = 0; d < SCHOOL_IDS.length; d++) priors.schoolShare[d] = Math.min(1, leverDefault(SCHOOL_IDS[d]) / 1000);
}

const HALF = PROFICIENT;
const ADULT = ADULT_QUARTERS;
const SCHOOL_START = SCHOOL_START_QUARTERS;
const STUDENT = Kind.student;
const SETTLED = Kind.settled;
const CITIZEN = Legal.citizen;
const MEMBER = Flag.associationMember;

/** Languages, dispositions and trust of person i from the priors (key in priors.key). */
function drawPriorTraits(p: Persons, i: number, rng: RandomSource): void {
  drawLanguages(p, i, rng);
  drawDispositions(p, i, rng);
  drawTrust(p, i, rng);
}

/**
 * Language state first (never neither language), then the level inside its band: proficient
 * 0.5 + 0.5·u, else 0.5·u·0.998 (just below 0.5). Settled members born abroad speak the host language
 * less often than those born here (the shares keep the kind's overall share). Pupils of heritage
 * schools in 2021 (the same lottery the language rule uses, at the 2021 places) speak the language.
 */
function drawLanguages(p: Persons, i: number, rng: RandomSource): void {
  const id = p.id[i] | 0; // signed (the draws only multiply it): an id past 2^31 crossing a call is allocated
  const d = p.diaspora[i];
  const kind = p.kind[i];
  const key = priors.key;
  const heritageShare = HERITAGE_PROFICIENT_SHARE[d][kind];
  const hostShare = kind === SETTLED ? settledHostShare(d, p.generation[i]) : HOST_PROFICIENT_SHARE[d][kind];
  rng.uniformInto(draws, 0, key, id, DRAW.languageState);
  const u = draws[0];
  const heritageProficient = u >= 1 - heritageShare;
  const hostProficient = u < 1 - heritageShare || u >= 2 - heritageShare - hostShare;
  const age = p.ageQuarters[i];
  let pupil = false;
  if (age >= SCHOOL_START && age < ADULT) {
    rng.uniformInto(draws, 0, priors.schoolKey, id, 0);
    pupil = draws[0] < priors.schoolShare[d];
  }
  rng.uniformInto(draws, 0, key, id, DRAW.heritageLevel);
  const heritageLevel = draws[0];
  p.heritageLanguage[i] = heritageProficient || pupil ? HALF + (1 - HALF) * heritageLevel : HALF * heritageLevel * 0.998;
  rng.uniformInto(draws, 0, key, id, DRAW.hostLevel);
  const hostLevel = draws[0];
  p.hostLanguage[i] = hostProficient ? HALF + (1 - HALF) * hostLevel : HALF * hostLevel * 0.998;
}

/**
 * Host-language share of settled members: born abroad FIRST_GENERATION_HOST_PROFICIENT_SHARE, born
 * here whatever keeps the settled share of data/socialPriors.ts (with that diaspora's generation mix).
 */
function settledHostShare(d: number, generation: number): number {
  const overall = HOST_PROFICIENT_SHARE[d][SETTLED];
  const firstGeneration = FIRST_GENERATION_HOST_PROFICIENT_SHARE[d];
  if (generation === 1) return firstGeneration;
  const bornAbroad = FIRST_GENERATION_SHARE_OF_SETTLED[d];
  return Math.min(1, (overall - bornAbroad * firstGeneration) / (1 - bornAbroad));
}

/** Born-abroad share of the settled at the start (data/initialPopulation.ts generation shares). */
const FIRST_GENERATION_SHARE_OF_SETTLED = INITIAL_POPULATION.map((pop) => pop.generationShares[0]);

/**
 * Dispositions toward the host and the heritage culture: correlated normals around the calibrated
 * means, stored as bytes (equations/social.ts encodeDisposition).
 */
function drawDispositions(p: Persons, i: number, rng: RandomSource): void {
  const id = p.id[i] | 0;
  rng.normalInto(normals, 0, priors.key, id, NORMAL_DRAW.hostDisposition);
  rng.normalInto(normals, 1, priors.key, id, NORMAL_DRAW.heritageDisposition);
  const zHost = normals[0];
  const zOther = normals[1];
  const zHeritage = priors.correlation * zHost + priors.residual * zOther;
  normals[0] = priors.hostMean + priors.spread * zHost;
  normals[1] = priors.heritageMean + priors.spread * zHeritage;
  p.hostDisposition[i] = encodeDisposition(normals, 0);
  p.heritageDisposition[i] = encodeDisposition(normals, 1);
}

/** Orientations at their targets with the quarter's contacts at the region's usual mix (contact term zero). */
function setOrientationsAtTarget(p: Persons, i: number): void {
  const c = priors.acculturation;
  const discriminated = p.quartersSinceDiscrimination[i] < DISCRIMINATION_MEMORY_QUARTERS;
  const host = hostTargetLogit(decodeDisposition(p.hostDisposition[i]), p.hostLanguage[i], p.legal[i] === CITIZEN, discriminated, c);
  const heritage = heritageTargetLogit(decodeDisposition(p.heritageDisposition[i]), p.heritageLanguage[i], (p.flags[i] & MEMBER) !== 0, c);
  // The logistic through operands: this function's calls of it were not inlined, which boxed the doubles.
  operands[0] = host;
  logisticInPlace();
  p.hostOrientation[i] = operands[0];
  operands[0] = heritage;
  logisticInPlace();
  p.heritageOrientation[i] = operands[0];
}

/**
 * A newborn between its parents (`mother` here is the parent in the diaspora, `father` the other):
 * languages and orientations the mean of the two (a host-majority parent speaks only the host
 * language and leans fully to the host culture; with no other parent recorded, the one parent's);
 * dispositions the mean of the parents' plus a share of its own, so that their spread stays that of
 * the population (a parent not recorded is a draw from it); trust the diaspora parent's.
 */
function inheritFromParents(p: Persons, child: number, mother: number, father: number, rng: RandomSource): void {
  const id = p.id[child] | 0;
  const spread = priors.spread;
  const m = priors.majorityParent;
  let fatherHost: number;
  let fatherHeritage: number;
  if (father >= 0) {
    p.heritageLanguage[child] = (p.heritageLanguage[mother] + p.heritageLanguage[father]) / 2;
    p.hostLanguage[child] = (p.hostLanguage[mother] + p.hostLanguage[father]) / 2;
    p.heritageOrientation[child] = (p.heritageOrientation[mother] + p.heritageOrientation[father]) / 2;
    p.hostOrientation[child] = (p.hostOrientation[mother] + p.hostOrientation[father]) / 2;
    fatherHost = decodeDisposition(p.hostDisposition[father]);
    fatherHeritage = decodeDisposition(p.heritageDisposition[father]);
  } else if (father === MAJORITY_PARENT) {
    p.heritageLanguage[child] = p.heritageLanguage[mother] / 2;
    p.hostLanguage[child] = (p.hostLanguage[mother] + 1) / 2;
    p.heritageOrientation[child] = (p.heritageOrientation[mother] + priors.majorityHeritageOrientation) / 2;
    p.hostOrientation[child] = (p.hostOrientation[mother] + priors.majorityHostOrientation) / 2;
    fatherHost = m;
    fatherHeritage = -m;
  } else {
    p.heritageLanguage[child] = p.heritageLanguage[mother];
    p.hostLanguage[child] = p.hostLanguage[mother];
    p.heritageOrientation[child] = p.heritageOrientation[mother];
    p.hostOrientation[child] = p.hostOrientation[mother];
    rng.normalInto(normals, 0, priors.key, id, NORMAL_DRAW.fatherDisposition);
    rng.normalInto(normals, 1, priors.key, id, NORMAL_DRAW.fatherDisposition + 1);
    fatherHost = priors.hostMean + spread * normals[0];
    fatherHeritage = priors.heritageMean + spread * normals[1];
  }
  // Mean of two independent parents has variance σ²/2; the child's own share restores σ².
  const own = spread * Math.SQRT1_2;
  rng.normalInto(normals, 0, priors.key, id, NORMAL_DRAW.hostDisposition);
  rng.normalInto(normals, 1, priors.key, id, NORMAL_DRAW.heritageDisposition);
  const hostOwn = own * normals[0];
  const heritageOwn = own * normals[1];
  normals[0] = (decodeDisposition(p.hostDisposition[mother]) + fatherHost) / 2 + hostOwn;
  normals[1] = (decodeDisposition(p.heritageDisposition[mother]) + fatherHeritage) / 2 + heritageOwn;
  p.hostDisposition[child] = encodeDisposition(normals, 0);
  p.heritageDisposition[child] = encodeDisposition(normals, 1);
  p.trustHost[child] = p.trustHost[mother];
  p.trustHome[child] = p.trustHome[mother];
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
  rng.normalInto(normals, 0, priors.key, p.id[i] | 0, NORMAL_DRAW.trustHost);
  // logistic through operands (exp's call, where not inlined, would box its doubles).
  operands[0] = centre + TRUST_SPREAD * normals[0];
  logisticInPlace();
  p.trustHost[i] = operands[0];
}

function drawHomeTrust(p: Persons, i: number, rng: RandomSource): void {
  rng.normalInto(normals, 0, priors.key, p.id[i] | 0, NORMAL_DRAW.trustHome);
  operands[0] = priors.homeTrustCentre + TRUST_SPREAD * normals[0];
  logisticInPlace();
  p.trustHome[i] = operands[0];
}

/**
 * Hosts: prejudice at the level its expected contacts would sustain (p* = λb / (1 − (1 − λ)·exp(−δc)),
 * c from the ties pointing at the host and the students' extra contacts), so the first years show no
 * warm-up; contactsYear at four times the expected quarter; attitude at its own level plus the
 * secondary transfer of that prejudice (applyAttitudes), its resting point.
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
  regionPersons(state, scale);
  hostPersonsFromRegionWeights(state, params, scale);
  const delta = param(params, 'prejudice.contact_effect');
  const lambda = param(params, 'prejudice.recovery_rate');
  const transfer = param(params, 'attitudes.secondary_transfer');
  hosts.personsPerAgent.set(scale);
  for (let j = 0; j < hosts.count; j++) {
    const c = expected[j] / scale[hosts.region[j]];
    const baseline = prejudiceBaseline(rng, params, j);
    hosts.prejudice[j] = (lambda * baseline) / (1 - (1 - lambda) * exp(-delta * c));
    hosts.contactsYear[j] = 4 * c;
    hosts.contactsStep[j] = 0;
    hosts.attitude[j] = logistic(logit(attitudeBaseline(rng, params, j)) + transfer * (baseline - hosts.prejudice[j]));
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
    const metAny = 1 - pow(1 - meetShare, hostTies);
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
