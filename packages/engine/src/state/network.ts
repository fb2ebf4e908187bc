import { log2 } from '../math/index.js';
import type { RandomSource } from '../rng.js';
import { DIASPORA_COUNT, hostTie } from './codes.js';
import { type Persons, TIES_PER_AGENT } from './persons.js';
import type { SimulationState } from './simulationState.js';
import { blockEnd } from './sweep.js';

/**
 * The social network: k fixed tie slots per agent (persons.ts). A tie is co-ethnic (a person slot)
 * with the probability of the agent's region's enclave share, else a host-majority tie; either kind
 * is drawn in the own region, except a share `longRangeShare` drawn anywhere in the country
 * (small-world shortcuts, Watts and Strogatz 1998). Ties are directed: an agent's slots are its own
 * contacts; nobody has to hold a tie back.
 */

/**
 * Alive persons grouped by region, and within a region placed on a ring by a hash of their stable id
 * (consistent hashing): a draw u picks the first member at or after position u on the ring. A person
 * joining or leaving only changes the picks that land on their own arc, so a baseline and a scenario
 * whose populations differ by a few persons still pick the same ties for almost every draw (common
 * random numbers), whatever slots the persons occupy. The ring is cut into 2^bits buckets per region
 * (about four members each, fixed when the state is first indexed) so a pick scans a handful.
 */
export interface MemberIndex {
  /** First member (slot) of each cell's chain, -1 if the cell is empty. */
  head: Int32Array;
  /** The next member of the same cell after each slot, -1 at the end of the chain. */
  next: Int32Array;
  /** Cells of region r are regionCell[r] .. regionCell[r + 1] - 1. */
  regionCell: Int32Array;
  /** log2 of the number of buckets of each region. */
  regionBits: Int32Array;
  /** Alive members of each region. */
  regionMembers: Int32Array;
  /** Regions of diaspora d are firstRegion[d] .. endRegion[d] - 1 (contiguous by construction). */
  firstRegion: Int32Array;
  endRegion: Int32Array;
  ids: Uint32Array;
}

const MAX_BITS = 20;
let cachedIndex: MemberIndex | undefined;
// Buckets per region, fixed at a state's first indexing (identical in paired runs, which start alike).
const bitsOfState = new WeakMap<SimulationState, Int32Array>();

/** Position of a person on the ring: a well-mixed 32-bit hash of the stable id. */
export function ringPosition(id: number): number {
  let x = (id ^ 0x5bd1e995) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x >>> 0;
}

function bucketOf(position: number, bits: number): number {
  return bits === 0 ? 0 : position >>> (32 - bits);
}

function regionBitsFor(state: SimulationState): Int32Array {
  let bits = bitsOfState.get(state);
  if (!bits) {
    const counts = new Int32Array(state.regions.length);
    const p = state.persons;
    for (let i = 0; i < p.end; i++) if (p.alive[i] === 1) counts[p.region[i]]++;
    bits = new Int32Array(state.regions.length);
    for (let r = 0; r < counts.length; r++) bits[r] = Math.min(MAX_BITS, Math.max(0, Math.ceil(log2(counts[r] / 4))));
    bitsOfState.set(state, bits);
  }
  return bits;
}

/**
 * Indexes the alive persons in one pass over the columns, reusing the buffers of the previous call:
 * each cell's members are a chain through `next` (the order within a chain does not matter: a pick
 * takes the smallest position, ties broken by id).
 */
export function indexMembersByRegion(state: SimulationState): MemberIndex {
  const p = state.persons;
  const regionCount = state.regions.length;
  const bits = regionBitsFor(state);
  let cells = 0;
  for (let r = 0; r < regionCount; r++) cells += 1 << bits[r];
  let index = cachedIndex;
  if (!index || index.next.length < p.capacity || index.head.length < cells || index.regionCell.length !== regionCount + 1) {
    index = {
      head: new Int32Array(cells),
      next: new Int32Array(p.capacity),
      regionCell: new Int32Array(regionCount + 1),
      regionBits: new Int32Array(regionCount),
      regionMembers: new Int32Array(regionCount),
      firstRegion: new Int32Array(DIASPORA_COUNT),
      endRegion: new Int32Array(DIASPORA_COUNT),
      ids: p.id,
    };
    cachedIndex = index;
  }
  index.ids = p.id;
  indexedState = undefined;
  const { regionCell, regionBits, firstRegion, endRegion } = index;
  firstRegion.fill(regionCount);
  endRegion.fill(0);
  regionCell[0] = 0;
  for (let r = 0; r < regionCount; r++) {
    const d = state.regions[r].diaspora;
    if (r < firstRegion[d]) firstRegion[d] = r;
    if (r + 1 > endRegion[d]) endRegion[d] = r + 1;
    regionBits[r] = bits[r];
    regionCell[r + 1] = regionCell[r] + (1 << bits[r]);
  }
  index.head.fill(-1, 0, cells);
  index.regionMembers.fill(0);
  const end = p.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) placeOnRings(p, index, from, blockEnd(from, end));
  return index;
}

