import { describe, expect, it } from 'vitest';
import { languageState, Speaks } from '../../../packages/engine/src/equations/social.js';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { bilingualChancesOf, learnChanceOf, shiftChances } from '../../../packages/engine/src/rules/languageShift.js';
import { Flag, hostTie, Kind } from '../../../packages/engine/src/state/codes.js';
import { applyContacts, applyLanguage } from '../../support/mechanisms.js';
import { createTinyState, type PersonSpec } from '../../support/tinyState.js';
import { defaultLevers, defaultParams, mulberry32 } from './support.js';

const rng = createRandomSource(6);
const OFF = { 'uz_in_kz.language_course_seats': 0, 'uz_in_kz.heritage_school_places': 0, 'uz_in_kz.cultural_events': 0 };
/** Assumptions with schooling in the host language off (its own test below), and courses every waiting adult takes and completes. */
const PARAMS = defaultParams({ 'language.host_school_gain': 0, 'language.course_take_up': 1, 'language.course_completion': 1 });

describe('applyLanguage', () => {
  it('gives course seats to the least proficient settled adults first; a completed course adds the full dose (0.6)', () => {
    // Three settled adults of 1,000 persons each (no contacts): 1,000 seats a quarter go to the least proficient.
    const state = createTinyState({
      persons: [
        { weight: 1000, hostLanguage: 0.3, heritageLanguage: 0.9 },
        { weight: 1000, hostLanguage: 0.1, heritageLanguage: 0.9 },
        { weight: 1000, hostLanguage: 0.2, heritageLanguage: 0.9 },
        { weight: 1000, hostLanguage: 0.05, heritageLanguage: 0.9, ageQuarters: 10 * 4 },
        { weight: 1000, hostLanguage: 0.01, heritageLanguage: 0.9, kind: Kind.labourMigrant },
      ],
    });
    // seats a quarter = lever / 1,000 × 3,000 settled adults / 4
    const levers = defaultLevers({ ...OFF, 'uz_in_kz.language_course_seats': 4000 / 3 });
    applyLanguage(state, levers, PARAMS, rng, 0);
    const L = state.persons.hostLanguage;
    // The migrant, least proficient of all, waits: settled adults come first.
    expect([L[0], L[1], L[2], L[3], L[4]].map((v) => +v.toFixed(4))).toEqual([0.3, 0.7, 0.2, 0.05, 0.01]);
  });

  it('gives labour migrants the seats settled adults leave, and a third of the dose to those who do not complete', () => {
    const state = createTinyState({
      persons: [
        { weight: 1000, hostLanguage: 0.1, heritageLanguage: 0.9 },
        { weight: 1000, hostLanguage: 0.7, heritageLanguage: 0.9 },
        { weight: 1000, hostLanguage: 0.01, heritageLanguage: 0.9, kind: Kind.labourMigrant },
      ],
    });
    // 2,000 settled adults: lever 4,000 gives 2,000 seats a quarter; the waiting settled adult takes 1,000.
    const levers = defaultLevers({ ...OFF, 'uz_in_kz.language_course_seats': 4000 });
    applyLanguage(state, levers, { ...PARAMS, 'language.course_completion': 0 }, rng, 0);
    const L = state.persons.hostLanguage;
    expect([L[0], L[1], L[2]].map((v) => +v.toFixed(4))).toEqual([0.3, 0.7, 0.21]);
  });

  it('teaches children the host language at school, half as fast in heritage schools', () => {
    const state = createTinyState({
      persons: [
        { ageQuarters: 10 * 4, heritageLanguage: 0.9, hostLanguage: 0.2 },
        { ageQuarters: 10 * 4, heritageLanguage: 0.9, hostLanguage: 0.2 },
        { ageQuarters: 3 * 4, heritageLanguage: 0.9, hostLanguage: 0.2 },
      ],
    });
    // Places for 0 or all children: person 1 is a pupil only in the second run.
    const gain = { ...PARAMS, 'language.host_school_gain': 0.1 };
    applyLanguage(state, defaultLevers(OFF), gain, rng, 0);
    expect(state.persons.hostLanguage[0]).toBeCloseTo(0.2 + 0.1 * 0.8, 6);
    expect(state.persons.hostLanguage[2]).toBeCloseTo(0.2, 6);
    const pupils = createTinyState({ persons: [{ ageQuarters: 10 * 4, heritageLanguage: 0.9, hostLanguage: 0.2 }] });
    applyLanguage(pupils, defaultLevers({ ...OFF, 'uz_in_kz.heritage_school_places': 1000 }), gain, rng, 0);
    expect(pupils.persons.hostLanguage[0]).toBeCloseTo(0.2 + 0.05 * 0.8, 6);
  });

  it('fills the boundary bin of the proficiency histogram by chance, in proportion', () => {
    const persons: PersonSpec[] = Array.from({ length: 10_000 }, () => ({ hostLanguage: 0.1, heritageLanguage: 0.9 }));
    const state = createTinyState({ persons });
    // 10,000 adults, lever 100 per 1,000 a year: 250 seats a quarter among 10,000 equally unskilled.
    applyLanguage(state, defaultLevers({ ...OFF, 'uz_in_kz.language_course_seats': 100 }), PARAMS, rng, 0);
    const seated = Array.from(state.persons.hostLanguage.subarray(0, 10_000)).filter((v) => v > 0.2).length;
    expect(seated).toBeGreaterThan(250 - 50);
    expect(seated).toBeLessThan(250 + 50);
  });

  it('gives heritage-school places to children 6–17 and lifts their heritage proficiency', () => {
    const state = createTinyState({
      persons: [
        { ageQuarters: 10 * 4, heritageLanguage: 0.3, hostLanguage: 0.8 },
        { ageQuarters: 4 * 4, heritageLanguage: 0.3, hostLanguage: 0.8 },
        { ageQuarters: 30 * 4, heritageLanguage: 0.3, hostLanguage: 0.8, flags: Flag.inHeritageSchool },
      ],
    });
    applyLanguage(state, defaultLevers({ ...OFF, 'uz_in_kz.heritage_school_places': 1000 }), PARAMS, rng, 0);
    const p = state.persons;
    expect(p.flags[0] & Flag.inHeritageSchool).toBe(Flag.inHeritageSchool);
    expect(p.heritageLanguage[0]).toBeCloseTo(0.3 + 0.1 * 0.7, 6);
    expect(p.flags[1] & Flag.inHeritageSchool).toBe(0);
    expect(p.flags[2] & Flag.inHeritageSchool).toBe(0);
    expect(p.heritageLanguage[1]).toBeCloseTo(0.3, 6);
  });

  it('shifts a heritage speaker among host speakers to bilingual, with the level then following use', () => {
    const state = createTinyState({
      persons: [{ heritageLanguage: 0.8, hostLanguage: 0.3, contactsHost: 4, ageQuarters: 10 * 4 }],
    });
    // c so large that the shift is certain: x = z = 0, y = 1.
    applyLanguage(state, defaultLevers(OFF), { ...PARAMS, 'language.shift_rate': 1e6 }, rng, 0);
    const p = state.persons;
    expect(languageState(p.heritageLanguage[0], p.hostLanguage[0])).toBe(Speaks.bilingual);
    // Host level set to 0.5, then 10% of the way to 0.5 + 0.5 × 1 (everyone met speaks it).
    expect(p.hostLanguage[0]).toBeCloseTo(0.5 + 0.1 * 0.5, 6);
    // Heritage: nobody met speaks it, so it moves 10% toward the bottom of its band (0.5).
    expect(p.heritageLanguage[0]).toBeCloseTo(0.8 - 0.1 * 0.3, 6);
  });

  it('never moves directly between the two monolingual states', () => {
    const n = 3000;
    const random = mulberry32(9);
    const persons: PersonSpec[] = Array.from({ length: n }, (_, i) => {
      const kind = i % 3;
      const ties = Array.from({ length: 10 }, () => (random() < 0.4 ? hostTie(0) : Math.floor(random() * n)));
      const [heritageLanguage, hostLanguage] = kind === 0 ? [0.8, 0.2] : kind === 1 ? [0.8, 0.8] : [0.2, 0.8];
      return { heritageLanguage, hostLanguage, ties, ageQuarters: 10 * 4 };
    });
    const state = createTinyState({ persons, hosts: [{}] });
    const params = defaultParams({ 'language.shift_rate': 0.5 });
    let moves = 0;
    for (let t = 0; t < 12; t++) {
      const before = Array.from({ length: n }, (_, i) => languageState(state.persons.heritageLanguage[i], state.persons.hostLanguage[i]));
      applyContacts(state, defaultLevers(OFF), params, rng, t);
      applyLanguage(state, defaultLevers({ ...OFF, 'uz_in_kz.language_course_seats': 100 }), params, rng, t);
      for (let i = 0; i < n; i++) {
        const after = languageState(state.persons.heritageLanguage[i], state.persons.hostLanguage[i]);
        if (after !== before[i]) moves++;
        const jump =
          (before[i] === Speaks.heritageOnly && after === Speaks.hostOnly) ||
          (before[i] === Speaks.hostOnly && after === Speaks.heritageOnly);
        expect(jump).toBe(false);
      }
    }
    expect(moves).toBeGreaterThan(500);
  });
});

