import { SKILL_SHARES, STUDENT_STAY_MAX_YEARS, STUDENT_STAY_MIN_YEARS, studentWeight } from '../data/initialPopulation.js';
import { lever, param } from '../equations/values.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORAS, STUDENT_CORRIDOR } from '../scenario/catalog/index.js';
import { Flag, Kind, Legal, NewcomerKind, NO_PARENT, Sex } from '../state/codes.js';
import { initialiseNewcomerEconomicTraits } from '../state/initial/economy.js';
import { drawSkill, drawStudentAge } from '../state/initial/personTraits.js';
import { initialiseNewcomerSocialTraits } from '../state/initial/social.js';
import { addNewcomer, drawRegion } from '../state/newcomers.js';
import type { Persons } from '../state/persons.js';
import { removePerson, type SimulationState } from '../state/simulationState.js';
import { blockEnd } from '../state/sweep.js';
import { addTally, Tally } from '../state/tallies.js';
import type { Rule } from './rule.js';
import { studentsOfQuarter, takeStayCandidates } from './stayCandidates.js';

const STREAM = streamId('student exchange');
const DRAW_STAYS_ON = 0;
const DRAW = { region: 1, age: 2, sex: 3, skill: 4, stay: 5 } as const;

/** Uniform draws handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
const drawn = new Float64Array(1);
const COUNT_AGENT_ID = 0x7fffffff;
const STAY_YEARS_CHOICES = STUDENT_STAY_MAX_YEARS - STUDENT_STAY_MIN_YEARS + 1;
const slotLevers = DIASPORAS.map((d) => `${STUDENT_CORRIDOR[d]}.student_exchange_slots`);

/**
 * Exchange students: the yearly intake (lever <corridor>.student_exchange_slots; uz_to_kz students
 * join uz_in_kz, kz_to_uz join kz_in_uz) arrives a quarter of it each step, aged 18–24, for one to four
 * whole years. When the stay ends, a share stays on and settles as an exchange alumnus; the rest leave.
 */
export const applyStudentExchange: Rule = (state, levers, params, rng, step) => {
  setup.key = rng.streamKey(STREAM, step);
  setup.stayOnShare = param(params, 'students.stay_on_share');
  // The ageing sweep's list of the persons of this kind, in slot order (stayCandidates.ts).
  const end = takeStayCandidates(studentsOfQuarter, state, step, STUDENT);
  for (let from = 0; from < end; from = blockEnd(from, end)) endStays(state, rng, from, blockEnd(from, end));
  const weight = studentWeight(state.personsPerAgent);
  for (let d = 0; d < DIASPORAS.length; d++) {
    const intake = lever(levers, slotLevers[d]);
    const count = Math.floor(intake / 4 / weight + rng.uniform(setup.key, COUNT_AGENT_ID, d));
    for (let k = 0; k < count; k++) {
      const slot = addNewcomer(state, step, NewcomerKind.student, k, d, 0, Kind.student, weight);
      drawStudent(state, slot, rng);
      initialiseNewcomerSocialTraits(state, slot, NO_PARENT, NO_PARENT, params, rng, step);
      initialiseNewcomerEconomicTraits(state, slot, NO_PARENT, levers, params, rng, step);
      addTally(state.tallies, d, Tally.arrivals, weight);
      addTally(state.tallies, d, Tally.studentArrivals, weight);
    }
  }
};

/** Per-step values the sweep and the arrivals read (fields, so no number is boxed crossing calls). */
const setup = { key: Number.NaN, stayOnShare: Number.NaN };
const STUDENT = Kind.student;

/** Stays that end this quarter: a share stays on and settles as an exchange alumnus; the rest leave. */
function endStays(state: SimulationState, rng: RandomSource, from: number, to: number): void {
  const p = state.persons;
  const { alive, kind, quartersLeft, id } = p;
  const { key, stayOnShare } = setup;
  const listed = studentsOfQuarter.slots;
  for (let n = from; n < to; n++) {
    const i = listed[n];
    if (alive[i] === 0 || kind[i] !== STUDENT) continue;
    if (--quartersLeft[i] > 0) continue;
    rng.uniformInto(drawn, 0, key, id[i] | 0, DRAW_STAYS_ON);
    stayOnOrLeave(state, i, drawn[0] < stayOnShare);
  }
}

function stayOnOrLeave(state: SimulationState, slot: number, staysOn: boolean): void {
  const p = state.persons;
  if (staysOn) {
    p.kind[slot] = Kind.settled;
    p.flags[slot] |= Flag.exchangeAlumnus;
    addTally(state.tallies, p.diaspora[slot], Tally.transfersToSettled, p.weight[slot]);
  } else {
    removePerson(state, slot);
    addTally(state.tallies, p.diaspora[slot], Tally.departures, p.weight[slot]);
  }
}

/** A new student's region, age, sex, status, skill and whole years of stay (draws of its own id). */
function drawStudent(state: SimulationState, slot: number, rng: RandomSource): void {
  const q = state.persons;
  const id = q.id[slot] | 0; // signed (the draws only multiply it): an id past 2^31 crossing a call is allocated
  const key = setup.key;
  rng.uniformInto(drawn, 0, key, id, DRAW.region);
  q.region[slot] = drawRegion(state.regions, q.diaspora[slot], 'studentShare', drawn[0]);
  rng.uniformInto(drawn, 0, key, id, DRAW.age);
  q.ageQuarters[slot] = drawStudentAge(drawn[0]);
  rng.uniformInto(drawn, 0, key, id, DRAW.sex);
  q.sex[slot] = drawn[0] < 0.5 ? Sex.male : Sex.female;
  q.generation[slot] = 1;
  q.legal[slot] = Legal.temporaryPermit;
  drawSkillAndStay(q, slot, rng);
}

function drawSkillAndStay(q: Persons, slot: number, rng: RandomSource): void {
  const id = q.id[slot] | 0; // signed (the draws only multiply it): an id past 2^31 crossing a call is allocated
  rng.uniformInto(drawn, 0, setup.key, id, DRAW.skill);
  q.skill[slot] = drawSkill(SKILL_SHARES.student, drawn[0]);
  rng.uniformInto(drawn, 0, setup.key, id, DRAW.stay);
  const years = STUDENT_STAY_MIN_YEARS + Math.floor(drawn[0] * STAY_YEARS_CHOICES);
  q.quartersLeft[slot] = years * 4;
}
