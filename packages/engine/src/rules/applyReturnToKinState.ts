import { type RandomSource, streamId } from '../rng.js';
import { Diaspora, Kind } from '../state/codes.js';
import { removePerson, type SimulationState } from '../state/simulationState.js';
import { addTally, Tally } from '../state/tallies.js';
import { quarterlyChance } from './applyStatusChanges.js';
import { lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

const STREAM = streamId('return to kin state');
const DRAW_RETURN = 0;
/** The incentive's default (today's kandas programme): the base rate is calibrated at this value. */
const REFERENCE_INCENTIVE = 0.5;

/**
 * Settled members moving for good to the home country. Kazakhs in Uzbekistan: yearly hazard
 * base · (1 − s + s · incentive / 0.5) · max(0, 1 + a · (home ties − 0.5)) · max(0, 1 − b · (n − 0.5)),
 * n the host orientation (the integrated stay). Uzbeks in Kazakhstan: a small constant rate (no
 * resettlement programme).
 */
const SETTLED = Kind.settled;
const KAZAKHS_IN_UZBEKISTAN = Diaspora.kz_in_uz;
/** Per-step values of the sweep. */
const setup = {
  kazakhRate: Number.NaN,
  homeTiesEffect: Number.NaN,
  integrationEffect: Number.NaN,
  uzbekChance: Number.NaN,
  key: Number.NaN,
};

export const applyReturnToKinState: Rule = (state, levers, params, rng, step) => {
  const dependence = param(params, 'return.incentive_dependence');
  const incentive = lever(levers, 'kz_in_uz.repatriation_incentive');
  setup.kazakhRate = param(params, 'return.kz_in_uz_base_rate') * (1 - dependence + (dependence * incentive) / REFERENCE_INCENTIVE);
  setup.homeTiesEffect = param(params, 'return.home_ties_effect');
  setup.integrationEffect = param(params, 'return.integration_effect');
  setup.uzbekChance = quarterlyChance(param(params, 'return.uz_in_kz_base_rate'));
  setup.key = rng.streamKey(STREAM, step);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) returnHome(state, rng, from, blockEnd(from, end));
};

/** The sweep, with returnMultiplier and quarterlyChance written out (a double returned from a call V8 does not inline is boxed). */
function returnHome(state: SimulationState, rng: RandomSource, from: number, to: number): void {
  const p = state.persons;
  const { alive, kind, diaspora, id, homeTies, hostOrientation } = p;
  const { kazakhRate, homeTiesEffect, integrationEffect, uzbekChance, key } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0 || kind[i] !== SETTLED) continue;
    const d = diaspora[i];
    let chance = uzbekChance;
    if (d === KAZAKHS_IN_UZBEKISTAN) {
      const multiplier =
        Math.max(0, 1 + homeTiesEffect * (homeTies[i] - 0.5)) * Math.max(0, 1 - integrationEffect * (hostOrientation[i] - 0.5));
      chance = -Math.expm1(-(kazakhRate * multiplier) / 4);
    }
    if (rng.uniform(key, id[i], DRAW_RETURN) < chance) leave(state, i, d);
  }
}

function leave(state: SimulationState, slot: number, d: number): void {
  removePerson(state, slot);
  addTally(state.tallies, d, Tally.returnsToKinState, state.persons.weight[slot]);
}

/** How home ties (raise) and host orientation (lower) scale a Kazakh's chance of returning. */
export function returnMultiplier(homeTies: number, hostOrientation: number, homeTiesEffect: number, integrationEffect: number): number {
  return Math.max(0, 1 + homeTiesEffect * (homeTies - 0.5)) * Math.max(0, 1 - integrationEffect * (hostOrientation - 0.5));
}
