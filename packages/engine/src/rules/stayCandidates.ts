import type { SimulationState } from '../state/simulationState.js';
import { emptyCandidateList, startCandidateList, takeCandidateList } from './candidateList.js';

/**
 * The labour migrants and the exchange students whose stays the labour migration and the student
 * exchange count down, in slot order. The ageing sweep lists them as it visits everyone
 * (candidateList.ts): nothing between it and those rules changes a listed person's kind but the
 * ends of labour migrants' stays, in the labour migrants' own sweep; births and arrivals add persons
 * of other kinds (settled) or after the sweep that reads the list (new migrants, new students).
 */
export const migrantsOfQuarter = emptyCandidateList();
export const studentsOfQuarter = emptyCandidateList();

/** The number of entries in list.slots: the ageing sweep's list of this state and step, else the alive persons of `kind` listed now. */
export function takeStayCandidates(list: typeof migrantsOfQuarter, state: SimulationState, step: number, kind: number): number {
  if (takeCandidateList(list, state, step)) return list.count;
  const slots = startCandidateList(list, state, step);
  takeCandidateList(list, state, step);
  const p = state.persons;
  let count = 0;
  for (let i = 0; i < p.end; i++) if (p.alive[i] === 1 && p.kind[i] === kind) slots[count++] = i;
  return count;
}
