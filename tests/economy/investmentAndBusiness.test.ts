import { describe, expect, it } from 'vitest';
import {
  applyBusinessFormation,
  businessStartChance,
  createBusinessCoefficients,
  readBusinessCoefficients,
} from '../../packages/engine/src/rules/applyBusinessFormation.js';
import { applyInvestment } from '../../packages/engine/src/rules/applyInvestment.js';
import { Diaspora, Flag, Kind, Skill } from '../../packages/engine/src/state/codes.js';
import { readTally, Tally } from '../../packages/engine/src/state/tallies.js';
import { createTinyState, type PersonSpec } from '../support/tinyState.js';
import { assumptions, rng, stepValues } from './support.js';

const A = assumptions();
const THRESHOLD = A['investment.threshold_months'] * 600;
const KEEP = 1 - A['savings.spending_rate'];
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

describe('applyInvestment', () => {
  it('spends a steady share of savings, then invests half the excess over the threshold when the chance is certain', () => {
    const state = stateOf([
      { savings: 10_000, homeTies: 1, trustHome: 1, weight: 3 },
      { savings: Math.min(3_000, THRESHOLD), homeTies: 1, trustHome: 1 }, // below the threshold after spending
      { savings: 10_000, homeTies: 1, trustHome: 1, ageQuarters: 10 * 4 }, // a child does not invest
    ]);
    applyInvestment(state, stepValues(), assumptions({ 'investment.base_rate': 10 }), rng, 0);
    const afterSpending = 10_000 * KEEP;
    const invested = A['investment.share_invested'] * (afterSpending - THRESHOLD);
    expect(state.persons.savings[0]).toBeCloseTo(afterSpending - invested, 2);
    expect(state.persons.savings[1]).toBeCloseTo(Math.min(3_000, THRESHOLD) * KEEP, 2);
    expect(state.persons.savings[2]).toBeCloseTo(afterSpending, 2);
    expect(readTally(state.tallies, Diaspora.uz_in_kz, Tally.investment)).toBeCloseTo(3 * invested, 1);
  });

  it('invests nothing without home ties or trust in home institutions', () => {
    const state = stateOf([
      { savings: 10_000, homeTies: 0, trustHome: 1 },
      { savings: 10_000, homeTies: 1, trustHome: 0 },
    ]);
    applyInvestment(state, stepValues(), assumptions({ 'investment.base_rate': 10 }), rng, 0);
    expect(readTally(state.tallies, 0, Tally.investment)).toBe(0);
  });

  it('invests more often with credit access and with home engagement (many agents)', () => {
    const n = 4_000;
    const invested = (levers: Record<string, number>) => {
      const state = stateOf(
        Array.from({ length: n }, () => ({ savings: 10_000, homeTies: 0.5, trustHome: 0.5 })),
        n,
      );
      applyInvestment(state, stepValues(levers), assumptions({ 'investment.base_rate': 0.4 }), rng, 0);
      return readTally(state.tallies, 0, Tally.investment);
    };
    const base = invested({});
    const perInvestor = A['investment.share_invested'] * (10_000 * KEEP - THRESHOLD);
    // chance 0.4·0.25·(1 + effect·0.3), multiplied for the quarter with credit (share 0.25)
    const chance = 0.4 * 0.25 * (1 + A['investment.engagement_effect'] * 0.3);
    expect(base / perInvestor / n).toBeCloseTo(chance * (0.75 + 0.25 * A['investment.credit_multiplier']), 1);
    expect(invested({ 'uz_in_kz.credit_access': 1 })).toBeGreaterThan(base * 1.4);
    expect(invested({ 'uz_in_kz.home_engagement': 1 })).toBeGreaterThan(base * 1.2);
  });
});

describe('applyBusinessFormation', () => {
  const c = createBusinessCoefficients();
  readBusinessCoefficients(assumptions(), c);

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

  it('closes businesses at 70 or at the exit rate, and forms and counts trade links of owners with home ties', () => {
    const owner = Flag.businessOwner | Flag.employed;
    const state = stateOf([
      { flags: owner, ageQuarters: 70 * 4, homeTies: 1 },
      { flags: owner | Flag.tradeLink, homeTies: 1, weight: 5 },
      { flags: owner, homeTies: 1, weight: 7 },
      { flags: owner, homeTies: 0, weight: 11 },
      { flags: owner, homeTies: 1, diaspora: Diaspora.kz_in_uz, region: 1, weight: 13 },
    ]);
    applyBusinessFormation(
      state,
      stepValues(),
      assumptions({ 'business.exit_rate': 0, 'business.trade_link_exit_rate': 0, 'business.trade_link_rate': 1 }),
      rng,
      0,
    );
    const f = state.persons.flags;
    expect(f[0] & (Flag.businessOwner | Flag.tradeLink)).toBe(0);
    expect([1, 2, 3, 4].map((i) => f[i] & Flag.tradeLink)).toEqual([Flag.tradeLink, Flag.tradeLink, 0, Flag.tradeLink]);
    expect(state.economy.tradeLinks).toBe(5 + 7 + 13);
    applyBusinessFormation(state, stepValues(), assumptions({ 'business.exit_rate': 1 }), rng, 1);
    expect(state.economy.tradeLinks).toBe(0);
    expect([1, 2, 3, 4].map((i) => f[i] & (Flag.businessOwner | Flag.tradeLink))).toEqual([0, 0, 0, 0]);
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
