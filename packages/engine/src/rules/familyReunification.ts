import { MALE_BIRTH_SHARE, SKILL_SHARES } from '../data/initialPopulation.js';
import { FERTILITY_FIRST_AGE_YEARS, FERTILITY_LAST_AGE_YEARS, vitalRatesOf, yearIndexOfStep } from '../data/vitalRates.js';
import { COUNTRY_OF_HOST } from '../data/worldPopulationProspects.js';
import { ADULT_QUARTERS } from '../equations/ages.js';
import { type Assumptions, param, type StepValues } from '../equations/values.js';
import { exp } from '../math/index.js';
import type { RandomSource } from '../rng.js';
import { DIASPORA_COUNT, Kind, NewcomerKind, NO_PARENT, Sex } from '../state/codes.js';
import { initialiseNewcomerEconomicTraits } from '../state/initial/economy.js';
import { drawSkill } from '../state/initial/personTraits.js';
import { initialiseNewcomerSocialTraits } from '../state/initial/social.js';
import { addNewcomer } from '../state/newcomers.js';
import type { SimulationState } from '../state/simulationState.js';
import { addTally, Tally } from '../state/tallies.js';

/** A migrant younger than this settles alone (few are married). Assumption. */
export const FAMILY_MIN_AGE_QUARTERS = 20 * 4;
/** At most this many children join (the Poisson draw is cut here). */
const MAX_CHILDREN = 8;
// Draws of the settling migrant (keyed by its id) and of each family member (keyed by the member's id).
const DRAW = { family: 10, children: 11, age: 1, sex: 2, skill: 3 } as const;
/** Uniform draws handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
const drawn = new Float64Array(1);

const membersOfDiaspora = new Int32Array(DIASPORA_COUNT);

/** Numbers family members of a step from 0 in each diaspora (called once a step, before the first family). */
export function startFamilies(): void {
  membersOfDiaspora.fill(0);
}

/** Whether a migrant who settles is joined by the family (draw `DRAW.family` of the migrant's id). */
export function familyJoins(state: SimulationState, migrant: number, share: number, key: number, rng: RandomSource): boolean {
  const p = state.persons;
  if (p.ageQuarters[migrant] < FAMILY_MIN_AGE_QUARTERS) return false;
  // Ids signed (the draws only multiply them): a newcomer's id past 2^31 crossing a call is allocated.
  rng.uniformInto(drawn, 0, key, p.id[migrant] | 0, DRAW.family);
  return drawn[0] < share;
}

/**
 * A settling migrant's family arrives (docs/model.md "Labour migration"): a partner of the other
 * sex, the age gap apart, and a Poisson number of minor children with the mean the home country's
 * fertility (WPP, this year's rates) implies for a mother of her age over the last 18 years, each
 * of an age uniform over those years. All are settled, born abroad (generation 1), in the migrant's
 * region, of its weight and legal status; the children live with the mother. Ids are
 * (step, family reunification, index in the diaspora's block) so common random numbers hold.
 */
export function joinFamily(
  state: SimulationState,
  migrant: number,
  key: number,
  levers: StepValues,
  params: Assumptions,
  rng: RandomSource,
  step: number,
): void {
  const gap = Math.round(param(params, 'unions.age_gap_years') * 4);
  const p0 = state.persons;
  const d = p0.diaspora[migrant];
  const migrantIsMan = p0.sex[migrant] === Sex.male;
  const partnerAge = migrantIsMan ? Math.max(ADULT_QUARTERS, p0.ageQuarters[migrant] - gap) : p0.ageQuarters[migrant] + gap;
  const spouse = addMember(state, migrant, migrantIsMan ? Sex.female : Sex.male, partnerAge, 0, levers, params, rng, key, step);
  let p = state.persons;
  p.partner[migrant] = spouse;
  p.partner[spouse] = migrant;
  const mother = migrantIsMan ? spouse : migrant;
  const motherYears = Math.floor(p.ageQuarters[mother] / 4);
  const home = 1 - COUNTRY_OF_HOST[d];
  const fertility =
    vitalRatesOf(params).countryFertility[home][yearIndexOfStep(state.timeline.startYear, state.timeline.stepsPerYear, step)];
  const firstBirthAge = Math.max(FERTILITY_FIRST_AGE_YEARS, motherYears - 17);
  const lastBirthAge = Math.min(FERTILITY_LAST_AGE_YEARS, motherYears);
  let expected = 0;
  for (let x = firstBirthAge; x <= lastBirthAge; x++) expected += fertility[((x - FERTILITY_FIRST_AGE_YEARS) / 5) | 0];
  rng.uniformInto(drawn, 0, key, p.id[migrant] | 0, DRAW.children);
  const children = poissonQuantile(expected, drawn[0]);
  const spanQuarters = Math.max(0, lastBirthAge - firstBirthAge + 1) * 4;
  for (let k = 0; k < children; k++) {
    const child = addMember(state, migrant, -1, -1, spanQuarters, levers, params, rng, key, step);
    p = state.persons;
    p.parent[child] = mother;
  }
}

/**
 * A family member in the migrant's region, of its weight and legal status, settled. Sex -1: drawn;
 * age -1: drawn uniformly in [0, spanQuarters).
 */
function addMember(
  state: SimulationState,
  migrant: number,
  sex: number,
  ageQuarters: number,
  spanQuarters: number,
  levers: StepValues,
  params: Assumptions,
  rng: RandomSource,
  key: number,
  step: number,
): number {
  const p0 = state.persons;
  const d = p0.diaspora[migrant];
  const slot = addNewcomer(
    state,
    step,
    NewcomerKind.familyReunification,
    membersOfDiaspora[d]++,
    d,
    p0.region[migrant],
    Kind.settled,
    p0.weight[migrant],
  );
  const p = state.persons;
  const id = p.id[slot] | 0;
  if (sex >= 0) p.sex[slot] = sex;
  else {
    rng.uniformInto(drawn, 0, key, id, DRAW.sex);
    p.sex[slot] = drawn[0] < MALE_BIRTH_SHARE ? Sex.male : Sex.female;
  }
  if (ageQuarters >= 0) p.ageQuarters[slot] = ageQuarters;
  else {
    rng.uniformInto(drawn, 0, key, id, DRAW.age);
    p.ageQuarters[slot] = Math.floor(drawn[0] * spanQuarters);
  }
  p.generation[slot] = 1;
  p.legal[slot] = p.legal[migrant];
  rng.uniformInto(drawn, 0, key, id, DRAW.skill);
  p.skill[slot] = drawSkill(SKILL_SHARES.settled, drawn[0]);
  initialiseNewcomerSocialTraits(state, slot, NO_PARENT, NO_PARENT, params, rng, step);
  initialiseNewcomerEconomicTraits(state, slot, NO_PARENT, levers, params, rng, step);
  addTally(state.tallies, d, Tally.familyArrivals, p.weight[slot]);
  return slot;
}

/** The smallest n with P(N <= n) > u for N ~ Poisson(mean), at most MAX_CHILDREN. */
export function poissonQuantile(mean: number, u: number): number {
  let term = exp(-mean);
  let cumulative = term;
  let n = 0;
  while (cumulative <= u && n < MAX_CHILDREN) {
    n++;
    term *= mean / n;
    cumulative += term;
  }
  return n;
}
