import type { Timeline } from '../scenario/timeline.js';
import type { EconomyState } from './economy.js';
import type { Hosts } from './hosts.js';
import { growPersons, type Persons } from './persons.js';
import type { Region } from './regions.js';

export interface SimulationState {
  persons: Persons;
  hosts: Hosts;
  regions: readonly Region[];
  economy: EconomyState;
  timeline: Timeline;
  /** Persons per settled or migrant agent (students may carry a smaller weight). */
  personsPerAgent: number;
  /** Flows of this step per diaspora (see tallies.ts). */
  tallies: Float64Array;
  /** Reusable slots (already rewired out of the network). */
  freeSlots: Int32Array;
  freeCount: number;
  /** Slots of agents who died or left this step, awaiting network repair. */
  leftSlots: Int32Array;
  leftCount: number;
  /** Newcomers created so far in this step, per codes.NewcomerKind (for their stable ids). */
  newcomersThisStep: Int32Array;
  /** A reusable list of slots for rules that collect slots before acting on them (see slotScratch). */
  slotScratch?: Int32Array;
}

/** A reusable array at least as long as the columns, for a rule's list of slots (allocated only when the columns grow). */
export function slotScratch(state: SimulationState): Int32Array {
  let scratch = state.slotScratch;
  if (!scratch || scratch.length < state.persons.capacity) {
    scratch = new Int32Array(state.persons.capacity);
    state.slotScratch = scratch;
  }
  return scratch;
}

/** When the columns are full they grow by this factor (a copy of every column: rare, not every step). */
const GROWTH_FACTOR = 1.25;

/** A slot for a newcomer: a freed slot if any, else the next unused one (growing the columns if full). */
export function allocateSlot(state: SimulationState): number {
  if (state.freeCount > 0) return state.freeSlots[--state.freeCount];
  let persons = state.persons;
  if (persons.end === persons.capacity) {
    persons = growPersons(persons, Math.ceil(persons.capacity * GROWTH_FACTOR));
    state.persons = persons;
    const freeSlots = new Int32Array(persons.capacity);
    freeSlots.set(state.freeSlots.subarray(0, state.freeCount));
    state.freeSlots = freeSlots;
    const leftSlots = new Int32Array(persons.capacity);
    leftSlots.set(state.leftSlots.subarray(0, state.leftCount));
    state.leftSlots = leftSlots;
  }
  return persons.end++;
}

/** Marks a person as gone (death or departure); their slot is freed after the network repair. */
export function removePerson(state: SimulationState, slot: number): void {
  state.persons.alive[slot] = 0;
  state.leftSlots[state.leftCount++] = slot;
}
