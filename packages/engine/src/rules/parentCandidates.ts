import { FERTILITY_FIRST_AGE_YEARS, FERTILITY_LAST_AGE_YEARS } from '../data/vitalRates.js';
import { Kind, Partner, Sex } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { emptyCandidateList, startCandidateList, takeCandidateList } from './candidateList.js';

/**
 * The persons the births rule looks at, in slot order: settled women of childbearing age and settled
 * men with a host-majority wife (any age: her age follows from the gap, a parameter of births). The
 * ageing sweep lists them as it visits everyone (candidateList.ts): once a person is visited their
 * age, kind, sex and partner stay as births will read them (only later deaths change, and births
 * reads `alive` itself).
 */
export const FIRST_AGE_QUARTERS = FERTILITY_FIRST_AGE_YEARS * 4;
export const END_AGE_QUARTERS = (FERTILITY_LAST_AGE_YEARS + 1) * 4;

const SETTLED = Kind.settled;
const FEMALE = Sex.female;
const HOST = Partner.hostMajority;

export const parentCandidates = emptyCandidateList();

/** Whether slot i (alive, its age final) may become a parent this quarter: the ageing sweep's test, and births' own. */
export function isParentCandidate(p: Persons, i: number, age: number): boolean {
  if (p.kind[i] !== SETTLED) return false;
  if (p.sex[i] === FEMALE) return age >= FIRST_AGE_QUARTERS && age < END_AGE_QUARTERS;
  return p.partner[i] === HOST;
}

/** The number of candidates in parentCandidates.slots: the ageing sweep's list of this state and step, else one made now. */
export function takeParentCandidates(state: SimulationState, step: number): number {
  if (takeCandidateList(parentCandidates, state, step)) return parentCandidates.count;
  const slots = startCandidateList(parentCandidates, state, step);
  takeCandidateList(parentCandidates, state, step);
  const p = state.persons;
  let count = 0;
  for (let i = 0; i < p.end; i++) if (p.alive[i] === 1 && isParentCandidate(p, i, p.ageQuarters[i])) slots[count++] = i;
  return count;
}
