import { describe, expect, it } from 'vitest';
import { civicLogit, readCivicCoefficients } from '../../../packages/engine/src/equations/economy.js';
import { logistic as chanceOfLogit } from '../../../packages/engine/src/equations/functions.js';
import { setEconomicContextAtStart, tradeCost, tradeCostAtStart } from '../../../packages/engine/src/equations/trade.js';
import { applyBilateralTrade } from '../../../packages/engine/src/rules/applyBilateralTrade.js';
import { Diaspora, Flag, Legal, Skill } from '../../../packages/engine/src/state/codes.js';
import { readTally, Tally } from '../../../packages/engine/src/state/tallies.js';
import { applyCivicParticipation, applyKnowledgeTransfer } from '../../support/mechanisms.js';
import { createTinyState } from '../../support/tinyState.js';
import { assumptions, rng, stepValues } from './support.js';

const A = assumptions();

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

describe('bilateral trade (gravity)', () => {
  // the test's own parameters, so the expected values below follow from them
  const G = assumptions({
    'gravity.diaspora_trade_elasticity': 0.15,
    'gravity.trade_cost_elasticity': 4,
    'gravity.delay_cost_pct_per_day': 1.2,
    'gravity.cooperation_zone_effect': 0.05,
    // A lag of a thousandth of a year: the factor reaches its target within the quarter (tested below apart).
    'gravity.adjustment_years': 0.001,
  });
  function economyAtReference() {
    const state = createTinyState({ persons: [] });
    const e = state.economy;
    setEconomicContextAtStart(e, stepValues(), 4);
    e.gdpKazakhstan = 197e9;
    e.gdpUzbekistan = 69.6e9;
    e.tradeCostReference = tradeCostAtStart(G);
    e.tradeLinksReference = 100;
    e.tradeLinks[0] = 60;
    e.tradeLinks[1] = 40;
    return state;
  }
  const trade = (state: ReturnType<typeof economyAtReference>, levers: Record<string, number> = {}) => {
    applyBilateralTrade(state, stepValues(levers), G, rng, 0);
    return state.economy.tradeUsd;
  };

  it('gives the 2021 turnover (3.9 bn USD) at the 2021 economy, links and costs: a match by construction', () => {
    expect(tradeCostAtStart(G)).toBeCloseTo(0.15 + 0.012 * 2, 12);
    expect(trade(economyAtReference())).toBeCloseTo(3.9e9, 0);
  });

  it('scales with the combined economy, the links to the power η and the cost factor to the power −θ', () => {
    const state = economyAtReference();
    state.economy.gdpKazakhstan *= 4; // geometric mean doubles
    expect(trade(state) / 3.9e9).toBeCloseTo(2, 9);
    const linked = economyAtReference();
    linked.economy.tradeLinks[0] = 120;
    linked.economy.tradeLinks[1] = 80;
    expect(trade(linked) / 3.9e9).toBeCloseTo(2 ** 0.15, 9);
    const tariff = economyAtReference();
    expect(trade(tariff, { 'trade.tariff_equivalent_pct': 25 }) / 3.9e9).toBeCloseTo((1.274 / 1.174) ** -4, 9);
    expect(trade(economyAtReference(), { 'trade.border_delay_days': 7 }) / 3.9e9).toBeCloseTo((1.234 / 1.174) ** -4, 9);
    expect(trade(economyAtReference(), { 'trade.cooperation_zone': 1 }) / 3.9e9).toBeCloseTo(1.05, 9);
  });

  it('adds the delay’s time cost to the tariff equivalent', () => {
    expect(tradeCost(10, 3, 1.2)).toBeCloseTo(0.136, 12);
  });

  it('adjusts over years, not in the quarter a cost changes: with a 3-year lag, 8.0% of the gap closes a quarter', () => {
    const state = economyAtReference();
    const lagged = { ...G, 'gravity.adjustment_years': 3 };
    const target = (1.274 / 1.174) ** -4; // a 10-point higher tariff equivalent
    applyBilateralTrade(state, stepValues({ 'trade.tariff_equivalent_pct': 25 }), lagged, rng, 0);
    // 1 − exp(−1/12) = 0.079955 of the gap in the first quarter.
    expect(state.economy.tradeUsd / 3.9e9 - 1).toBeCloseTo(0.079_955 * (target - 1), 6);
    for (let t = 1; t < 12; t++) applyBilateralTrade(state, stepValues({ 'trade.tariff_equivalent_pct': 25 }), lagged, rng, t);
    // After three years a share exp(−1) of the gap is left.
    expect((state.economy.tradeUsd / 3.9e9 - target) / (1 - target)).toBeCloseTo(Math.exp(-1), 6);
  });
});

