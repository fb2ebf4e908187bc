import { describe, expect, it } from 'vitest';
import { applyNetworkRepair } from '../../../packages/engine/src/rules/applyNetworkRepair.js';
import { hostTie, NewcomerKind, newcomerId } from '../../../packages/engine/src/state/codes.js';
import { drawRegionMember, indexMembersByRegion } from '../../../packages/engine/src/state/network.js';
import { TIES_PER_AGENT } from '../../../packages/engine/src/state/persons.js';
import type { Region } from '../../../packages/engine/src/state/regions.js';
import { removePerson } from '../../../packages/engine/src/state/simulationState.js';
import { createTinyState, TINY_REGIONS } from '../../support/tinyState.js';
import { leversWith, paramsWith, rng } from './support.js';

const ties = (state: ReturnType<typeof createTinyState>, slot: number) =>
  Array.from(state.persons.ties.subarray(slot * TIES_PER_AGENT, (slot + 1) * TIES_PER_AGENT));
const hosts = [{ region: 0 }, { region: 0 }, { region: 1, diaspora: 1 }];
const local = paramsWith({ 'network.long_range_share': 0 });

describe('applyNetworkRepair', () => {
  it('rewires ties to a leaver to a friend of a friend, then frees the slot', () => {
    // 0 points at 1; 1 (leaving) points at 2 and at 3, who leaves too: only 2 is a valid friend of a friend.
    const state = createTinyState({
      persons: [{ ties: [1] }, { ties: [2, 3] }, { ties: [0] }, { ties: [0] }, { ties: [0] }],
      hosts,
    });
    removePerson(state, 1);
    removePerson(state, 3);
    applyNetworkRepair(state, leversWith(), local, rng, 4);
    expect(ties(state, 0)).toEqual(new Array(TIES_PER_AGENT).fill(2));
    expect(ties(state, 2)).toEqual(new Array(TIES_PER_AGENT).fill(0));
    expect(Array.from(state.freeSlots.subarray(0, state.freeCount))).toEqual([1, 3]);
    expect(state.leftCount).toBe(0);
  });

  it('falls back to the other member of the same diaspora and region, never oneself', () => {
    // The leaver's only ties point back at 0 itself; in region 0 only 2 is left (3 lives in another region).
    const regions: Region[] = [TINY_REGIONS[0], { ...TINY_REGIONS[0], name: 'Other KZ region' }, TINY_REGIONS[1]];
    const state = createTinyState({
      persons: [{ ties: [1] }, { ties: [0] }, { ties: [0] }, { ties: [0], region: 1 }],
      hosts,
      regions,
    });
    removePerson(state, 1);
    applyNetworkRepair(state, leversWith(), local, rng, 1);
    expect(ties(state, 0)).toEqual(new Array(TIES_PER_AGENT).fill(2));
  });

  it("fills a newcomer's slots: co-ethnic by the enclave share, else host ties of the region", () => {
    for (const [enclaveShare, check] of [
      [1, (t: number) => t >= 0 && t !== 2 && t < 2],
      [0, (t: number) => t === hostTie(0) || t === hostTie(1)],
    ] as const) {
      const regions: Region[] = [{ ...TINY_REGIONS[0], enclaveShare }, TINY_REGIONS[1]];
      const state = createTinyState({
        persons: [
          { ties: [1] },
          { ties: [0] },
          { id: newcomerId(6, NewcomerKind.birth, 0), ties: [7] },
          { region: 1, diaspora: 1, ties: [3] },
        ],
        hosts,
        regions,
      });
      applyNetworkRepair(state, leversWith(), local, rng, 6);
      expect(ties(state, 2).every(check)).toBe(true);
      // Agents who are not newcomers of this step keep their ties.
      expect(ties(state, 0)).toEqual(new Array(TIES_PER_AGENT).fill(1));
    }
  });

  it('picks by stable id on a ring: removing one person changes only the picks that were that person', () => {
    // Ids unrelated to slots, as after some births and departures.
    const state = createTinyState({ persons: Array.from({ length: 60 }, (_, i) => ({ id: 1000 + ((i * 37) % 60) })), hosts });
    const draws = Array.from({ length: 400 }, (_, k) => (k + 0.5) / 400);
    const idsPicked = () => {
      const index = indexMembersByRegion(state);
      return draws.map((u) => state.persons.id[drawRegionMember(index, -1, 0, u)]);
    };
    const before = idsPicked();
    const gone = 17;
    const goneId = state.persons.id[gone];
    state.persons.alive[gone] = 0;
    const after = idsPicked();
    let changed = 0;
    for (let k = 0; k < draws.length; k++) {
      if (before[k] === goneId) changed++;
      else expect(after[k]).toBe(before[k]);
    }
    expect(changed).toBeGreaterThan(0);
    expect(after).not.toContain(goneId);
  });
});
