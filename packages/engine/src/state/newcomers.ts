import { newcomerIdBits } from './codes.js';
import { resetPerson } from './initial/personTraits.js';
import type { Region } from './regions.js';
import { allocateSlot, type SimulationState } from './simulationState.js';

/**
 * Newcomers (births, labour migrants, students). Each diaspora numbers its newcomers of a kind in a
 * block of its own, so a lever that changes one diaspora's arrivals leaves the other's ids (and draws)
 * unchanged; within a diaspora the k-th newcomer of a quarter has the same id in every run.
 */
const DIASPORA_BLOCK = 1 << 19;

/** A fresh person in a free slot, every column cleared; returns the slot (state.persons may have grown). */
export function addNewcomer(
  state: SimulationState,
  step: number,
  newcomerKind: number,
  indexInDiaspora: number,
  diaspora: number,
  region: number,
  kind: number,
  weight: number,
): number {
  const slot = allocateSlot(state);
  const p = state.persons;
  resetPerson(p, slot);
  p.id[slot] = newcomerIdBits(step, newcomerKind, diaspora * DIASPORA_BLOCK + indexInDiaspora);
  state.newcomersThisStep[newcomerKind]++;
  p.alive[slot] = 1;
  p.diaspora[slot] = diaspora;
  p.region[slot] = region;
  p.kind[slot] = kind;
  p.weight[slot] = weight;
  return slot;
}

/** True if `id` belongs to a newcomer created at `step`. */
export function isNewcomerOfStep(id: number, step: number): boolean {
  const first = 0x80000000 + step * 0x400000;
  return id >= first && id < first + 0x400000;
}

export type RegionShare = 'settledShare' | 'migrantShare' | 'studentShare';

/** A region of diaspora d drawn by the given share (falls back to migrantShare where a region has no studentShare). */
export function drawRegion(regions: readonly Region[], diaspora: number, share: RegionShare, u: number): number {
  let cumulative = 0;
  let last = -1;
  for (let r = 0; r < regions.length; r++) {
    const region = regions[r] as Region & { studentShare?: number };
    if (region.diaspora !== diaspora) continue;
    // Each share read by name (a keyed read by a variable name goes through a generic stub, which
    // returns the double allocated).
    cumulative +=
      share === 'migrantShare'
        ? region.migrantShare
        : share === 'settledShare'
          ? region.settledShare
          : (region.studentShare ?? region.migrantShare);
    last = r;
    if (u < cumulative) return r;
  }
  if (last < 0) throw new Error(`no region for diaspora ${diaspora}`);
  return last;
}
