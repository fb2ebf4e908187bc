import { describe, expect, it } from 'vitest';
import { readEnterpriseCoefficients, steadyEnterprises } from '../../../packages/engine/src/equations/enterprises.js';
import { applyHomeCapitalEnterprises } from '../../../packages/engine/src/rules/applyHomeCapitalEnterprises.js';
import { Diaspora } from '../../../packages/engine/src/state/codes.js';
import { addTally, Tally } from '../../../packages/engine/src/state/tallies.js';
import { createTinyState } from '../../support/tinyState.js';
import { assumptions, rng, stepValues } from './support.js';

// Round numbers: 10 new enterprises a year per 1,000 links, a million USD a year of investment
// counts as 50 links, engagement effect 1, a fifth close each year.
const PARAMS = assumptions({
  'enterprises.per_thousand_links': 10,
  'enterprises.investment_weight': 50,
  'enterprises.engagement_effect': 1,
  'enterprises.exit_rate': 0.2,
});

describe('enterprises with home-country capital', () => {
  it('adds a quarter of the year’s entries and keeps the stock a year’s survival to the power ¼', () => {
    const state = createTinyState({ persons: [] });
    state.economy.homeCapitalEnterprises[Diaspora.kz_in_uz] = 100;
    state.economy.tradeLinks[Diaspora.kz_in_uz] = 2_000;
    // Investment this quarter 0.5 million USD: 2 million a year, 100 link equivalents.
    addTally(state.tallies, Diaspora.kz_in_uz, Tally.investment, 0.5e6);
    applyHomeCapitalEnterprises(state, stepValues({ 'kz_in_uz.home_engagement': 0.5 }), PARAMS, rng, 0);
    // Entries a year: 10/1,000 × (2,000 + 100) × 1.5 = 31.5, a quarter 7.875; 100 × 0.8^0.25 = 94.574.
    expect(state.economy.homeCapitalEnterprises[Diaspora.kz_in_uz]).toBeCloseTo(94.574 + 7.875, 3);
    expect(state.economy.homeCapitalEnterprises[Diaspora.uz_in_kz]).toBe(0);
  });

  it('settles at entries over the exit rate whatever it starts from', () => {
    for (const start of [0, 1_000]) {
      const state = createTinyState({ persons: [] });
      state.economy.homeCapitalEnterprises[Diaspora.uz_in_kz] = start;
      state.economy.tradeLinks[Diaspora.uz_in_kz] = 3_000;
      for (let t = 0; t < 400; t++) applyHomeCapitalEnterprises(state, stepValues({ 'uz_in_kz.home_engagement': 0 }), PARAMS, rng, t);
      // 7.5 a quarter against a quarterly survival of 0.8^0.25: 7.5/(1 − 0.94574) = 138.23, between the
      // continuous-time stocks with hazard −ln 0.8 (134.4) and with the rate 0.2 as a hazard (150).
      expect(state.economy.homeCapitalEnterprises[Diaspora.uz_in_kz]).toBeCloseTo(138.2275, 3);
      expect(steadyEnterprises(30, readEnterpriseCoefficients(PARAMS), 4)).toBeCloseTo(138.2275, 3);
    }
  });
});
