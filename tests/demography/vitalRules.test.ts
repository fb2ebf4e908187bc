import { describe, expect, it } from 'vitest';
import {
  FERTILITY_AGE_SHARES,
  fitGompertzLevel,
  gompertzLifeExpectancy,
  MAX_AGE_QUARTERS,
  quarterlyDeathProbabilities,
} from '../../packages/engine/src/data/vitalRates.js';
import { applyAgeingAndDeath } from '../../packages/engine/src/rules/applyAgeingAndDeath.js';
import { applyBirths } from '../../packages/engine/src/rules/applyBirths.js';
import { Diaspora, Kind, Legal, NewcomerKind, newcomerId, Sex } from '../../packages/engine/src/state/codes.js';
import { readTally, Tally } from '../../packages/engine/src/state/tallies.js';
import { createTinyState } from '../support/tinyState.js';
import { leversWith, paramsWith, rng } from './support.js';

describe('Gompertz mortality', () => {
  it('is fitted to the stated life expectancy', () => {
    for (const e0 of [65, 72, 80]) {
      const alpha = fitGompertzLevel(e0, 0.085);
      expect(gompertzLifeExpectancy(alpha, 0.085)).toBeCloseTo(e0, 3);
    }
  });

  it('rises with age and is certain at the last age', () => {
    const q = quarterlyDeathProbabilities(72, 0.085);
    expect(q[4 * 30]).toBeGreaterThan(q[4 * 20]);
    expect(q[4 * 80]).toBeGreaterThan(0.02);
    expect(q[MAX_AGE_QUARTERS]).toBe(1);
  });
});

describe('applyAgeingAndDeath', () => {
  it('ages survivors a quarter and removes those at the last age, tallied by kind', () => {
    const state = createTinyState({
      persons: [
        { ageQuarters: 40, quartersInHost: 40, kind: Kind.settled, weight: 3 },
        { ageQuarters: MAX_AGE_QUARTERS, kind: Kind.settled, weight: 5 },
        { ageQuarters: MAX_AGE_QUARTERS, kind: Kind.labourMigrant, diaspora: Diaspora.kz_in_uz, region: 1, weight: 7 },
      ],
    });
    // Life expectancy 85 with a steep slope: no one dies at 10 (probability below 1e-6).
    applyAgeingAndDeath(state, leversWith(), paramsWith({ 'demography.life_expectancy': 85, 'demography.gompertz_slope': 0.11 }), rng, 0);
    const p = state.persons;
    expect([p.ageQuarters[0], p.quartersInHost[0], p.alive[0]]).toEqual([41, 41, 1]);
    expect([p.alive[1], p.alive[2]]).toEqual([0, 0]);
    expect(Array.from(state.leftSlots.subarray(0, state.leftCount))).toEqual([1, 2]);
    expect(readTally(state.tallies, 0, Tally.deathsSettled)).toBe(5);
    expect(readTally(state.tallies, 1, Tally.deathsSojourners)).toBe(7);
    expect(readTally(state.tallies, 1, Tally.deathsSettled)).toBe(0);
  });
});

describe('applyBirths', () => {
  const mother = { sex: Sex.female, kind: Kind.settled, ageQuarters: 30 * 4, generation: 2, region: 0, weight: 4 };

  it('gives a settled woman of 15–49 a child of her diaspora, region and weight, generation + 1, citizen', () => {
    const state = createTinyState({
      persons: [mother, { ...mother, generation: 3, diaspora: Diaspora.kz_in_uz, region: 1, weight: 2, id: 9 }],
    });
    // A fertility so high the chance exceeds 1 at 30–34: the birth is certain.
    applyBirths(state, leversWith(), paramsWith({ 'demography.total_fertility': 1000 }), rng, 5);
    const p = state.persons;
    expect(p.end).toBe(4);
    const [uzChild, kzChild] = [2, 3];
    expect(p.id[uzChild]).toBe(newcomerId(5, NewcomerKind.birth, 0));
    expect(p.id[kzChild]).toBe(newcomerId(5, NewcomerKind.birth, (1 << 19) + 0));
    expect([p.diaspora[uzChild], p.region[uzChild], p.weight[uzChild], p.generation[uzChild]]).toEqual([0, 0, 4, 3]);
    expect([p.diaspora[kzChild], p.region[kzChild], p.weight[kzChild], p.generation[kzChild]]).toEqual([1, 1, 2, 3]);
    for (const c of [uzChild, kzChild]) {
      expect([p.alive[c], p.kind[c], p.legal[c], p.ageQuarters[c], p.quartersInHost[c]]).toEqual([1, Kind.settled, Legal.citizen, 0, 0]);
    }
    expect(readTally(state.tallies, 0, Tally.births)).toBe(4);
    expect(readTally(state.tallies, 1, Tally.births)).toBe(2);
    expect(state.newcomersThisStep[NewcomerKind.birth]).toBe(2);
  });

  it('gives no births to men, sojourners, girls under 15 or women of 50', () => {
    const state = createTinyState({
      persons: [
        { ...mother, sex: Sex.male },
        { ...mother, kind: Kind.labourMigrant },
        { ...mother, kind: Kind.student },
        { ...mother, ageQuarters: 15 * 4 - 1 },
        { ...mother, ageQuarters: 50 * 4 },
      ],
    });
    applyBirths(state, leversWith(), paramsWith({ 'demography.total_fertility': 1000 }), rng, 0);
    expect(state.persons.end).toBe(5);
    expect(readTally(state.tallies, 0, Tally.births)).toBe(0);
  });

  it('yields the total fertility over a cohort of women (expected births summed over ages)', () => {
    // The chance per quarter is TFR·share/20; summed over the 140 quarters of ages 15–49 it is the TFR.
    let total = 0;
    for (let q = 0; q < 140; q++) total += (3 * FERTILITY_AGE_SHARES[Math.floor(q / 20)]) / 20;
    expect(total).toBeCloseTo(3, 10);
  });
});
