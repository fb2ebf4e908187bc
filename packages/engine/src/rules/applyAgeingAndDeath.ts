import { MAX_AGE_QUARTERS, vitalRatesOf, yearIndexOfStep } from '../data/vitalRates.js';
import { COUNTRY_OF_HOST } from '../data/worldPopulationProspects.js';
import { ADULT_QUARTERS } from '../equations/ages.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORA_COUNT, Kind, NO_PARENT, Partner, Sex } from '../state/codes.js';
import { removePerson, type SimulationState } from '../state/simulationState.js';
import { blockEnd } from '../state/sweep.js';
import { addTally, Tally } from '../state/tallies.js';
import { startCandidateList } from './candidateList.js';
import { END_AGE_QUARTERS, FIRST_AGE_QUARTERS, parentCandidates } from './parentCandidates.js';
import type { Rule } from './rule.js';
import { migrantsOfQuarter, studentsOfQuarter } from './stayCandidates.js';

const STREAM = streamId('ageing and death');
const DRAW_DEATH = 0;

/**
 * This quarter's death tables, by diaspora · 2 + sex: the host country's life table of the year
 * (data/vitalRates.ts, computed once per run). Only the references change each step.
 */
const tables: Float64Array[] = new Array(DIASPORA_COUNT * 2).fill(new Float64Array(0));

/**
 * Everyone ages a quarter; each person dies with the quarterly probability of their age at the
 * start of the quarter, from the Siler life table of their sex, of the year and of the host country.
 * A minor who turns 18 leaves the parent's household (the reference is cleared). Deaths of settled
 * members and of sojourners are tallied apart. The sweep also lists the quarter's candidate parents
 * for the births that follow (parentCandidates.ts), and the labour migrants and students whose stays
 * the next rules count down (stayCandidates.ts).
 */
export const applyAgeingAndDeath: Rule = (state, _levers, params, rng, step) => {
  const rates = vitalRatesOf(params);
  const year = yearIndexOfStep(state.timeline.startYear, state.timeline.stepsPerYear, step);
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    for (let sex = 0; sex < 2; sex++) tables[d * 2 + sex] = rates.death[COUNTRY_OF_HOST[d]][sex][year];
  }
  streamKey[0] = rng.streamKey(STREAM, step);
  startCandidateList(parentCandidates, state, step);
  startCandidateList(migrantsOfQuarter, state, step);
  startCandidateList(studentsOfQuarter, state, step);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) ageEveryone(state, rng, from, blockEnd(from, end));
};

const MAX_AGE = MAX_AGE_QUARTERS;
const ADULT = ADULT_QUARTERS;
const NONE = NO_PARENT;
const SETTLED = Kind.settled;
const MIGRANT = Kind.labourMigrant;
const FEMALE = Sex.female;
const HOST = Partner.hostMajority;
const FIRST_AGE = FIRST_AGE_QUARTERS;
const END_AGE = END_AGE_QUARTERS;

const streamKey = new Float64Array(1);

function ageEveryone(state: SimulationState, rng: RandomSource, from: number, to: number): void {
  const key = streamKey[0];
  const p = state.persons;
  const { alive, ageQuarters, quartersInHost, id, diaspora, sex, parent, kind, partner } = p;
  const candidates = parentCandidates.slots;
  let count = parentCandidates.count;
  const migrants = migrantsOfQuarter.slots;
  let migrantCount = migrantsOfQuarter.count;
  const students = studentsOfQuarter.slots;
  let studentCount = studentsOfQuarter.count;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const age = ageQuarters[i];
    if (rng.uniform(key, id[i], DRAW_DEATH) < tables[(diaspora[i] << 1) | sex[i]][age]) {
      die(state, i);
      continue;
    }
    const older = age < MAX_AGE ? age + 1 : MAX_AGE;
    ageQuarters[i] = older;
    if (older === ADULT) parent[i] = NONE;
    if (quartersInHost[i] < 0xffff) quartersInHost[i]++;
    const k = kind[i];
    if (k === SETTLED) {
      // parentCandidates.isParentCandidate, written out.
      if (sex[i] === FEMALE ? older >= FIRST_AGE && older < END_AGE : partner[i] === HOST) candidates[count++] = i;
    } else if (k === MIGRANT) migrants[migrantCount++] = i;
    else students[studentCount++] = i;
  }
  parentCandidates.count = count;
  migrantsOfQuarter.count = migrantCount;
  studentsOfQuarter.count = studentCount;
}

function die(state: SimulationState, slot: number): void {
  const p = state.persons;
  removePerson(state, slot);
  addTally(state.tallies, p.diaspora[slot], p.kind[slot] === Kind.settled ? Tally.deathsSettled : Tally.deathsSojourners, p.weight[slot]);
}
