import { SKILL_SHARES, STUDENT_STAY_MAX_YEARS, STUDENT_STAY_MIN_YEARS, studentWeight } from '../data/initialPopulation.js';
import { streamId } from '../rng.js';
import { DIASPORAS, STUDENT_CORRIDOR } from '../scenario/catalog/index.js';
import { Flag, Kind, Legal, NewcomerKind, Sex } from '../state/codes.js';
import { initialiseNewcomerEconomicTraits } from '../state/initial/economy.js';
import { drawSkill, drawStudentAge } from '../state/initial/personTraits.js';
import { initialiseNewcomerSocialTraits } from '../state/initial/social.js';
import { addNewcomer, drawRegion } from '../state/newcomers.js';
import { removePerson } from '../state/simulationState.js';
import { addTally, Tally } from '../state/tallies.js';
import { lever, param, type Rule } from './rule.js';

const STREAM = streamId('student exchange');
const DRAW_STAYS_ON = 0;
const DRAW = { region: 1, age: 2, sex: 3, skill: 4, stay: 5 } as const;
const COUNT_AGENT_ID = 0x7fffffff;
const STAY_YEARS_CHOICES = STUDENT_STAY_MAX_YEARS - STUDENT_STAY_MIN_YEARS + 1;
const slotLevers = DIASPORAS.map((d) => `${STUDENT_CORRIDOR[d]}.student_exchange_slots`);

/**
 * Exchange students: the yearly intake (lever <corridor>.student_exchange_slots; uz_to_kz students
 * join uz_in_kz, kz_to_uz join kz_in_uz) arrives a quarter of it each step, aged 18–24, for one to four
 * whole years. When the stay ends, a share stays on and settles as an exchange alumnus; the rest leave.
 */
export const applyStudentExchange: Rule = (state, levers, params, rng, step) => {
  const key = rng.streamKey(STREAM, step);
  const stayOnShare = param(params, 'students.stay_on_share');
  const p = state.persons;
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 0 || p.kind[i] !== Kind.student) continue;
    if (--p.quartersLeft[i] > 0) continue;
    if (rng.uniform(key, p.id[i], DRAW_STAYS_ON) < stayOnShare) {
      p.kind[i] = Kind.settled;
      p.flags[i] |= Flag.exchangeAlumnus;
      addTally(state.tallies, p.diaspora[i], Tally.transfersToSettled, p.weight[i]);
    } else {
      removePerson(state, i);
      addTally(state.tallies, p.diaspora[i], Tally.departures, p.weight[i]);
    }
  }
  const weight = studentWeight(state.personsPerAgent);
  for (let d = 0; d < DIASPORAS.length; d++) {
    const intake = lever(levers, slotLevers[d]);
    const count = Math.floor(intake / 4 / weight + rng.uniform(key, COUNT_AGENT_ID, d));
    for (let k = 0; k < count; k++) {
      const slot = addNewcomer(state, step, NewcomerKind.student, k, d, 0, Kind.student, weight);
      const q = state.persons;
      const id = q.id[slot];
      q.region[slot] = drawRegion(state.regions, d, 'studentShare', rng.uniform(key, id, DRAW.region));
      q.ageQuarters[slot] = drawStudentAge(rng.uniform(key, id, DRAW.age));
      q.sex[slot] = rng.uniform(key, id, DRAW.sex) < 0.5 ? Sex.male : Sex.female;
      q.generation[slot] = 1;
      q.legal[slot] = Legal.temporaryPermit;
      q.skill[slot] = drawSkill(SKILL_SHARES.student, rng.uniform(key, id, DRAW.skill));
      const years = STUDENT_STAY_MIN_YEARS + Math.floor(rng.uniform(key, id, DRAW.stay) * STAY_YEARS_CHOICES);
      q.quartersLeft[slot] = years * 4;
      initialiseNewcomerSocialTraits(state, slot, -1, params, rng, step);
      initialiseNewcomerEconomicTraits(state, slot, -1, levers, params, rng, step);
      addTally(state.tallies, d, Tally.arrivals, weight);
      addTally(state.tallies, d, Tally.studentArrivals, weight);
    }
  }
};
