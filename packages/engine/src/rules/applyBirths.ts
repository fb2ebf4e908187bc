import { MALE_BIRTH_SHARE, SKILL_SHARES } from '../data/initialPopulation.js';
import { FERTILITY_GROUPS, vitalRatesOf, yearIndexOfStep } from '../data/vitalRates.js';
import { type Assumptions, param, type StepValues } from '../equations/values.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORA_COUNT, Kind, Legal, MAJORITY_PARENT, NewcomerKind, NO_PARENT, Partner, Sex } from '../state/codes.js';
import { initialiseNewcomerEconomicTraits } from '../state/initial/economy.js';
import { drawSkill } from '../state/initial/personTraits.js';
import { initialiseNewcomerSocialTraits } from '../state/initial/social.js';
import { addNewcomer } from '../state/newcomers.js';
import type { SimulationState } from '../state/simulationState.js';
import { blockEnd } from '../state/sweep.js';
import { addTally, Tally } from '../state/tallies.js';
import { END_AGE_QUARTERS, FIRST_AGE_QUARTERS, parentCandidates, takeParentCandidates } from './parentCandidates.js';
import type { Rule } from './rule.js';

const STREAM = streamId('births');
// Draws of the parent (keyed by the mother's id, or the father's when the mother is from the host
// majority) and of the child (keyed by its own id).
const DRAW_BIRTH = 0;
const DRAW_SEX = 1;
const DRAW_SKILL = 2;
const DRAW_CHILD_GROUP = 3;
/** Uniform draws handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
const drawn = new Float64Array(1);

const GROUPS = FERTILITY_GROUPS;
const childrenOfDiaspora = new Int32Array(DIASPORA_COUNT);

/**
 * Births (docs/model.md "Births"). The year's fertility of the host country (WPP 2024) times the
 * diaspora's relative fertility gives the expected births per woman and quarter f(g) of each
 * five-year age group g. A settled woman in a union bears a child in a quarter with probability
 * f(g) / (π + r(1 − π)), a woman without a partner with r times that, r the relative fertility of
 * women without a partner and π the share of the diaspora's women of the group in a union this
 * quarter (counted in a first pass): the diaspora's total fertility is the projected one whoever is
 * partnered. A diaspora man whose wife is from the host majority fathers children at the host
 * country's level f(g) / relative fertility / (π + r(1 − π)) at her age (his age minus the age gap).
 * A child with a host-majority parent joins the diaspora with probability
 * unions.mixed_child_diaspora_share, else it is counted with the majority (tallied apart, not created).
 * Sojourners do not give birth here: their children are born and counted at home. Both sweeps visit
 * only the candidate parents the ageing sweep listed, in slot order (parentCandidates.ts).
 */
export const applyBirths: Rule = (state, levers, params, rng, step) => {
  const rates = vitalRatesOf(params);
  const year = yearIndexOfStep(state.timeline.startYear, state.timeline.stepsPerYear, step);
  const single = param(params, 'demography.single_relative_fertility');
  const relative = [param(params, 'demography.uz_in_kz_relative_fertility'), param(params, 'demography.kz_in_uz_relative_fertility')];
  setup.key = rng.streamKey(STREAM, step);
  setup.childShare = param(params, 'unions.mixed_child_diaspora_share');
  setup.gapQuarters = Math.round(param(params, 'unions.age_gap_years') * 4);
  women.fill(0);
  partnered.fill(0);
  const end = takeParentCandidates(state, step);
  for (let from = 0; from < end; from = blockEnd(from, end)) countWomen(state, from, blockEnd(from, end));
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    const fertility = rates.fertility[d][year];
    for (let g = 0; g < GROUPS; g++) {
      const k = d * GROUPS + g;
      const share = women[k] > 0 ? partnered[k] / women[k] : 1;
      const inUnion = fertility[g] / (share + single * (1 - share));
      partneredChance[k] = inUnion;
      singleChance[k] = single * inUnion;
      hostWifeChance[k] = inUnion / relative[d];
    }
  }
  childrenOfDiaspora.fill(0);
  // Children (age 0, not parents) are not in the list; `end` and the sweeps' bounds count list entries.
  for (let from = 0; from < end; ) from = findParents(state, levers, params, rng, step, from, blockEnd(from, end));
};

/** Per-step values of the sweep (fields, so no number is boxed crossing calls). */
const setup = { key: Number.NaN, childShare: Number.NaN, gapQuarters: 0 };
/** Settled women 15–49 (weighted) and those in a union, by diaspora · GROUPS + age group. */
const women = new Float64Array(DIASPORA_COUNT * GROUPS);
const partnered = new Float64Array(DIASPORA_COUNT * GROUPS);
/** Birth chances per quarter, by diaspora · GROUPS + age group. */
const partneredChance = new Float64Array(DIASPORA_COUNT * GROUPS);
const singleChance = new Float64Array(DIASPORA_COUNT * GROUPS);
const hostWifeChance = new Float64Array(DIASPORA_COUNT * GROUPS);