describe('tabulated shift chances', () => {
  it('equal the rate formulas, in the table (up to 12 contacts) and beyond it', () => {
    const params = defaultParams();
    const table = shiftChances(params);
    const c = params['language.shift_rate'];
    const a = params['language.status_exponent'];
    const k = params['language.bilingual_similarity'];
    const s = params['language.host_status'];
    const adultRate = c * params['language.adult_plasticity'];
    for (const [met, nX, nY, nZ] of [
      [5, 1, 3, 1],
      [20, 4, 10, 6],
    ]) {
      const out = new Float64Array(2);
      learnChanceOf(table, params, true, 0, met, nY, nZ, out);
      expect(out[0]).toBeCloseTo(1 - Math.exp(-c * s * ((nY + k * nZ) / met) ** a), 12);
      learnChanceOf(table, params, false, 1, met, nX, nZ, out);
      expect(out[0]).toBeCloseTo(1 - Math.exp(-adultRate * (1 - s) * ((nX + k * nZ) / met) ** a), 12);
      const toX = c * (1 - s) * ((met - nY) / met) ** a;
      const toY = c * s * ((met - nX) / met) ** a;
      bilingualChancesOf(table, params, 0, met, nX, nY, false, out);
      expect(out[1]).toBeCloseTo(1 - Math.exp(-(toX + toY)), 12);
      expect(out[0]).toBeCloseTo(((1 - Math.exp(-(toX + toY))) * toX) / (toX + toY), 12);
      bilingualChancesOf(table, params, 0, met, nX, nY, true, out);
      expect(out[0]).toBeCloseTo(1 - Math.exp(-toX), 12);
      expect(out[1]).toBeCloseTo(out[0], 12);
    }
  });
});
