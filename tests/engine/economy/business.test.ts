import { describe, expect, it } from 'vitest';
import { businessStartChance as chanceOf, readBusinessCoefficients } from '../../../packages/engine/src/equations/economy.js';
import { Diaspora, Flag, Kind, Skill } from '../../../packages/engine/src/state/codes.js';
import { applyBusinessFormation } from '../../support/mechanisms.js';
import { createTinyState, type PersonSpec } from '../../support/tinyState.js';
import { assumptions, rng, stepValues } from './support.js';

const A = assumptions();
const START = A['business.start_rate'];
const SKILL = A['business.skill_effect'];
const INTEGRATION = A['business.integration_effect'];

const WAGE = 600;
function stateOf(persons: PersonSpec[], capacity?: number) {
  const state = createTinyState({ persons, capacity });
  state.economy.wageKazakhstan = WAGE;
  state.economy.wageUzbekistan = 250;
  return state;
}

describe('applyBusinessFormation', () => {
  const c = readBusinessCoefficients(assumptions());
  const businessStartChance = (s: ReturnType<typeof stateOf>, i: number, coefficients: typeof c) =>
    chanceOf(coefficients, s.persons.skill[i], s.persons.heritageOrientation[i], s.persons.hostOrientation[i]);

  it('gives a start chance rising with skill and integration', () => {
    const state = stateOf([
      { skill: Skill.mid, heritageOrientation: 0.7, hostOrientation: 0.2 }, // separation
      { skill: Skill.high, heritageOrientation: 0.7, hostOrientation: 0.7 }, // integration
      { skill: Skill.low, heritageOrientation: 0.2, hostOrientation: 0.2 }, // marginalisation
    ]);
    expect(businessStartChance(state, 0, c)).toBeCloseTo(START, 12);
    expect(businessStartChance(state, 1, c)).toBeCloseTo(START * SKILL * INTEGRATION, 12);
    expect(businessStartChance(state, 2, c)).toBeCloseTo(START / SKILL / INTEGRATION, 12);
  });

  it('starts businesses paid from savings or credit; without either only at the micro-business rate', () => {
    const capital = A['business.start_capital_months'] * WAGE;
    const state = stateOf([
      { savings: capital + 100 },
      { savings: 0 },
      { savings: 0, kind: Kind.labourMigrant },
      { savings: capital + 100, ageQuarters: 16 * 4 },
    ]);
    // start chance 1 for the financed; 0.2·1 for the rest; credit for nobody
    applyBusinessFormation(
      state,
      stepValues({ 'uz_in_kz.credit_access': 0 }),
      assumptions({ 'business.start_rate': 1, 'business.unfinanced_factor': 0 }),
      rng,
      0,
    );
    const f = state.persons.flags;
    expect(f[0] & (Flag.businessOwner | Flag.employed)).toBe(Flag.businessOwner | Flag.employed);
    expect(state.persons.savings[0]).toBeCloseTo(100, 2);
    expect([1, 2, 3].map((i) => f[i] & Flag.businessOwner)).toEqual([0, 0, 0]);
    const withCredit = stateOf([{ savings: 0 }]);
    applyBusinessFormation(withCredit, stepValues({ 'uz_in_kz.credit_access': 1 }), assumptions({ 'business.start_rate': 1 }), rng, 0);
    expect(withCredit.persons.flags[0] & Flag.businessOwner).toBe(Flag.businessOwner);
    expect(withCredit.persons.savings[0]).toBe(0);
  });

  it('closes businesses at 70 or at the exit rate; moves each owner’s trading share ℓ to ℓ(1 − exit) + rate·ties·(1 − ℓ) and sums the links', () => {
    const owner = Flag.businessOwner | Flag.employed;
    const state = stateOf([
      { flags: owner, ageQuarters: 70 * 4, homeTies: 1, tradeLinkShare: 0.5 },
      { flags: owner, homeTies: 1, weight: 5, tradeLinkShare: 0.5 },
      { flags: owner, homeTies: 1, weight: 7 },
      { flags: owner, homeTies: 0, weight: 11, tradeLinkShare: 0.5 },
      { flags: owner, homeTies: 1, diaspora: Diaspora.kz_in_uz, region: 1, weight: 13 },
    ]);
    const params = assumptions({ 'business.exit_rate': 0, 'business.trade_link_exit_rate': 0.1, 'business.trade_link_rate': 0.5 });
    applyBusinessFormation(state, stepValues(), params, rng, 0);
    const p = state.persons;
    expect(p.flags[0] & Flag.businessOwner).toBe(0);
    expect(p.tradeLinkShare[0]).toBe(0);
    // 0.5·0.9 + 0.5·1·0.5 = 0.7; 0 + 0.5 = 0.5; 0.5·0.9 + 0 = 0.45; 0.5.
    expect([1, 2, 3, 4].map((i) => p.tradeLinkShare[i])).toEqual([0.7, 0.5, 0.45, 0.5].map((x) => Math.fround(x)));
    expect(state.economy.tradeLinks[Diaspora.uz_in_kz]).toBeCloseTo(5 * 0.7 + 7 * 0.5 + 11 * 0.45, 5);
    expect(state.economy.tradeLinks[Diaspora.kz_in_uz]).toBeCloseTo(13 * 0.5, 5);
    applyBusinessFormation(state, stepValues(), assumptions({ 'business.exit_rate': 1 }), rng, 1);
    expect(state.economy.tradeLinks[0] + state.economy.tradeLinks[1]).toBe(0);
    expect([1, 2, 3, 4].map((i) => p.flags[i] & Flag.businessOwner)).toEqual([0, 0, 0, 0]);
  });

  it('lets a trading share settle where formation and loss balance: rate·ties/(rate·ties + link exit + business exit)', () => {
    const state = stateOf([{ flags: Flag.businessOwner | Flag.employed, homeTies: 0.5 }]);
    // Business exit 0 so the owner stays: the level is 0.5·0.5/(0.25 + 0.05) = 5/6.
    const params = assumptions({ 'business.exit_rate': 0, 'business.trade_link_exit_rate': 0.05, 'business.trade_link_rate': 0.5 });
    for (let t = 0; t < 200; t++) applyBusinessFormation(state, stepValues(), params, rng, t);
    expect(state.persons.tradeLinkShare[0]).toBeCloseTo(5 / 6, 5);
  });

  it('starts more businesses with more credit access (many agents without savings)', () => {
    const n = 4_000;
    const owners = (credit: number) => {
      const separatedMidSkilled = { savings: 0, skill: Skill.mid, heritageOrientation: 0.7, hostOrientation: 0.2 };
      const state = stateOf(
        Array.from({ length: n }, () => separatedMidSkilled),
        n,
      );
      applyBusinessFormation(state, stepValues({ 'uz_in_kz.credit_access': credit }), assumptions({ 'business.start_rate': 0.5 }), rng, 0);
      let count = 0;
      for (let i = 0; i < n; i++) if (state.persons.flags[i] & Flag.businessOwner) count++;
      return count / n;
    };
    // chance 0.5 with credit, 0.1 without: 0.5·s + 0.1·(1 − s)
    expect(owners(0.25)).toBeCloseTo(0.5 * 0.25 + 0.1 * 0.75, 1);
    expect(owners(0.75)).toBeGreaterThan(owners(0.25) + 0.1);
  });
});
