import { ADULT_QUARTERS } from '../equations/ages.js';
import { Kind, Partner } from '../state/codes.js';
import type { SimulationState } from '../state/simulationState.js';
import { emptyCandidateList, startCandidateList, takeCandidateList } from './candidateList.js';

/**
 * The persons the unions rule looks at, in slot order: settled adults without a partner. The network
 * repair lists them as it visits everyone (candidateList.ts), after clearing the partner of a widow(er):
 * once a person is visited their kind, age and partner stay as the unions will first read them. A
 * union formed during the unions' sweep only takes a listed man out, and the unions test each
 * candidate again when they reach it.
 */
const SETTLED = Kind.settled;
const NONE = Partner.none;
const ADULT = ADULT_QUARTERS;

export const unionCandidates = emptyCandidateList();

/** The number of candidates in unionCandidates.slots: the repair's list of this state and step, else one made now. */
export function takeUnionCandidates(state: SimulationState, step: number): number {
  if (takeCandidateList(unionCandidates, state, step)) return unionCandidates.count;
  const slots = startCandidateList(unionCandidates, state, step);
  takeCandidateList(unionCandidates, state, step);
  const p = state.persons;
  let count = 0;
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 1 && p.kind[i] === SETTLED && p.partner[i] === NONE && p.ageQuarters[i] >= ADULT) slots[count++] = i;
  }
  return count;
}
