import { type RandomSource, streamId } from '../rng.js';
import { newcomerId } from '../state/codes.js';
import { fillTies, indexMembersByRegion, type MemberIndex, prepareTieDraws, replacementTie } from '../state/network.js';
import { TIES_PER_AGENT } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

const STREAM = streamId('network repair');
// Draws of an existing agent for its tie slot k (newcomers use 0 .. 3k − 1 to fill their slots).
const DRAW_REWIRE_BASE = 40;
/** Ids of the newcomers of one step span this range (codes.newcomerId: kinds and indices within the step). */
const NEWCOMER_ID_SPAN = 0x400000;
if (TIES_PER_AGENT !== 10) throw new Error('applyNetworkRepair checks 10 tie slots per agent');

/**
 * Ties pointing at persons who died or left this step are rewired to a friend of a friend (one of the
 * leaver's own ties, alive), else to a random member of the same diaspora and region; newcomers fill
 * their k slots by the rule of the initial network. The leavers' slots then become free for reuse.
 * Every agent's repair depends only on the state before the repair (leavers keep their ties), so the
 * sweep may find an agent's dead ties all at once.
 */
export const applyNetworkRepair: Rule = (state, _levers, params, rng, step) => {
  const index = indexMembersByRegion(state);
  prepareTieDraws(param(params, 'network.long_range_share'), rng.streamKey(STREAM, step));
  firstNewcomerId[0] = newcomerId(step, 0, 0);
  const anyLeft = state.leftCount > 0;
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) repairTies(state, index, rng, anyLeft, from, blockEnd(from, end));
  for (let k = 0; k < state.leftCount; k++) state.freeSlots[state.freeCount++] = state.leftSlots[k];
  state.leftCount = 0;
};

/** The first id a newcomer of this step can have (see codes.newcomerId). */
const firstNewcomerId = new Float64Array(1);

function repairTies(state: SimulationState, index: MemberIndex, rng: RandomSource, anyLeft: boolean, from: number, to: number): void {
  const firstNewcomer = firstNewcomerId[0];
  const p = state.persons;
  const { alive, ties, id } = p;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const agentId = id[i];
    if (agentId >= firstNewcomer && agentId < firstNewcomer + NEWCOMER_ID_SPAN) {
      fillTies(state, index, i, rng);
      continue;
    }
    if (!anyLeft) continue;
    // Slots holding a person who is gone, as bits, without branches: a host tie (< 0) reads the
    // agent's own (alive) flag instead.
    const base = i * 10;
    const t0 = ties[base];
    const t1 = ties[base + 1];
    const t2 = ties[base + 2];
    const t3 = ties[base + 3];
    const t4 = ties[base + 4];
    const t5 = ties[base + 5];
    const t6 = ties[base + 6];
    const t7 = ties[base + 7];
    const t8 = ties[base + 8];
    const t9 = ties[base + 9];
    const gone =
      (alive[t0 < 0 ? i : t0] ^ 1) |
      ((alive[t1 < 0 ? i : t1] ^ 1) << 1) |
      ((alive[t2 < 0 ? i : t2] ^ 1) << 2) |
      ((alive[t3 < 0 ? i : t3] ^ 1) << 3) |
      ((alive[t4 < 0 ? i : t4] ^ 1) << 4) |
      ((alive[t5 < 0 ? i : t5] ^ 1) << 5) |
      ((alive[t6 < 0 ? i : t6] ^ 1) << 6) |
      ((alive[t7 < 0 ? i : t7] ^ 1) << 7) |
      ((alive[t8 < 0 ? i : t8] ^ 1) << 8) |
      ((alive[t9 < 0 ? i : t9] ^ 1) << 9);
    for (let m = gone; m !== 0; m &= m - 1) {
      const k = 31 - Math.clz32(m & -m);
      ties[base + k] = replacementTie(state, index, i, ties[base + k], rng, DRAW_REWIRE_BASE + 2 * k);
    }
  }
}
