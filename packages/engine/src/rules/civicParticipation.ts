import { ADULT_QUARTERS } from '../equations/ages.js';
import { type CivicCoefficients, civicLogit, readCivicCoefficients } from '../equations/economy.js';
import { logisticInPlace } from '../equations/functions.js';
import { lever, perDiasporaIds } from '../equations/values.js';
import { operands } from '../math/index.js';
import { streamId } from '../rng.js';
import { DIASPORA_COUNT, Flag } from '../state/codes.js';
import type { PersonKernel } from './kernel.js';

/**
 * Civic participation and advocacy (docs/model.md#civic-participation; Flag.civicActive, whose share
 * of settled adults is advocacy_rate). Each quarter a share of adults have their activity drawn afresh
 * from the civic chance (equations/economy.ts), so activity persists and responds to policy within a
 * year or two; one draw decides both (below the rate r, u/r is again uniform).
 */
const STREAM = streamId('civic participation');
const VOTING_IDS = perDiasporaIds('local_voting_rights');

export interface CivicStep {
  coefficients: CivicCoefficients;
  voting: Float64Array;
  key: number;
  /** The math functions' operands (math/rounding.ts), to take the logistic without a boxed double. */
  operands: Float64Array;
}

export const civicParticipation: PersonKernel<CivicStep> = {
  name: 'civic participation',
  step: { coefficients: undefined as unknown as CivicCoefficients, voting: new Float64Array(DIASPORA_COUNT), key: Number.NaN, operands },
  begin(_state, levers, params, rng, t) {
    const s = civicParticipation.step;
    s.coefficients = readCivicCoefficients(params);
    for (let d = 0; d < DIASPORA_COUNT; d++) s.voting[d] = lever(levers, VOTING_IDS[d]);
    s.key = rng.streamKey(STREAM, t);
  },
  person(i, p, s, rng) {
    if (p.ageQuarters[i] < ADULT_QUARTERS) {
      p.flags[i] &= ~Flag.civicActive;
      return;
    }
    const c = s.coefficients;
    const u = rng.uniform(s.key, p.id[i], 0);
    if (u >= c.reassessRate) return;
    const f = p.flags[i];
    // civicChance, its logistic through operands (no double crosses the exact exp's call)
    s.operands[0] = civicLogit(c, p.legal[i], s.voting[p.diaspora[i]], p.heritageOrientation[i], p.hostOrientation[i], f);
    logisticInPlace();
    const chance = s.operands[0];
    p.flags[i] = u / c.reassessRate < chance ? f | Flag.civicActive : f & ~Flag.civicActive;
  },
};