const FEMALE = Sex.female;
const SETTLED = Kind.settled;
const HOST = Partner.hostMajority;

function countWomen(state: SimulationState, from: number, to: number): void {
  const p = state.persons;
  const { alive, sex, kind, ageQuarters, partner, diaspora, weight } = p;
  const slots = parentCandidates.slots;
  for (let n = from; n < to; n++) {
    const i = slots[n];
    if (alive[i] === 0 || sex[i] !== FEMALE || kind[i] !== SETTLED) continue;
    const age = ageQuarters[i];
    if (age < FIRST_AGE_QUARTERS || age >= END_AGE_QUARTERS) continue;
    const k = diaspora[i] * GROUPS + (((age - FIRST_AGE_QUARTERS) / 20) | 0);
    women[k] += weight[i];
    const q = partner[i];
    if (q === HOST || (q >= 0 && alive[q] === 1)) partnered[k] += weight[i];
  }
}

/**
 * Settled women of childbearing age, and settled men with a host-majority wife of childbearing age,
 * draw a birth. Returns where the sweep of the candidates stopped: `to`, or just after a birth that
 * made the columns grow (the caller resumes there with the new columns).
 */
function findParents(
  state: SimulationState,
  levers: StepValues,
  params: Assumptions,
  rng: RandomSource,
  step: number,
  from: number,
  to: number,
): number {
  const p = state.persons;
  const { alive, sex, kind, ageQuarters, id, partner, diaspora } = p;
  const { key, gapQuarters } = setup;
  const slots = parentCandidates.slots;
  for (let n = from; n < to; n++) {
    const i = slots[n];
    if (alive[i] === 0 || kind[i] !== SETTLED) continue;
    const q = partner[i];
    // A woman of the diaspora, or the host-majority wife of a diaspora man (her age from the gap).
    const isWoman = sex[i] === FEMALE;
    if (!isWoman && q !== HOST) continue;
    const age = isWoman ? ageQuarters[i] : ageQuarters[i] - gapQuarters;
    if (age < FIRST_AGE_QUARTERS || age >= END_AGE_QUARTERS) continue;
    const k = diaspora[i] * GROUPS + (((age - FIRST_AGE_QUARTERS) / 20) | 0);
    const inUnion = q === HOST || (q >= 0 && alive[q] === 1);
    const chance = !isWoman ? hostWifeChance[k] : inUnion ? partneredChance[k] : singleChance[k];
    // Ids signed (the draws only multiply them): a newcomer's id past 2^31 crossing a call is allocated.
    rng.uniformInto(drawn, 0, key, id[i] | 0, DRAW_BIRTH);
    if (drawn[0] >= chance) continue;
    if (q === HOST) {
      rng.uniformInto(drawn, 0, key, id[i] | 0, DRAW_CHILD_GROUP);
      if (drawn[0] >= setup.childShare) {
        addTally(state.tallies, diaspora[i], Tally.birthsToMajority, p.weight[i]);
        continue;
      }
    }
    const mother = isWoman ? i : MAJORITY_PARENT;
    const father = isWoman ? (q === HOST ? MAJORITY_PARENT : inUnion ? q : NO_PARENT) : i;
    bear(state, i, mother, father, levers, params, rng, step);
    if (state.persons !== p) return n + 1;
  }
  return to;
}

/**
 * The child of `parent` (the diaspora parent it lives with: the mother, or the father if she is from
 * the host majority): its diaspora, region and weight, settled, a citizen by birth, generation one
 * more than the lower of its diaspora parents' (at most 3), age 0.
 */
function bear(
  state: SimulationState,
  parent: number,
  mother: number,
  father: number,
  levers: StepValues,
  params: Assumptions,
  rng: RandomSource,
  step: number,
): void {
  const p = state.persons;
  const d = p.diaspora[parent];
  const child = addNewcomer(state, step, NewcomerKind.birth, childrenOfDiaspora[d]++, d, p.region[parent], Kind.settled, p.weight[parent]);
  const c = state.persons;
  const childId = c.id[child] | 0; // signed (the draws only multiply it): an id past 2^31 crossing a call is allocated
  rng.uniformInto(drawn, 0, setup.key, childId, DRAW_SEX);
  c.sex[child] = drawn[0] < MALE_BIRTH_SHARE ? Sex.male : Sex.female;
  const other = parent === mother ? father : mother;
  const generation = other >= 0 ? Math.min(c.generation[parent], c.generation[other]) : c.generation[parent];
  c.generation[child] = Math.min(generation + 1, 3);
  c.legal[child] = Legal.citizen;
  rng.uniformInto(drawn, 0, setup.key, childId, DRAW_SKILL);
  c.skill[child] = drawSkill(SKILL_SHARES.settled, drawn[0]);
  c.parent[child] = parent;
  initialiseNewcomerSocialTraits(state, child, mother, father, params, rng, step);
  // Home ties come from the diaspora parent the child lives with (the father if the mother is from the majority).
  initialiseNewcomerEconomicTraits(state, child, parent, levers, params, rng, step);
  addTally(state.tallies, d, Tally.births, c.weight[child]);
}
