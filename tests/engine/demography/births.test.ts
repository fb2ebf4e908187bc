import { describe, expect, it } from 'vitest';
import { FERTILITY_AGE_SHARE_YEARS, WPP_2024 } from '../../../packages/engine/src/data/worldPopulationProspects.js';
import { applyBirths } from '../../../packages/engine/src/rules/applyBirths.js';
import { createTimeline } from '../../../packages/engine/src/scenario/timeline.js';
import { Diaspora, Kind, Legal, NewcomerKind, newcomerId, Partner, Sex } from '../../../packages/engine/src/state/codes.js';
import { readTally, Tally } from '../../../packages/engine/src/state/tallies.js';
import { createTinyState, type PersonSpec } from '../../support/tinyState.js';
import { leversWith, paramsWith, rng } from './support.js';

const woman = { sex: Sex.female, kind: Kind.settled, ageQuarters: 30 * 4, generation: 3, region: 0, weight: 4 };
/** A fertility so high that every chance exceeds 1: the birth is certain. */
const certain = { 'demography.fertility_shift': 1000 };

describe('applyBirths: total fertility and its age pattern', () => {
  it('gives the projected TFR of 2030 (WPP Kazakhstan × relative fertility), with the WPP age pattern', () => {
    // 600 women of each age 15–49 (at mid-age), the younger half of each age single, the other
    // half with a man of the diaspora; two years of births under the rates of 2030 (a timeline of
    // 1,000 steps a year keeps every step in 2030, each with its own draws). Nobody ages.
    const perAge = 600;
    const persons: PersonSpec[] = [];
    for (let age = 15; age <= 49; age++) {
      for (let k = 0; k < perAge; k++) persons.push({ sex: Sex.female, kind: Kind.settled, ageQuarters: age * 4 + 2 });
    }
    const women = persons.length;
    for (let i = 0; i < women; i += 2) {
      persons[i].partner = persons.length;
      persons.push({ sex: Sex.male, kind: Kind.settled, ageQuarters: persons[i].ageQuarters as number, partner: i });
    }
    const state = createTinyState({ persons, capacity: persons.length + 8000 });
    state.timeline = createTimeline(2030, 2030, 1000);
    const params = paramsWith();
    const quarters = 8;
    for (let q = 0; q < quarters; q++) applyBirths(state, leversWith(), params, rng, q);
    const p = state.persons;
    const births = new Float64Array(7);
    let toSingle = 0;
    for (let c = women + women / 2; c < p.end; c++) {
      const mother = p.parent[c];
      births[Math.floor((p.ageQuarters[mother] / 4 - 15) / 5)]++;
      if (p.partner[mother] === Partner.none) toSingle++;
    }
    const total = births.reduce((a, b) => a + b, 0);
    // TFR = sum over groups of 5 × births per woman-year; each group has 5 × perAge women for quarters / 4 years.
    const simulated = births.reduce((sum, b) => sum + (5 * b) / (5 * perAge * (quarters / 4)), 0);
    const input = WPP_2024[0].totalFertility[2030 - 2021] * params['demography.uz_in_kz_relative_fertility'];
    expect(Math.abs(simulated / input - 1)).toBeLessThan(4 / Math.sqrt(total));
    const shares = WPP_2024[0].fertilityAgeShares[FERTILITY_AGE_SHARE_YEARS.indexOf(2030)];
    births.forEach((b, g) => {
      expect(Math.abs(b / total - shares[g]), `group ${g}`).toBeLessThan(4 * Math.sqrt(shares[g] / total) + 0.002);
    });
    // Half the women are single, at 0.1 of the rate: r(1 − π) / (π + r(1 − π)) = 0.05 / 0.55 of births.
    expect(Math.abs(toSingle / total - 0.05 / 0.55)).toBeLessThan(4 * Math.sqrt((0.09 * 0.91) / total));
  });
});

describe('applyBirths: who the child is', () => {
  it("gives a woman's child her diaspora, region and weight, generation after the lower parent's, citizen, living with her", () => {
    const state = createTinyState({
      persons: [
        { ...woman, partner: 1 },
        { sex: Sex.male, kind: Kind.settled, generation: 1, weight: 4, partner: 0 },
        { ...woman, diaspora: Diaspora.kz_in_uz, region: 1, weight: 2, id: 9 },
      ],
    });
    applyBirths(state, leversWith(), paramsWith(certain), rng, 5);
    const p = state.persons;
    expect(p.end).toBe(5);
    const [uzChild, kzChild] = [3, 4];
    expect(p.id[uzChild]).toBe(newcomerId(5, NewcomerKind.birth, 0));
    expect(p.id[kzChild]).toBe(newcomerId(5, NewcomerKind.birth, (1 << 19) + 0));
    expect([p.diaspora[uzChild], p.region[uzChild], p.weight[uzChild], p.generation[uzChild], p.parent[uzChild]]).toEqual([0, 0, 4, 2, 0]);
    expect([p.diaspora[kzChild], p.region[kzChild], p.weight[kzChild], p.generation[kzChild], p.parent[kzChild]]).toEqual([1, 1, 2, 3, 2]);
    for (const c of [uzChild, kzChild]) {
      expect([p.alive[c], p.kind[c], p.legal[c], p.ageQuarters[c], p.partner[c]]).toEqual([
        1,
        Kind.settled,
        Legal.citizen,
        0,
        Partner.none,
      ]);
    }
    expect(readTally(state.tallies, 0, Tally.births)).toBe(4);
    expect(readTally(state.tallies, 1, Tally.births)).toBe(2);
  });

  it('gives a diaspora man with a host-majority wife children who live with him, or counts them with the majority', () => {
    const man = { sex: Sex.male, kind: Kind.settled, ageQuarters: 33 * 4, partner: Partner.hostMajority, weight: 3 };
    for (const [share, created] of [
      [1, true],
      [0, false],
    ] as const) {
      const state = createTinyState({ persons: [man] });
      applyBirths(state, leversWith(), paramsWith({ ...certain, 'unions.mixed_child_diaspora_share': share }), rng, 2);
      const p = state.persons;
      expect(p.end).toBe(created ? 2 : 1);
      if (created) expect([p.parent[1], p.diaspora[1], p.weight[1]]).toEqual([0, 0, 3]);
      expect(readTally(state.tallies, 0, Tally.births)).toBe(created ? 3 : 0);
      expect(readTally(state.tallies, 0, Tally.birthsToMajority)).toBe(created ? 0 : 3);
    }
  });

  it('gives no births to single men, sojourners, girls under 15, women of 50, or men whose host wife is past 49', () => {
    const state = createTinyState({
      persons: [
        { ...woman, sex: Sex.male },
        { ...woman, kind: Kind.labourMigrant },
        { ...woman, kind: Kind.student },
        { ...woman, ageQuarters: 15 * 4 - 1 },
        { ...woman, ageQuarters: 50 * 4 },
        { sex: Sex.male, kind: Kind.settled, ageQuarters: 54 * 4, partner: Partner.hostMajority },
      ],
    });
    applyBirths(state, leversWith(), paramsWith(certain), rng, 0);
    expect(state.persons.end).toBe(6);
    expect(readTally(state.tallies, 0, Tally.births) + readTally(state.tallies, 0, Tally.birthsToMajority)).toBe(0);
  });
});
