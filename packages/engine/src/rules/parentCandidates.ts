import { FERTILITY_FIRST_AGE_YEARS, FERTILITY_LAST_AGE_YEARS } from '../data/vitalRates.js';
import { Kind, Partner, Sex } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';

/**
 * The persons the births rule looks at, in slot order: settled women of childbearing age and settled
 * men with a host-majority wife (any age: her age follows from the gap, a parameter of births). The
 * ageing sweep lists them as it visits everyone, so that births need not sweep every agent twice:
 * once a person is visited their age, kind, sex and partner stay as births will read them (only
 * later deaths change, and births reads `alive` itself). The list serves the births of the same
 * state and step only, once; births lists the candidates itself otherwise.
 */
export const FIRST_AGE_QUARTERS = FERTILITY_FIRST_AGE_YEARS * 4;
export const END_AGE_QUARTERS = (FERTILITY_LAST_AGE_YEARS + 1) * 4;

const SETTLED = Kind.settled;
const FEMALE = Sex.female;
const HOST = Partner.hostMajority;

export const parentCandidates = {
  slots: new Int32Array(0),
  count: 0,
  /** The state, columns and step the list was made for (undefined once used). */
  state: undefined as SimulationState | undefined,
  persons: undefined as Persons | undefined,
  step: -1,
};

/** Starts a list for `state` at `step` (room for every slot of its columns). */
export function startParentCandidates(state: SimulationState, step: number): Int32Array {
  if (parentCandidates.slots.length < state.persons.capacity) parentCandidates.slots = new Int32Array(state.persons.capacity);
  parentCandidates.count = 0;
  parentCandidates.state = state;
  parentCandidates.persons = state.persons;
  parentCandidates.step = step;
  return parentCandidates.slots;
}

/** Whether slot i (alive, its age final) may become a parent this quarter: the test of the ageing sweep and of births' own listing. */
export function isParentCandidate(p: Persons, i: number, age: number): boolean {
  if (p.kind[i] !== SETTLED) return false;
  if (p.sex[i] === FEMALE) return age >= FIRST_AGE_QUARTERS && age < END_AGE_QUARTERS;
  return p.partner[i] === HOST;
}

/**
 * The list made by the ageing sweep of this state and step, or (when there is none, e.g. births run
 * alone) one made now by a sweep of its own; either way it is used up.
 */
export function takeParentCandidates(state: SimulationState, step: number): number {
  const c = parentCandidates;
  const fresh = c.state === state && c.persons === state.persons && c.step === step;
  c.state = undefined;
  c.persons = undefined;
  if (fresh) return c.count;
  const slots = startParentCandidates(state, step);
  const p = state.persons;
  let count = 0;
  for (let i = 0; i < p.end; i++) if (p.alive[i] === 1 && isParentCandidate(p, i, p.ageQuarters[i])) slots[count++] = i;
  c.state = undefined;
  c.persons = undefined;
  return count;
}
