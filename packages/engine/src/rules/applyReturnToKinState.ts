import { streamId } from '../rng.js';
import { Diaspora, Kind } from '../state/codes.js';
import { removePerson } from '../state/simulationState.js';
import { addTally, Tally } from '../state/tallies.js';
import { quarterlyChance } from './applyStatusChanges.js';
import { lever, param, type Rule } from './rule.js';

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
export const applyReturnToKinState: Rule = (state, levers, params, rng, step) => {
  const dependence = param(params, 'return.incentive_dependence');
  const incentive = lever(levers, 'kz_in_uz.repatriation_incentive');
  const kazakhRate = param(params, 'return.kz_in_uz_base_rate') * (1 - dependence + (dependence * incentive) / REFERENCE_INCENTIVE);
  const homeTiesEffect = param(params, 'return.home_ties_effect');
  const integrationEffect = param(params, 'return.integration_effect');
  const uzbekChance = quarterlyChance(param(params, 'return.uz_in_kz_base_rate'));
  const key = rng.streamKey(STREAM, step);
  const p = state.persons;
  const { alive, kind, diaspora, id, homeTies, hostOrientation, weight } = p;
  for (let i = 0; i < p.end; i++) {
    if (alive[i] === 0 || kind[i] !== Kind.settled) continue;
    const d = diaspora[i];
    let chance = uzbekChance;
    if (d === Diaspora.kz_in_uz) {
      chance = quarterlyChance(kazakhRate * returnMultiplier(homeTies[i], hostOrientation[i], homeTiesEffect, integrationEffect));
    }
    if (rng.uniform(key, id[i], DRAW_RETURN) < chance) {
      removePerson(state, i);
      addTally(state.tallies, d, Tally.returnsToKinState, weight[i]);
    }
  }
};

/** How home ties (raise) and host orientation (lower) scale a Kazakh's chance of returning. */
export function returnMultiplier(homeTies: number, hostOrientation: number, homeTiesEffect: number, integrationEffect: number): number {
  return Math.max(0, 1 + homeTiesEffect * (homeTies - 0.5)) * Math.max(0, 1 - integrationEffect * (hostOrientation - 0.5));
}
