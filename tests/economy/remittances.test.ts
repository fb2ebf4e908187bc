import { describe, expect, it } from 'vitest';
import {
  applyRemittances,
  createRemittanceCoefficients,
  formalShare,
  readRemittanceCoefficients,
  totalCostFactor,
} from '../../packages/engine/src/rules/applyRemittances.js';
import { Diaspora, Kind, Legal } from '../../packages/engine/src/state/codes.js';
import { readTally, Tally } from '../../packages/engine/src/state/tallies.js';
import { createTinyState } from '../support/tinyState.js';
import { arcElasticity, assumptions, rng, stepValues } from './support.js';

const coefficients = createRemittanceCoefficients();
readRemittanceCoefficients(assumptions(), coefficients);

describe('remittance channel and cost', () => {
  it('sends about two thirds formally at today’s 2 per cent (informal about half of recorded)', () => {
    const f = formalShare(2, coefficients);
    expect(f).toBeCloseTo(1 / (1 + Math.exp(-(coefficients.formalIntercept - coefficients.formalCostSlope * 2))), 12);
    expect((1 - f) / f).toBeGreaterThan(0.45);
    expect((1 - f) / f).toBeLessThan(0.55);
  });

  it('lets the total sent fall weakly with cost, and not at all at the reference cost', () => {
    expect(totalCostFactor(2, coefficients)).toBe(1);
    expect(totalCostFactor(6, coefficients)).toBeCloseTo((3 / 7) ** 0.3, 12);
    expect(totalCostFactor(0, coefficients)).toBeCloseTo(3 ** 0.3, 12);
  });

  it('gives recorded remittances an arc elasticity near −1 between 2 and 6 per cent (the formula)', () => {
    const recorded = (c: number) => totalCostFactor(c, coefficients) * formalShare(c, coefficients);
    const e = arcElasticity(2, recorded(2), 6, recorded(6));
    expect(e).toBeGreaterThan(-1.1);
    expect(e).toBeLessThan(-0.9);
  });
});

describe('applyRemittances', () => {
  it('sends a share of income scaled by home ties, out of savings, weighted, all formal when the channel is certain', () => {
    const state = createTinyState({
      persons: [
        { kind: Kind.labourMigrant, legal: Legal.temporaryPermit, income: 4800, homeTies: 0.8, savings: 5000, weight: 10 },
        { kind: Kind.settled, income: 8000, homeTies: 0.5, savings: 5000, weight: 10 },
        { kind: Kind.settled, income: 8000, homeTies: 0.5, savings: 30, weight: 10 }, // can only send what it has
        { kind: Kind.student, income: 0, homeTies: 0.9, savings: 500 },
        { kind: Kind.settled, diaspora: Diaspora.kz_in_uz, region: 1, income: 3000, homeTies: 1, savings: 1000, weight: 2 },
      ],
    });
    applyRemittances(state, stepValues(), assumptions({ 'remittances.formal_intercept': 60 }), rng, 0);
    const p = state.persons;
    const migrant = (4800 / 4) * coefficients.migrantShare * 0.8;
    const settled = (8000 / 4) * coefficients.settledShare * 0.5;
    expect(p.savings[0]).toBeCloseTo(5000 - migrant, 2);
    expect(p.savings[1]).toBeCloseTo(5000 - settled, 2);
    expect(p.savings[2]).toBe(0);
    expect(p.savings[3]).toBe(500);
    const uzInKz = readTally(state.tallies, Diaspora.uz_in_kz, Tally.remittancesTotal);
    expect(uzInKz).toBeCloseTo(10 * (migrant + settled + 30), 1);
    expect(readTally(state.tallies, Diaspora.uz_in_kz, Tally.remittancesFormal)).toBeCloseTo(uzInKz, 6);
    expect(readTally(state.tallies, Diaspora.kz_in_uz, Tally.remittancesTotal)).toBeCloseTo(2 * (3000 / 4) * coefficients.settledShare, 2);
  });

  it('reads each diaspora’s own corridor: Uzbeks in Kazakhstan pay the Kazakhstan→Uzbekistan cost', () => {
    const state = createTinyState({
      persons: [
        { kind: Kind.settled, income: 8000, homeTies: 1, savings: 5000 },
        { kind: Kind.settled, diaspora: Diaspora.kz_in_uz, region: 1, income: 8000, homeTies: 1, savings: 5000 },
      ],
    });
    const levers = stepValues({ 'kz_to_uz.remittance_cost_pct': 6 });
    applyRemittances(state, levers, assumptions({ 'remittances.formal_intercept': 60 }), rng, 0);
    expect(readTally(state.tallies, Diaspora.uz_in_kz, Tally.remittancesTotal)).toBeCloseTo(
      2000 * coefficients.settledShare * totalCostFactor(6, coefficients),
      3,
    );
    expect(readTally(state.tallies, Diaspora.kz_in_uz, Tally.remittancesTotal)).toBeCloseTo(2000 * coefficients.settledShare, 3);
  });

  it("splits each sender's money: the share f(c) is recorded, the rest goes informally", () => {
    const state = createTinyState({
      persons: [
        { kind: Kind.labourMigrant, income: 5000, homeTies: 1, savings: 5000 },
        { kind: Kind.settled, income: 9000, homeTies: 0.4, savings: 5000, weight: 3 },
      ],
    });
    applyRemittances(state, stepValues({ 'kz_to_uz.remittance_cost_pct': 5 }), assumptions(), rng, 0);
    const total = readTally(state.tallies, 0, Tally.remittancesTotal);
    expect(total).toBeGreaterThan(0);
    expect(readTally(state.tallies, 0, Tally.remittancesFormal)).toBeCloseTo(total * formalShare(5, coefficients), 6);
  });

  it('gives recorded remittances of a fixed population an arc elasticity between −0.5 and −1.5 from 2 to 6 per cent', () => {
    const n = 8_000;
    const persons = Array.from({ length: n }, (_, i) => ({
      kind: i % 3 === 0 ? Kind.settled : Kind.labourMigrant,
      income: 3000 + (i % 17) * 400,
      homeTies: 0.2 + (i % 7) * 0.1,
      savings: 1e6,
      weight: 1 + (i % 5),
    }));
    const recorded = (cost: number) => {
      const state = createTinyState({ persons, capacity: n });
      applyRemittances(state, stepValues({ 'kz_to_uz.remittance_cost_pct': cost }), assumptions(), rng, 12);
      return readTally(state.tallies, 0, Tally.remittancesFormal);
    };
    const e = arcElasticity(2, recorded(2), 6, recorded(6));
    console.log(`arc elasticity of recorded remittances, fixed population of ${n} agents: ${e.toFixed(3)}`);
    expect(e).toBeGreaterThan(-1.5);
    expect(e).toBeLessThan(-0.5);
    expect(recorded(0)).toBeGreaterThan(recorded(2));
  });
});