/** Every alive person at the head of the chain of its cell (its region and the bucket of its ring position). */
function placeOnRings(p: Persons, index: MemberIndex, from: number, to: number): void {
  const { head, next, regionCell, regionBits, regionMembers } = index;
  const { alive, region, id } = p;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const r = region[i];
    // ringPosition, written out (a 32-bit value returned from a call V8 does not inline is boxed).
    let x = (id[i] ^ 0x5bd1e995) >>> 0;
    x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
    x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
    const position = (x ^ (x >>> 15)) >>> 0;
    const bits = regionBits[r];
    const cell = regionCell[r] + (bits === 0 ? 0 : position >>> (32 - bits));
    next[i] = head[cell];
    head[cell] = i;
    regionMembers[r]++;
  }
}

/** The state and step the cached index was last built for by memberIndexOf. */
let indexedState: SimulationState | undefined;
let indexedStep = -1;

/**
 * The member index of `state` at `step`: built on the first call of the step (the network repair,
 * after every demographic change of the quarter), then reused by later calls of the same step (the
 * union formation that follows it). Persons added or removed in between would not be in it.
 */
export function memberIndexOf(state: SimulationState, step: number): MemberIndex {
  if (cachedIndex && indexedState === state && indexedStep === step && cachedIndex.ids === state.persons.id) return cachedIndex;
  const index = indexMembersByRegion(state);
  indexedState = state;
  indexedStep = step;
  return index;
}

/** Bytes held by the member index built last (the benchmark counts it with the network). */
export function memberIndexBytes(): number {
  const index = cachedIndex;
  if (!index) return 0;
  return [index.head, index.next, index.regionCell, index.regionBits, index.regionMembers].reduce((sum, a) => sum + a.byteLength, 0);
}

/** Alive members of region r. */
export function regionMemberCount(index: MemberIndex, r: number): number {
  return index.regionMembers[r];
}

/**
 * The uniforms of the pick in progress. The pick functions read them from here rather than taking
 * them as arguments: a double passed to a call V8 does not inline is boxed (allocated), and these
 * run for every tie a newcomer or a repair draws.
 */
const pick = new Float64Array(2);
const CHOICE = 0;
const WHICH = 1;

/**
 * The member of region r at or after ring position u (0–1), skipping `self`; -1 if there is none.
 * Equal positions (hash collisions) are broken by the smaller id, so the pick never depends on slots.
 */
export function drawRegionMember(index: MemberIndex, self: number, r: number, u: number): number {
  pick[WHICH] = u;
  return regionMemberAt(index, self, r);
}

