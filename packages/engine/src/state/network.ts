import type { RandomSource } from '../rng.js';
import { DIASPORA_COUNT, hostTie } from './codes.js';
import { type Persons, TIES_PER_AGENT } from './persons.js';
import type { SimulationState } from './simulationState.js';

/**
 * The social network: k fixed tie slots per agent (persons.ts). A tie is co-ethnic (a person slot)
 * with the probability of the agent's region's enclave share, else a host-majority tie; either kind
 * is drawn in the own region, except a share `longRangeShare` drawn anywhere in the country
 * (small-world shortcuts, Watts and Strogatz 1998). Ties are directed: an agent's slots are its own
 * contacts; nobody has to hold a tie back.
 */

/** Alive persons grouped by region (counting sort), rebuilt on each use from the columns. */
export interface MemberIndex {
  /** Person slots, region by region. */
  members: Int32Array;
  /** members[start[r] .. start[r + 1]) are the alive persons of region r. */
  start: Int32Array;
  /** Regions of diaspora d are firstRegion[d] .. endRegion[d] - 1 (contiguous by construction). */
  firstRegion: Int32Array;
  endRegion: Int32Array;
}

let cachedIndex: MemberIndex | undefined;

/** Groups the alive persons by region, reusing the buffers of the previous call when large enough. */
export function indexMembersByRegion(state: SimulationState): MemberIndex {
  const p = state.persons;
  const regionCount = state.regions.length;
  let index = cachedIndex;
  if (!index || index.members.length < p.capacity || index.start.length !== regionCount + 1) {
    index = {
      members: new Int32Array(p.capacity),
      start: new Int32Array(regionCount + 1),
      firstRegion: new Int32Array(DIASPORA_COUNT),
      endRegion: new Int32Array(DIASPORA_COUNT),
    };
    cachedIndex = index;
  }
  const { members, start, firstRegion, endRegion } = index;
  firstRegion.fill(regionCount);
  endRegion.fill(0);
  for (let r = 0; r < regionCount; r++) {
    const d = state.regions[r].diaspora;
    if (r < firstRegion[d]) firstRegion[d] = r;
    if (r + 1 > endRegion[d]) endRegion[d] = r + 1;
  }
  start.fill(0);
  const { alive, region } = p;
  for (let i = 0; i < p.end; i++) if (alive[i] === 1) start[region[i] + 1]++;
  for (let r = 0; r < regionCount; r++) start[r + 1] += start[r];
  const total = start[regionCount];
  // Fill from the back, decrementing each region's end: members stay in slot order, and afterwards
  // start[r + 1] holds where region r begins.
  for (let i = p.end - 1; i >= 0; i--) if (alive[i] === 1) members[--start[region[i] + 1]] = i;
  for (let r = 0; r < regionCount; r++) start[r] = start[r + 1];
  start[regionCount] = total;
  return index;
}

/**
 * Draws one tie for person `slot` from three uniforms: u0 chooses co-ethnic or host, u1 own region or
 * anywhere in the country, u2 the one chosen. Never the person itself; a host tie when no other
 * co-ethnic exists. Returns a person slot or an encoded host tie.
 */
export function drawTie(
  state: SimulationState,
  index: MemberIndex,
  slot: number,
  longRangeShare: number,
  u0: number,
  u1: number,
  u2: number,
): number {
  const p = state.persons;
  const r = p.region[slot];
  const d = p.diaspora[slot];
  const longRange = u1 < longRangeShare;
  if (u0 < state.regions[r].enclaveShare) {
    const person = drawMember(
      index,
      slot,
      longRange ? index.start[index.firstRegion[d]] : index.start[r],
      longRange ? index.start[index.endRegion[d]] : index.start[r + 1],
      u2,
    );
    if (person >= 0) return person;
  }
  return drawHost(state, index, r, d, longRange, u2);
}

/** A random member of members[lo, hi) other than `self`, or -1 if there is none. */
export function drawMember(index: MemberIndex, self: number, lo: number, hi: number, u: number): number {
  const n = hi - lo;
  if (n <= 0) return -1;
  const k = Math.floor(u * n);
  const pick = index.members[lo + k];
  if (pick !== self) return pick;
  return n > 1 ? index.members[lo + ((k + 1) % n)] : -1;
}

function drawHost(state: SimulationState, index: MemberIndex, r: number, d: number, longRange: boolean, u: number): number {
  const hosts = state.hosts;
  let lo = hosts.regionStart[r];
  let n = hosts.regionCount[r];
  if (longRange || n === 0) {
    const first = index.firstRegion[d];
    const last = index.endRegion[d] - 1;
    lo = hosts.regionStart[first];
    n = hosts.regionStart[last] + hosts.regionCount[last] - lo;
  }
  if (n <= 0) throw new Error(`no host-majority agents for diaspora ${d}`);
  return hostTie(lo + Math.floor(u * n));
}

/** Fills all k tie slots of `slot` with draws 0 .. 3k − 1 of its own id under `key`. */
export function fillTies(
  state: SimulationState,
  index: MemberIndex,
  slot: number,
  longRangeShare: number,
  rng: RandomSource,
  key: number,
): void {
  const id = state.persons.id[slot];
  const base = slot * TIES_PER_AGENT;
  for (let k = 0; k < TIES_PER_AGENT; k++) {
    state.persons.ties[base + k] = drawTie(
      state,
      index,
      slot,
      longRangeShare,
      rng.uniform(key, id, 3 * k),
      rng.uniform(key, id, 3 * k + 1),
      rng.uniform(key, id, 3 * k + 2),
    );
  }
}

/**
 * Friend of a friend: one of the leaver's own person ties that is alive and not `slot` itself,
 * scanning the leaver's slots from a random start; -1 if none.
 */
export function rewireToFriendOfFriend(p: Persons, slot: number, leaver: number, u: number): number {
  const base = leaver * TIES_PER_AGENT;
  const start = Math.floor(u * TIES_PER_AGENT);
  for (let m = 0; m < TIES_PER_AGENT; m++) {
    const candidate = p.ties[base + ((start + m) % TIES_PER_AGENT)];
    if (candidate >= 0 && candidate !== slot && p.alive[candidate] === 1) return candidate;
  }
  return -1;
}
