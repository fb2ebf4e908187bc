import { describe, expect, it } from 'vitest';
import { applyUnions } from '../../../packages/engine/src/rules/applyUnions.js';
import { Kind, Partner, Sex } from '../../../packages/engine/src/state/codes.js';
import type { Region } from '../../../packages/engine/src/state/regions.js';
import { createTinyState, type PersonSpec, TINY_REGIONS } from '../../support/tinyState.js';
import { leversWith, paramsWith, rng } from './support.js';

/** A region where every tie is to the majority: with a mixed share of 0.5 there, every union is mixed (the hazard alone decides when). */
const allMixed: Region[] = [{ ...TINY_REGIONS[0], enclaveShare: 0 }, TINY_REGIONS[1]];
/** A region where every union is co-ethnic. */
const noMixed: Region[] = [{ ...TINY_REGIONS[0], enclaveShare: 1 }, TINY_REGIONS[1]];

/** Follows a cohort of single persons from 18 to 50, ageing them by hand; returns the ages (years) at which they formed a union, and the cohort size. */
function ageAtUnion(sex: number, params: Record<string, number>): { ages: number[]; n: number } {
  const n = 4000;
  const state = createTinyState({
    persons: Array.from({ length: n }, () => ({ sex, kind: Kind.settled, ageQuarters: 18 * 4 })),
    regions: allMixed,
  });
  const p = state.persons;
  const ages: number[] = [];
  for (let q = 0; q < 32 * 4; q++) {
    applyUnions(state, leversWith(), params, rng, q);
    for (let i = 0; i < n; i++) {
      if (p.partner[i] === Partner.hostMajority && p.quartersLeft[i] === 0) {
        ages.push(p.ageQuarters[i] / 4);
        p.quartersLeft[i] = 1; // recorded
      }
      p.ageQuarters[i]++;
    }
  }
  return { ages, n };
}

describe('applyUnions: timing', () => {
  const params = paramsWith({ 'unions.mixed_share': 0.5 });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it('gives women their diaspora’s mean age at first union, and the share never in a union by 50', () => {
    const { ages, n } = ageAtUnion(Sex.female, params);
    // A union in the quarter starting at age x is recorded at x: an eighth of a year early on average.
    expect(Math.abs(mean(ages) + 0.125 - params['unions.uz_in_kz_women_mean_age'])).toBeLessThan(0.2);
    const never = 1 - ages.length / n;
    expect(Math.abs(never - params['unions.never_partnered_share'])).toBeLessThan(4 * Math.sqrt((0.05 * 0.95) / n));
  });

  it('gives men (here all marrying into the majority) the women’s schedule shifted by the age gap', () => {
    const { ages } = ageAtUnion(Sex.male, params);
    const expected = params['unions.uz_in_kz_women_mean_age'] + params['unions.age_gap_years'];
    // Ages past 50 are cut off: a little of the men's later tail is missing.
    expect(Math.abs(mean(ages) + 0.125 - expected)).toBeLessThan(0.3);
  });
});

describe('applyUnions: choice of a co-ethnic partner', () => {
  const params = paramsWith({ 'unions.uz_in_kz_women_mean_age': 21 });
  const single = (sex: number, years: number, extra: PersonSpec = {}): PersonSpec => ({
    sex,
    kind: Kind.settled,
    ageQuarters: years * 4,
    ...extra,
  });

  /** Runs unions quarter after quarter (nobody ages) until woman 0 has a partner. */
  function untilUnion(persons: PersonSpec[]) {
    const state = createTinyState({ persons, regions: noMixed });
    for (let q = 0; q < 200 && state.persons.partner[0] === Partner.none; q++) applyUnions(state, leversWith(), params, rng, q);
    return state.persons;
  }

  it('takes, among her ties and theirs, the single settled man of her weight nearest her age plus the gap', () => {
    const p = untilUnion([
      single(Sex.female, 20.5, { ties: [1, 2, 3, 4, 5, 6] }),
      single(Sex.male, 24, { partner: 9 }), // in a union
      single(Sex.male, 24, { weight: 2 }), // another weight
      single(Sex.male, 33), // more than 12 years older
      single(Sex.male, 24, { kind: Kind.labourMigrant }), // a sojourner
      single(Sex.male, 27.5, { ties: [7] }), // eligible, 3.5 years from the preferred gap
      single(Sex.female, 24, { partner: Partner.hostMajority }),
      single(Sex.male, 24), // reached through 5: eligible, at the preferred gap
      single(Sex.male, 60),
      single(Sex.female, 30, { partner: 1 }),
    ]);
    expect(p.partner[0]).toBe(7);
    expect(p.partner[7]).toBe(0);
    expect(p.partner[5]).toBe(Partner.none);
  });

  it('looks among members of her region when her ties offer nobody', () => {
    const p = untilUnion([
      single(Sex.female, 20.5, { ties: [1] }),
      single(Sex.female, 22, { ties: [0], partner: Partner.hostMajority }),
      single(Sex.male, 25, { ties: [1] }),
    ]);
    expect(p.partner[0]).toBe(2);
    expect(p.partner[2]).toBe(0);
  });

  it('leaves minors, sojourners and people in a union alone', () => {
    const state = createTinyState({
      persons: [
        single(Sex.female, 17),
        single(Sex.female, 22, { kind: Kind.student }),
        single(Sex.female, 22, { partner: Partner.hostMajority }),
        single(Sex.male, 25),
      ],
      regions: allMixed,
    });
    for (let q = 0; q < 40; q++) applyUnions(state, leversWith(), paramsWith({ 'unions.mixed_share': 0.5 }), rng, q);
    expect(Array.from(state.persons.partner.subarray(0, 3))).toEqual([Partner.none, Partner.none, Partner.hostMajority]);
  });
});
