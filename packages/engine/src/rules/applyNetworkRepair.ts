import { streamId } from '../rng.js';
import { drawRegionMember, drawTie, fillTies, indexMembersByRegion, type MemberIndex, rewireToFriendOfFriend } from '../state/network.js';
import { isNewcomerOfStep } from '../state/newcomers.js';
import { TIES_PER_AGENT } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { param, type Rule } from './rule.js';

const STREAM = streamId('network repair');
// Draws of an existing agent for its tie slot k (newcomers use 0 .. 3k − 1 to fill their slots).
const DRAW_REWIRE_BASE = 40;

/**
 * Ties pointing at persons who died or left this step are rewired to a friend of a friend (one of the
 * leaver's own ties, alive), else to a random member of the same diaspora and region; newcomers fill
 * their k slots by the rule of the initial network. The leavers' slots then become free for reuse.
 */
export const applyNetworkRepair: Rule = (state, _levers, params, rng, step) => {
  const longRangeShare = param(params, 'network.long_range_share');
  const key = rng.streamKey(STREAM, step);
  const index = indexMembersByRegion(state);
  const p = state.persons;
  const { alive, ties, id } = p;
  const anyLeft = state.leftCount > 0;
  for (let i = 0; i < p.end; i++) {
    if (alive[i] === 0) continue;
    if (isNewcomerOfStep(id[i], step)) {
      fillTies(state, index, i, longRangeShare, rng, key);
      continue;
    }
    if (!anyLeft) continue;
    const base = i * TIES_PER_AGENT;
    for (let k = 0; k < TIES_PER_AGENT; k++) {
      const tie = ties[base + k];
      if (tie < 0 || alive[tie] === 1) continue;
      const draw = DRAW_REWIRE_BASE + 2 * k;
      ties[base + k] = replacementTie(state, index, i, tie, rng.uniform(key, id[i], draw), rng.uniform(key, id[i], draw + 1));
    }
  }
  for (let k = 0; k < state.leftCount; k++) state.freeSlots[state.freeCount++] = state.leftSlots[k];
  state.leftCount = 0;
};

/** The tie replacing one to `leaver`: a friend of a friend, else a co-ethnic of the region, else anywhere. */
function replacementTie(state: SimulationState, index: MemberIndex, slot: number, leaver: number, u0: number, u1: number): number {
  const friend = rewireToFriendOfFriend(state.persons, slot, leaver, u0);
  if (friend >= 0) return friend;
  const member = drawRegionMember(index, slot, state.persons.region[slot], u1);
  if (member >= 0) return member;
  // Nobody else of the diaspora in the region: a co-ethnic anywhere in the country, else a host tie.
  return drawTie(state, index, slot, 1, 0, 0, u1);
}
