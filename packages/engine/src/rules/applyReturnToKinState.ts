import { ADULT_QUARTERS } from '../equations/ages.js';
import { lever, param } from '../equations/values.js';
import { expm1InPlace, operands } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import { Diaspora, Kind } from '../state/codes.js';
import { householdAdultOf } from '../state/households.js';
import { removePerson, type SimulationState, slotScratch } from '../state/simulationState.js';
import { blockEnd } from '../state/sweep.js';
import { addTally, Tally } from '../state/tallies.js';
import { quarterlyChance } from './applyStatusChanges.js';
import type { Rule } from './rule.js';

const STREAM = streamId('return to kin state');
const DRAW_RETURN = 0;

/** Uniform draws handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
const drawn = new Float64Array(1);
/** The incentive's default (today's kandas programme): the base rate is calibrated at this value. */
const REFERENCE_INCENTIVE = 0.5;

/**
 * Settled members moving for good to the home country, a household at a time: a couple with the
 * minor children living with them, or a single adult with theirs (docs/model.md "Return to the kin
 * state"). Kazakhs in Uzbekistan: yearly hazard
 * base · (1 − s + s · incentive / 0.5) · M, M the mean over the household's adults of
 * max(0, 1 + a · (home ties − 0.5)) · max(0, 1 − b · (n − 0.5)), n the host orientation (the
 * integrated stay). Uzbeks in Kazakhstan: a small constant rate (no resettlement programme).
 * The household draws one number, keyed by the smaller id of its adults, so every member reaches the
 * same decision whatever the slot order; all decisions are taken before anyone is removed, and the
 * leavers (every member, children too) are removed afterwards in slot order. A minor whose parents
 * are gone stays (an orphan never moves alone); sojourners never return here.
 */
const SETTLED = Kind.settled;
const KAZAKHS_IN_UZBEKISTAN = Diaspora.kz_in_uz;
const ADULT = ADULT_QUARTERS;
/** Per-step values of the sweep. */
const setup = {
  kazakhRate: Number.NaN,
  homeTiesEffect: Number.NaN,
  integrationEffect: Number.NaN,
  uzbekChance: Number.NaN,
  key: Number.NaN,
  leavers: 0,
  /** Counts the calls (from 1), to tell this call's entries of `decided` from older ones. */
  call: 0,
};

/**
 * The household decisions taken by this call, by the slot of the household's adult: call · 2 + 1 if
 * it returns, call · 2 if it stays. A minor takes its adult's decision, and the adult's partner (if
 * the partner's own partner is that adult, of the same diaspora) the couple's: their inputs are the
 * same, and the mean of the two multipliers is the same sum either way round (addition of doubles
 * is commutative), so the draw and the multipliers are computed once per household.
 */
let decided = new Int32Array(0);
const CALL_LIMIT = 0x3fffffff;

export const applyReturnToKinState: Rule = (state, levers, params, rng, step) => {
  const dependence = param(params, 'return.incentive_dependence');
  const incentive = lever(levers, 'kz_in_uz.repatriation_incentive');
  setup.kazakhRate = param(params, 'return.kz_in_uz_base_rate') * (1 - dependence + (dependence * incentive) / REFERENCE_INCENTIVE);
  setup.homeTiesEffect = param(params, 'return.home_ties_effect');
  setup.integrationEffect = param(params, 'return.integration_effect');
  setup.uzbekChance = quarterlyChance(param(params, 'return.uz_in_kz_base_rate'));
  setup.key = rng.streamKey(STREAM, step);
  setup.leavers = 0;
  if (decided.length < state.persons.capacity) decided = new Int32Array(state.persons.capacity);
  setup.call++;
  if (setup.call > CALL_LIMIT) {
    // Past the stamps' range: start again from 1 with no old entry left to match.
    decided.fill(0);
    setup.call = 1;
  }
  const end = state.persons.end;
  const leavers = slotScratch(state);
  for (let from = 0; from < end; from = blockEnd(from, end)) decide(state, leavers, rng, from, blockEnd(from, end));
  for (let k = 0; k < setup.leavers; k++) leave(state, leavers[k]);
};

/**
 * Lists (in slot order) the settled members whose household returns this quarter. Each member finds
 * its household's adult (itself, or for a minor the adult it lives with: householdAdultOf) and that
 * adult's living diaspora partner, and takes the household's decision. Written out, with the return
 * multiplier and quarterlyChance: a double returned from a call V8 does not inline is boxed, and this
 * runs for every settled member. A household decided already (`decided`) is not decided again.
 */
function decide(state: SimulationState, leavers: Int32Array, rng: RandomSource, from: number, to: number): void {
  const p = state.persons;
  const { alive, kind, ageQuarters, partner, id, diaspora, homeTies, hostOrientation } = p;
  const { kazakhRate, homeTiesEffect, integrationEffect, uzbekChance, key } = setup;
  const stays = setup.call << 1;
  const memo = decided;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0 || kind[i] !== SETTLED) continue;
    const a = ageQuarters[i] >= ADULT ? i : householdAdultOf(p, i);
    if (a < 0) continue;
    const known = memo[a];
    if ((known | 1) === (stays | 1)) {
      if (known !== stays) leavers[setup.leavers++] = i;
      continue;
    }
    let b = partner[a];
    if (b >= 0 && alive[b] === 0) b = -1;
    const household = b >= 0 && id[b] < id[a] ? id[b] : id[a];
    rng.uniformInto(drawn, 0, key, household | 0, DRAW_RETURN);
    const u = drawn[0];
    let leaves = 0;
    if (diaspora[a] !== KAZAKHS_IN_UZBEKISTAN) {
      if (u < uzbekChance) leaves = 1;
    } else {
      let multiplier =
        Math.max(0, 1 + homeTiesEffect * (homeTies[a] - 0.5)) * Math.max(0, 1 - integrationEffect * (hostOrientation[a] - 0.5));
      if (b >= 0) {
        const other =
          Math.max(0, 1 + homeTiesEffect * (homeTies[b] - 0.5)) * Math.max(0, 1 - integrationEffect * (hostOrientation[b] - 0.5));
        multiplier = (multiplier + other) / 2;
      }
      // The chance is 1 − e^(−x) for the quarter's hazard x, which is below x (and rounding keeps the
      // order): a draw at or above x cannot be under it, so the exact expm1 runs only for the few
      // draws below x. Same decisions, bit for bit.
      const hazard = (kazakhRate * multiplier) / 4;
      if (u < hazard) {
        // expm1 through operands (its call, where not inlined, would box the doubles crossing it).
        operands[0] = -hazard;
        expm1InPlace();
        if (u < -operands[0]) leaves = 1;
      }
    }
    memo[a] = stays | leaves;
    if (b >= 0 && partner[b] === a && diaspora[b] === diaspora[a]) memo[b] = stays | leaves;
    if (leaves === 1) leavers[setup.leavers++] = i;
  }
}

function leave(state: SimulationState, slot: number): void {
  removePerson(state, slot);
  addTally(state.tallies, state.persons.diaspora[slot], Tally.returnsToKinState, state.persons.weight[slot]);
}

/** How home ties (raise) and host orientation (lower) scale a Kazakh's chance of returning. */
export function returnMultiplier(homeTies: number, hostOrientation: number, homeTiesEffect: number, integrationEffect: number): number {
  return Math.max(0, 1 + homeTiesEffect * (homeTies - 0.5)) * Math.max(0, 1 - integrationEffect * (hostOrientation - 0.5));
}
