import { BUSINESS_EXIT_QUARTERS } from '../equations/ages.js';
import {
  type BusinessCoefficients,
  businessStartChance,
  CREDIT_STREAM,
  canStartBusiness,
  maximumStartChance,
  nextTradeLinkShare,
  readBusinessCoefficients,
  startCapital,
} from '../equations/economy.js';
import { lever, perDiasporaIds } from '../equations/values.js';
import { streamId } from '../rng.js';
import { DIASPORA_COUNT, Flag } from '../state/codes.js';
import type { PersonKernel } from './kernel.js';

/**
 * Business formation and cross-border trade links (docs/model.md#investment-and-business). A settled
 * adult starts a business with a chance that rises with skill and integration (Berry) and needs the
 * means: the start-up capital from savings (spent on the start) or credit; without either, only a
 * small micro-business chance remains. Businesses close at a steady rate and at 70. Of the owners an
 * agent stands for, a share trades with the home country (tradeLinkShare ℓ), moved each quarter to
 * ℓ(1 − exit) + rate·ties·(1 − ℓ): an expected share, so the links are a smooth stock at any agent
 * scale. Trade cost is deliberately absent here: it acts in the gravity relation only.
 */
const STREAM = streamId('business formation');
const CREDIT_IDS = perDiasporaIds('credit_access');

export interface BusinessStep {
  coefficients: BusinessCoefficients;
  creditShare: Float64Array;
  /** Per diaspora: savings needed to start without borrowing (USD). */
  capital: Float64Array;
  /** The highest start chance anyone can have: a draw above it needs no further look (thinning). */
  maximumChance: number;
  key: number;
  creditKey: number;
  /** Per diaspora: trade links (persons) summed this step. */
  links: Float64Array;
}

export const businessFormation: PersonKernel<BusinessStep> = {
  name: 'business formation and trade links',
  step: {
    coefficients: undefined as unknown as BusinessCoefficients,
    creditShare: new Float64Array(DIASPORA_COUNT),
    capital: new Float64Array(DIASPORA_COUNT),
    maximumChance: Number.NaN,
    key: Number.NaN,
    creditKey: Number.NaN,
    links: new Float64Array(DIASPORA_COUNT),
  },
  begin(state, levers, params, rng, t) {
    const s = businessFormation.step;
    const c = readBusinessCoefficients(params);
    s.coefficients = c;
    for (let d = 0; d < DIASPORA_COUNT; d++) {
      s.creditShare[d] = lever(levers, CREDIT_IDS[d]);
      s.capital[d] = startCapital(c, state.economy, d);
    }
    s.maximumChance = maximumStartChance(c);
    s.key = rng.streamKey(STREAM, t);
    s.creditKey = rng.streamKey(CREDIT_STREAM, 0);
    s.links = state.economy.tradeLinks;
    s.links.fill(0);
  },
  person(i, p, s, rng) {
    const u = rng.uniform(s.key, p.id[i], 0);
    const f = p.flags[i];
    const c = s.coefficients;
    if (f & Flag.businessOwner) {
      if (p.ageQuarters[i] >= BUSINESS_EXIT_QUARTERS || u < c.exitRate) {
        p.flags[i] = f & ~Flag.businessOwner;
        p.tradeLinkShare[i] = 0;
        return;
      }
      const next = nextTradeLinkShare(p.tradeLinkShare[i], p.homeTies[i], c);
      p.tradeLinkShare[i] = next;
      s.links[p.diaspora[i]] += p.weight[i] * next;
      return;
    }
    if (u >= s.maximumChance || !canStartBusiness(p.kind[i], p.ageQuarters[i], f)) return;
    const d = p.diaspora[i];
    const selfFinanced = p.savings[i] >= s.capital[d];
    const financed = selfFinanced || rng.uniform(s.creditKey, p.id[i], 0) < s.creditShare[d];
    const chance = businessStartChance(c, p.skill[i], p.heritageOrientation[i], p.hostOrientation[i]);
    if (u >= chance * (financed ? 1 : c.unfinancedFactor)) return;
    p.flags[i] = f | Flag.businessOwner | Flag.employed;
    p.tradeLinkShare[i] = 0;
    if (selfFinanced) p.savings[i] -= s.capital[d];
  },
};
