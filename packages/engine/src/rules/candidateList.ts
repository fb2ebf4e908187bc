import type { Persons } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';

/**
 * Slots a sweep that visits everyone lists, in slot order, for a rule that follows it in the same
 * quarter, so that the rule visits only these instead of every agent. The list names the state,
 * columns and step it was made for, and serves one call of the rule: a rule run alone (or on another
 * state) lists its candidates itself.
 */
export interface CandidateList {
  slots: Int32Array;
  count: number;
  state: SimulationState | undefined;
  persons: Persons | undefined;
  step: number;
}

export function emptyCandidateList(): CandidateList {
  return { slots: new Int32Array(0), count: 0, state: undefined, persons: undefined, step: -1 };
}

/** Starts `list` for `state` at `step`, with room for every slot of its columns; returns its slots. */
export function startCandidateList(list: CandidateList, state: SimulationState, step: number): Int32Array {
  if (list.slots.length < state.persons.capacity) list.slots = new Int32Array(state.persons.capacity);
  list.count = 0;
  list.state = state;
  list.persons = state.persons;
  list.step = step;
  return list.slots;
}

/** Whether `list` was made for this state, its current columns and step; either way it is used up. */
export function takeCandidateList(list: CandidateList, state: SimulationState, step: number): boolean {
  const fresh = list.state === state && list.persons === state.persons && list.step === step;
  list.state = undefined;
  list.persons = undefined;
  return fresh;
}