/** drawRegionMember at u = pick[WHICH]. */
function regionMemberAt(index: MemberIndex, self: number, r: number): number {
  const bits = index.regionBits[r];
  const buckets = 1 << bits;
  const firstCell = index.regionCell[r];
  const position = Math.floor(pick[WHICH] * 4294967296);
  const firstBucket = bucketOf(position, bits);
  const { head, next, ids } = index;
  for (let scanned = 0; scanned <= buckets; scanned++) {
    const cell = firstCell + ((firstBucket + scanned) & (buckets - 1));
    let best = -1;
    let bestPosition = 0;
    for (let m = head[cell]; m >= 0; m = next[m]) {
      if (m === self) continue;
      // The ring position (ringPosition, written out) is rehashed here rather than stored: picks are few, slots many.
      let x = (ids[m] ^ 0x5bd1e995) >>> 0;
      x = Math.imul(x ^ (x >>> 16), 0x21f0aaad);
      x = Math.imul(x ^ (x >>> 15), 0x735a2d97);
      const at = (x ^ (x >>> 15)) >>> 0;
      // In the first bucket only members at or after u; after a full turn, the rest of it.
      if (scanned === 0 && at < position) continue;
      if (scanned === buckets && at >= position) continue;
      if (best < 0 || at < bestPosition || (at === bestPosition && ids[m] < ids[best])) {
        best = m;
        bestPosition = at;
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

/**
 * A member of diaspora d anywhere in the country other than `self`: u chooses the region in
 * proportion to its members, then the position on that region's ring; -1 if there is none.
 */
export function drawDiasporaMember(index: MemberIndex, self: number, d: number, u: number): number {
  pick[WHICH] = u;
  return diasporaMemberAt(index, self, d);
}

/** drawDiasporaMember at u = pick[WHICH] (which it overwrites). */
function diasporaMemberAt(index: MemberIndex, self: number, d: number): number {
  let total = 0;
  for (let r = index.firstRegion[d]; r < index.endRegion[d]; r++) total += regionMemberCount(index, r);
  let target = pick[WHICH] * total;
  for (let r = index.firstRegion[d]; r < index.endRegion[d]; r++) {
    const count = regionMemberCount(index, r);
    if (target < count) {
      pick[WHICH] = target / count;
      const member = regionMemberAt(index, self, r);
      if (member >= 0) return member;
      target = 0; // only `self` here: take the next region's first member
      continue;
    }
    target -= count;
  }
  return -1;
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
  pick[CHOICE] = u0;
  pick[WHICH] = u2;
  return tieAt(state, index, slot, u1 < longRangeShare);
}

/** drawTie with u0 and u2 in `pick`. */
function tieAt(state: SimulationState, index: MemberIndex, slot: number, longRange: boolean): number {
  const p = state.persons;
  const r = p.region[slot];
  const d = p.diaspora[slot];
  if (pick[CHOICE] < state.regions[r].enclaveShare) {
    const u = pick[WHICH];
    const person = longRange ? diasporaMemberAt(index, slot, d) : regionMemberAt(index, slot, r);
    if (person >= 0) return person;
    pick[WHICH] = u;
  }
  return hostAt(state, index, r, d, longRange);
}

/** A host tie in region r (or anywhere in the diaspora's country) at u = pick[WHICH]. */
function hostAt(state: SimulationState, index: MemberIndex, r: number, d: number, longRange: boolean): number {
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
  return hostTie(lo + Math.floor(pick[WHICH] * n));
}

/**
 * The stream key and long-range share of the tie draws in progress, set once per step (or at the
 * start) by prepareTieDraws: fillTies and replacementTie then take only integers, so nothing is
 * boxed when V8 does not inline them (the key signed, as rng.ts's keys: past 2^31 it would be).
 */
const tieDrawKey = new Int32Array(1);
const longRange = new Float64Array(1);

export function prepareTieDraws(longRangeShare: number, key: number): void {
  longRange[0] = longRangeShare;
  tieDrawKey[0] = key;
}

/** Fills all k tie slots of `slot` with draws 0 .. 3k − 1 of its own id (key and share of prepareTieDraws). */
export function fillTies(state: SimulationState, index: MemberIndex, slot: number, rng: RandomSource): void {
  const p = state.persons;
  const id = p.id[slot] | 0; // signed (the draws only multiply it): an id past 2^31 crossing a call is allocated
  const key = tieDrawKey[0];
  const base = slot * TIES_PER_AGENT;
  for (let k = 0; k < TIES_PER_AGENT; k++) {
    // The slot's three draws through one call site: V8 inlines the draw once within its budget,
    // where three sites would leave some calls out, each allocating the double it returns.
    for (let d = 0; d < 3; d++) rng.uniformInto(slotDraws, d, key, id, 3 * k + d);
    pick[CHOICE] = slotDraws[0];
    pick[WHICH] = slotDraws[2];
    p.ties[base + k] = tieAt(state, index, slot, slotDraws[1] < longRange[0]);
  }
}

/** fillTies' draws for one tie slot: choice, long range or not, which member. */
const slotDraws = new Float64Array(3);

/**
 * Friend of a friend: one of the leaver's own person ties that is alive and not `slot` itself,
 * scanning the leaver's slots from a random start; -1 if none.
 */
export function rewireToFriendOfFriend(p: Persons, slot: number, leaver: number, u: number): number {
  return friendOfFriendFrom(p, slot, leaver, Math.floor(u * TIES_PER_AGENT));
}

function friendOfFriendFrom(p: Persons, slot: number, leaver: number, start: number): number {
  const base = leaver * TIES_PER_AGENT;
  for (let m = 0; m < TIES_PER_AGENT; m++) {
    const candidate = p.ties[base + ((start + m) % TIES_PER_AGENT)];
    if (candidate >= 0 && candidate !== slot && p.alive[candidate] === 1) return candidate;
  }
  return -1;
}

/**
 * The tie replacing the one of `slot` to `leaver`, from draws `draw` and `draw` + 1 of the person's
 * id (key of prepareTieDraws): a friend of a friend, else a co-ethnic of the region, else one
 * anywhere in the country, else a host tie.
 */
export function replacementTie(
  state: SimulationState,
  index: MemberIndex,
  slot: number,
  leaver: number,
  rng: RandomSource,
  draw: number,
): number {
  const p = state.persons;
  const id = p.id[slot] | 0;
  const key = tieDrawKey[0];
  // Both draws through one call site in a loop (as fillTies'): V8 inlines it first within its budget.
  for (let d = 0; d < 2; d++) rng.uniformInto(slotDraws, d, key, id, draw + d);
  const friend = friendOfFriendFrom(p, slot, leaver, Math.floor(slotDraws[0] * TIES_PER_AGENT));
  if (friend >= 0) return friend;
  const u1 = slotDraws[1];
  pick[WHICH] = u1;
  const member = regionMemberAt(index, slot, p.region[slot]);
  if (member >= 0) return member;
  // drawTie(state, index, slot, 1, 0, 0, u1): long range, co-ethnic first.
  pick[CHOICE] = 0;
  pick[WHICH] = u1;
  return tieAt(state, index, slot, true);
}