describe('knowledge transfer', () => {
  it('counts the expected collaborations of connected skilled members and alumni, weighted, and credits funded projects by potential', () => {
    const state = createTinyState({
      persons: [
        { skill: Skill.high, homeTies: 1, weight: 3 },
        { skill: Skill.mid, homeTies: 1, flags: Flag.exchangeAlumnus, weight: 2 },
        { skill: Skill.mid, homeTies: 1, weight: 50 }, // not skilled enough, not an alumnus
        { skill: Skill.high, homeTies: 0, weight: 50 }, // no ties
        { skill: Skill.high, homeTies: 1, ageQuarters: 10 * 4, weight: 50 }, // a child
      ],
    });
    const params = assumptions({ 'knowledge.skilled_rate': 1, 'knowledge.alumni_rate': 1 });
    applyKnowledgeTransfer(state, stepValues({ 'bilateral.research_grants': 40 }), params, rng, 0);
    // all of the potential sits with the Uzbeks in Kazakhstan, so they get all 40/4 grants this quarter
    expect(readTally(state.tallies, Diaspora.uz_in_kz, Tally.knowledgeTransfer)).toBe(3 + 2 + 10);
    expect(readTally(state.tallies, Diaspora.kz_in_uz, Tally.knowledgeTransfer)).toBe(0);
    expect(state.economy.knowledgeCommunityReference[0]).toBe(5);
  });

  it('grows collaborations as the community to the power κ: C_start^(1−κ)·C^κ', () => {
    const n = 4_000;
    const state = createTinyState({ persons: Array.from({ length: n }, () => ({ skill: Skill.high, homeTies: 0.5 })), capacity: n });
    state.economy.knowledgeCommunityReference[0] = (n * 0.5) / 8; // the community is 8 times its start
    const params = assumptions({ 'knowledge.skilled_rate': 1, 'knowledge.community_elasticity': 0.2 });
    applyKnowledgeTransfer(state, stepValues({ 'bilateral.research_grants': 0 }), params, rng, 0);
    // C = 2,000, C_start = 250: 250 · 8^0.2 = 378.93 collaborations this quarter.
    expect(readTally(state.tallies, 0, Tally.knowledgeTransfer)).toBeCloseTo(378.929, 2);
  });

  it('splits funded projects evenly when neither diaspora has potential', () => {
    const state = createTinyState({ persons: [{ skill: Skill.low }] });
    applyKnowledgeTransfer(state, stepValues({ 'bilateral.research_grants': 20 }), assumptions(), rng, 0);
    expect(readTally(state.tallies, 0, Tally.knowledgeTransfer)).toBe(2.5);
    expect(readTally(state.tallies, 1, Tally.knowledgeTransfer)).toBe(2.5);
  });
});

describe('civic participation', () => {
  const c = readCivicCoefficients(assumptions());
  /** The civic chance of person i with or without local voting rights. */
  const civicChance = (s: typeof state, i: number, vote: number, coefficients: typeof c) => {
    const p = s.persons;
    return chanceOfLogit(civicLogit(coefficients, p.legal[i], vote, p.heritageOrientation[i], p.hostOrientation[i], p.flags[i]));
  };
  const state = createTinyState({
    persons: [
      { legal: Legal.citizen, heritageOrientation: 0.8, hostOrientation: 0.8, flags: Flag.associationMember },
      { legal: Legal.permanentResident },
      { legal: Legal.temporaryPermit, heritageOrientation: 0.8, hostOrientation: 0.8 },
      { legal: Legal.citizen, ageQuarters: 12 * 4, flags: Flag.civicActive },
    ],
  });

  it('is logistic(intercept + citizen + local vote of residents + integration + association)', () => {
    expect(civicChance(state, 0, 0, c)).toBeCloseTo(
      logistic(A['civic.intercept'] + A['civic.citizen_effect'] + A['civic.integration_effect'] + A['civic.association_effect']),
      12,
    );
    expect(civicChance(state, 1, 0, c)).toBeCloseTo(logistic(A['civic.intercept']), 12);
    expect(civicChance(state, 1, 1, c)).toBeCloseTo(logistic(A['civic.intercept'] + A['civic.local_vote_effect']), 12);
    expect(civicChance(state, 2, 1, c)).toBeCloseTo(logistic(A['civic.intercept'] + A['civic.integration_effect']), 12);
  });

  it('sets the flag for adults from the chance and clears it for children', () => {
    applyCivicParticipation(state, stepValues(), assumptions({ 'civic.reassessment_rate': 1, 'civic.intercept': 40 }), rng, 0);
    expect(Array.from(state.persons.flags.subarray(0, 4), (f) => f & Flag.civicActive)).toEqual([64, 64, 64, 0]);
    applyCivicParticipation(state, stepValues(), assumptions({ 'civic.reassessment_rate': 0, 'civic.intercept': -40 }), rng, 1);
    expect(state.persons.flags[1] & Flag.civicActive).toBe(Flag.civicActive); // nobody reassessed: kept
    applyCivicParticipation(state, stepValues(), assumptions({ 'civic.reassessment_rate': 1, 'civic.intercept': -40 }), rng, 2);
    expect(state.persons.flags[1] & Flag.civicActive).toBe(0);
  });
});
