import { describe, expect, it } from 'vitest';
import { MAX_AGE_QUARTERS, vitalRatesOf } from '../../../packages/engine/src/data/vitalRates.js';
import { WPP_2024 } from '../../../packages/engine/src/data/worldPopulationProspects.js';
import { applyAgeingAndDeath } from '../../../packages/engine/src/rules/applyAgeingAndDeath.js';
import { createTimeline } from '../../../packages/engine/src/scenario/timeline.js';
import { Diaspora, Kind, Sex } from '../../../packages/engine/src/state/codes.js';
import { readTally, Tally } from '../../../packages/engine/src/state/tallies.js';
import { createTinyState, TINY_REGIONS } from '../../support/tinyState.js';
import { leversWith, paramsWith, rng } from './support.js';

/**
 * Expectations computed here, from the hazard formula and the published life expectancies, not
 * from the engine's tables: the Siler cumulative hazard written out again, life expectancy by
 * Simpson's rule on a finer grid than the engine's fit uses.
 */
type Hazard = { juvenile: number; juvenileDecay: number; makeham: number; senescent: number; slope: number };
const cumulative = (h: Hazard, a: number) =>
  (h.juvenile / h.juvenileDecay) * (1 - Math.exp(-h.juvenileDecay * a)) +
  h.makeham * a +
  (h.senescent / h.slope) * (Math.exp(h.slope * a) - 1);
const survival = (h: Hazard, a: number) => Math.exp(-cumulative(h, a));

function lifeExpectancy(h: Hazard): number {
  const n = 12_000; // 0.01 year steps to 120
  const step = 120 / n;
  let sum = survival(h, 0) + survival(h, 120);
  for (let k = 1; k < n; k++) sum += (k % 2 === 1 ? 4 : 2) * survival(h, k * step);
  return (sum * step) / 3;
}

const params = paramsWith();
const rates = vitalRatesOf(params);

describe('mortality by year, sex and country', () => {
  it('reproduces the WPP 2024 life expectancy of every country, sex and year 2021–2045', () => {
    WPP_2024.forEach((country, c) => {
      [country.lifeExpectancyFemale, country.lifeExpectancyMale].forEach((published, sex) => {
        published.forEach((e0, y) => {
          expect(lifeExpectancy(rates.hazards[c][sex][y]), `${country.name} sex ${sex} year ${2021 + y}`).toBeCloseTo(e0, 2);
        });
      });
    });
  });

  it('has the stated infant mortality and a hazard that rises with adult age', () => {
    const h = rates.hazards[0][Sex.male][9];
    // Deaths in the first year: the juvenile term is set from it (the Makeham and senescent terms add a little).
    expect(1 - survival(h, 1)).toBeGreaterThan(0.009);
    expect(1 - survival(h, 1)).toBeLessThan(0.01);
    const death = rates.death[0][Sex.male][9];
    expect(death[4 * 50]).toBeGreaterThan(death[4 * 30]);
    expect(death[4 * 80]).toBeGreaterThan(death[4 * 50]);
    expect(death[MAX_AGE_QUARTERS]).toBe(1);
  });

  it('gives women a lower hazard than men and improves over the years', () => {
    expect(rates.death[1][Sex.female][0][4 * 60]).toBeLessThan(rates.death[1][Sex.male][0][4 * 60]);
    expect(rates.death[1][Sex.male][24][4 * 60]).toBeLessThan(rates.death[1][Sex.male][0][4 * 60]);
  });
});

describe('applyAgeingAndDeath', () => {
  it('kills a cohort at the rate of the life table of its year (survival 60 → 70 in 2030)', () => {
    // 6,000 Uzbek women in Kazakhstan aged 60 (weight 1) followed for ten years under the life table
    // of 2030: a timeline of 1,000 steps a year keeps every step in 2030 (each step draws anew).
    const n = 6000;
    const state = createTinyState({
      persons: Array.from({ length: n }, () => ({ ageQuarters: 60 * 4, sex: Sex.female, kind: Kind.settled })),
      capacity: n,
    });
    state.timeline = createTimeline(2030, 2030, 1000);
    for (let q = 0; q < 40; q++) {
      applyAgeingAndDeath(state, leversWith(), params, rng, q);
      state.leftCount = 0;
    }
    let survivors = 0;
    for (let i = 0; i < n; i++) survivors += state.persons.alive[i];
    const h = rates.hazards[0][Sex.female][9];
    const expected = survival(h, 70) / survival(h, 60);
    // Binomial standard error; 4 of them.
    const se = Math.sqrt((expected * (1 - expected)) / n);
    expect(Math.abs(survivors / n - expected)).toBeLessThan(4 * se);
    expect(readTally(state.tallies, Diaspora.uz_in_kz, Tally.deathsSettled)).toBe(n - survivors);
  });

  it('ages survivors a quarter, removes those at the last age and tallies deaths by kind', () => {
    const state = createTinyState({
      persons: [
        { ageQuarters: 40, quartersInHost: 40, kind: Kind.settled, weight: 3 },
        { ageQuarters: MAX_AGE_QUARTERS, kind: Kind.settled, weight: 5 },
        { ageQuarters: MAX_AGE_QUARTERS, kind: Kind.labourMigrant, diaspora: Diaspora.kz_in_uz, region: 1, weight: 7 },
      ],
    });
    // At 10 the quarterly death chance is below 1e-4: this draw survives.
    applyAgeingAndDeath(state, leversWith(), params, rng, 0);
    const p = state.persons;
    expect([p.ageQuarters[0], p.quartersInHost[0], p.alive[0]]).toEqual([41, 41, 1]);
    expect([p.alive[1], p.alive[2]]).toEqual([0, 0]);
    expect(Array.from(state.leftSlots.subarray(0, state.leftCount))).toEqual([1, 2]);
    expect(readTally(state.tallies, 0, Tally.deathsSettled)).toBe(5);
    expect(readTally(state.tallies, 1, Tally.deathsSojourners)).toBe(7);
    expect(readTally(state.tallies, 1, Tally.deathsSettled)).toBe(0);
  });

  it('clears the parent of a minor who turns 18', () => {
    const state = createTinyState({
      persons: [
        { ageQuarters: 40 * 4, sex: Sex.female },
        { ageQuarters: 18 * 4 - 1, parent: 0 },
      ],
      regions: TINY_REGIONS,
    });
    applyAgeingAndDeath(state, leversWith(), params, rng, 0);
    expect(state.persons.parent[1]).toBe(-1);
  });
});
