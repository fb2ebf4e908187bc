import { param } from '../equations/values.js';
import { type RandomSource, streamId } from '../rng.js';
import { newcomerId } from '../state/codes.js';
import { fillTies, type MemberIndex, memberIndexOf, prepareTieDraws, replacementTie } from '../state/network.js';
import { type Persons, TIES_PER_AGENT } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { blockEnd } from '../state/sweep.js';
import type { Rule } from './rule.js';

const STREAM = streamId('network repair');
// Draws of an existing agent for its tie slot k (newcomers use 0 .. 3k − 1 to fill their slots).
const DRAW_REWIRE_BASE = 40;
/** Ids of the newcomers of one step span this range (codes.newcomerId: kinds and indices within the step). */
const NEWCOMER_ID_SPAN = 0x400000;
if (TIES_PER_AGENT !== 10) throw new Error('applyNetworkRepair checks 10 tie slots per agent');

/**
 * Ties pointing at persons who died or left this step are rewired to a friend of a friend (one of the
 * leaver's own ties, alive), else to a random member of the same diaspora and region; newcomers fill
 * their k slots by the rule of the initial network. The same sweep clears the household references
 * to leavers before their slots are reused: a partner who died leaves a widow(er) (partner none);
 * a minor whose parent died goes to that parent's surviving diaspora partner, else is an orphan.
 * The leavers' slots then become free for reuse. Every agent's repair depends only on the state
 * before the repair (leavers keep their ties and references), so the sweep may find an agent's dead
 * ties all at once.
 */
export const applyNetworkRepair: Rule = (state, _levers, params, rng, step) => {
  const index = memberIndexOf(state, step);
  prepareTieDraws(param(params, 'network.long_range_share'), rng.streamKey(STREAM, step));
  firstNewcomerId[0] = newcomerId(step, 0, 0);
  const anyLeft = state.leftCount > 0;
  if (anyLeft) markGone(state.persons);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) repairTies(state, index, rng, anyLeft, from, blockEnd(from, end));
  for (let k = 0; k < state.leftCount; k++) state.freeSlots[state.freeCount++] = state.leftSlots[k];
  state.leftCount = 0;
};

const NONE = -1;

/** The first id a newcomer of this step can have (see codes.newcomerId). */
const firstNewcomerId = new Float64Array(1);

/**
 * Bit s of gone[s >>> 5] is set if slot s holds nobody (alive is 0), for every slot of the columns:
 * 1 bit per slot, so the random look-ups of the ties' targets stay in the fastest cache even at
 * full scale, where the alive column itself would not.
 */
let gone = new Int32Array(0);

function markGone(p: Persons): void {
  const words = (p.capacity + 31) >>> 5;
  if (gone.length < words) gone = new Int32Array(words);
  const alive = p.alive;
  const capacity = p.capacity;
  for (let w = 0; w < words; w++) {
    const first = w << 5;
    const last = Math.min(capacity, first + 32);
    let bits = 0;
    for (let s = first; s < last; s++) bits |= (alive[s] ^ 1) << (s - first);
    gone[w] = bits;
  }
}

function repairTies(state: SimulationState, index: MemberIndex, rng: RandomSource, anyLeft: boolean, from: number, to: number): void {
  const firstNewcomer = firstNewcomerId[0];
  const p = state.persons;
  const { alive, ties, id, partner, parent } = p;
  const goneBits = gone;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    if (anyLeft) {
      const q = partner[i];
      if (q >= 0 && (goneBits[q >>> 5] >>> (q & 31)) & 1) partner[i] = NONE;
      const g = parent[i];
      if (g >= 0 && (goneBits[g >>> 5] >>> (g & 31)) & 1) {
        const other = partner[g];
        parent[i] = other >= 0 && ((goneBits[other >>> 5] >>> (other & 31)) & 1) === 0 ? other : NONE;
      }
    }
    const agentId = id[i];
    if (agentId >= firstNewcomer && agentId < firstNewcomer + NEWCOMER_ID_SPAN) {
      fillTies(state, index, i, rng);
      continue;
    }
    if (!anyLeft) continue;
    // Which slots hold a person who is gone, as bits, without branches (written out for the 10 slots:
    // V8 does not unroll the loop, and its variable shifts and counter cost more than the look-ups).
    const base = i * 10;
    const lost =
      goneBit(ties[base], goneBits) |
      (goneBit(ties[base + 1], goneBits) << 1) |
      (goneBit(ties[base + 2], goneBits) << 2) |
      (goneBit(ties[base + 3], goneBits) << 3) |
      (goneBit(ties[base + 4], goneBits) << 4) |
      (goneBit(ties[base + 5], goneBits) << 5) |
      (goneBit(ties[base + 6], goneBits) << 6) |
      (goneBit(ties[base + 7], goneBits) << 7) |
      (goneBit(ties[base + 8], goneBits) << 8) |
      (goneBit(ties[base + 9], goneBits) << 9);
    for (let m = lost; m !== 0; m &= m - 1) {
      const k = 31 - Math.clz32(m & -m);
      ties[base + k] = replacementTie(state, index, i, ties[base + k], rng, DRAW_REWIRE_BASE + 2 * k);
    }
  }
}

/** 1 if tie t points at a person who is gone: a host tie (t < 0) reads slot 0's bit and is masked out by its sign. */
function goneBit(t: number, goneBits: Int32Array): number {
  const slot = t & ~(t >> 31);
  return (goneBits[slot >>> 5] >>> slot) & 1 & ~(t >>> 31);
}
