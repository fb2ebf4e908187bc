import { MALE_BIRTH_SHARE, SKILL_SHARES } from '../data/initialPopulation.js';
import { FERTILITY_AGE_SHARES, FERTILITY_FIRST_AGE_YEARS, FERTILITY_LAST_AGE_YEARS } from '../data/vitalRates.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORA_COUNT, Kind, Legal, NewcomerKind, Sex } from '../state/codes.js';
import { initialiseNewcomerEconomicTraits } from '../state/initial/economy.js';
import { drawSkill } from '../state/initial/personTraits.js';
import { initialiseNewcomerSocialTraits, NO_PARENT } from '../state/initial/social.js';
import { addNewcomer } from '../state/newcomers.js';
import type { SimulationState } from '../state/simulationState.js';
import { addTally, Tally } from '../state/tallies.js';
import { type Assumptions, param, type Rule, type StepValues } from './rule.js';
import { blockEnd } from './sweep.js';

const STREAM = streamId('births');
// Draws: the mother's (keyed by her id) and the child's (keyed by the child's id).
const DRAW_BIRTH = 0;
const DRAW_SEX = 1;
const DRAW_SKILL = 2;

const FIRST_AGE_QUARTERS = FERTILITY_FIRST_AGE_YEARS * 4;
const END_AGE_QUARTERS = (FERTILITY_LAST_AGE_YEARS + 1) * 4;
const childrenOfDiaspora = new Int32Array(DIASPORA_COUNT);

/**
 * Settled women aged 15–49 bear a child in a quarter with probability TFR · share(age group) / 5 / 4.
 * Sojourners do not give birth here: their children are born and counted at home. The child takes the
 * mother's diaspora, region and weight, is settled, a citizen by birth, generation = mother's + 1
 * (at most 3), age 0; language, orientation and economic traits come from the social and economic
 * newcomer initialisations.
 */
export const applyBirths: Rule = (state, levers, params, rng, step) => {
  setup.fertility = param(params, 'demography.total_fertility') / 5 / 4;
  setup.key = rng.streamKey(STREAM, step);
  childrenOfDiaspora.fill(0);
  // Children go to slots the sweep may reach later (freed slots) or past `end`; both are age 0, not mothers.
  const end = state.persons.end;
  for (let from = 0; from < end; ) from = findMothers(state, levers, params, rng, step, from, blockEnd(from, end));
};

/** Per-step values of the sweep (fields, so no number is boxed crossing calls). */
const setup = { fertility: Number.NaN, key: Number.NaN };
const FEMALE = Sex.female;
const SETTLED = Kind.settled;
const AGE_SHARES = Float64Array.from(FERTILITY_AGE_SHARES);

/**
 * Settled women of childbearing age draw a birth. Returns where the sweep stopped: `to`, or just
 * after a birth that made the columns grow (the caller resumes there with the new columns).
 */
function findMothers(
  state: SimulationState,
  levers: StepValues,
  params: Assumptions,
  rng: RandomSource,
  step: number,
  from: number,
  to: number,
): number {
  const p = state.persons;
  const { alive, sex, kind, ageQuarters, id } = p;
  const { fertility, key } = setup;
  for (let mother = from; mother < to; mother++) {
    if (alive[mother] === 0 || sex[mother] !== FEMALE || kind[mother] !== SETTLED) continue;
    const age = ageQuarters[mother];
    if (age < FIRST_AGE_QUARTERS || age >= END_AGE_QUARTERS) continue;
    const group = ((age - FIRST_AGE_QUARTERS) / 20) | 0;
    if (rng.uniform(key, id[mother], DRAW_BIRTH) >= fertility * AGE_SHARES[group]) continue;
    bear(state, mother, levers, params, rng, step);
    if (state.persons !== p) return mother + 1;
  }
  return to;
}

/** The child of `mother`: her diaspora, region and weight, settled, a citizen by birth, one generation on (at most 3). */
function bear(state: SimulationState, mother: number, levers: StepValues, params: Assumptions, rng: RandomSource, step: number): void {
  const p = state.persons;
  const d = p.diaspora[mother];
  const child = addNewcomer(state, step, NewcomerKind.birth, childrenOfDiaspora[d]++, d, p.region[mother], Kind.settled, p.weight[mother]);
  const c = state.persons;
  const childId = c.id[child];
  c.sex[child] = rng.uniform(setup.key, childId, DRAW_SEX) < MALE_BIRTH_SHARE ? Sex.male : Sex.female;
  c.generation[child] = Math.min(c.generation[mother] + 1, 3);
  c.legal[child] = Legal.citizen;
  c.skill[child] = drawSkill(SKILL_SHARES.settled, rng.uniform(setup.key, childId, DRAW_SKILL));
  initialiseNewcomerSocialTraits(state, child, mother, NO_PARENT, params, rng, step);
  initialiseNewcomerEconomicTraits(state, child, mother, levers, params, rng, step);
  addTally(state.tallies, d, Tally.births, c.weight[child]);
}
