import { describe, expect, it } from 'vitest';
import {
  employmentLogit,
  annualIncomeInto as incomeOf,
  readEmploymentCoefficients,
  regionMonthlyWage,
} from '../../../packages/engine/src/equations/economy.js';
import { logistic as chanceOfLogit } from '../../../packages/engine/src/equations/functions.js';
import { Flag, Kind, Legal, Skill } from '../../../packages/engine/src/state/codes.js';
import { applyEmployment } from '../../support/mechanisms.js';
import { createTinyState } from '../../support/tinyState.js';
import { assumptions, rng, stepValues } from './support.js';

// Expected values are written from the parameters themselves, so they hold whatever the defaults.
const A = assumptions();
const b0 = A['employment.intercept'];
const b1 = A['employment.host_language_effect'];
const b2 = A['employment.legal_status_effect'];
const b3 = A['employment.credentials_effect'];
const b4 = A['employment.discrimination_effect'];
const bMigrant = A['employment.labour_migrant_effect'];
const low = A['income.low_skill_wage'];
const migrantWage = A['income.migrant_wage_ratio'];

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

function coefficients(overrides: Record<string, number> = {}) {
  return readEmploymentCoefficients(assumptions(overrides));
}

/** The chance of work of person i of a tiny state. */
function employmentChance(state: ReturnType<typeof createTinyState>, i: number, c: ReturnType<typeof coefficients>): number {
  const p = state.persons;
  return chanceOfLogit(
    employmentLogit(c, p.hostLanguage[i], p.legal[i], p.skill[i], p.flags[i], p.quartersSinceDiscrimination[i], p.kind[i]),
  );
}

describe('employment chance', () => {
  const state = createTinyState({
    persons: [
      // 0: settled citizen, fluent, mid-skilled, born in the host country, qualification valid
      { hostLanguage: 1, skill: Skill.mid, generation: 2, flags: Flag.credentialsRecognised },
      // 1: same but recently discriminated and without recognition
      { hostLanguage: 1, skill: Skill.mid, quartersSinceDiscrimination: 2 },
      // 2: irregular labour migrant with some host language
      { kind: Kind.labourMigrant, legal: Legal.irregular, hostLanguage: 0.4 },
      // 3: legal labour migrant
      { kind: Kind.labourMigrant, legal: Legal.temporaryPermit, hostLanguage: 0.4 },
      // 4: discriminated five quarters ago: no longer counts
      { hostLanguage: 0.5, quartersSinceDiscrimination: 5 },
    ],
  });
  const c = coefficients();

  it('is logistic(β0 + β1·language + β2·legal + β3·credentials − β4·discrimination + migrant term)', () => {
    expect(employmentChance(state, 0, c)).toBeCloseTo(logistic(b0 + b1 + b2 + b3), 7);
    expect(employmentChance(state, 1, c)).toBeCloseTo(logistic(b0 + b1 + b2 - b4), 7);
    expect(employmentChance(state, 2, c)).toBeCloseTo(logistic(b0 + b1 * 0.4 + bMigrant), 7);
    expect(employmentChance(state, 3, c)).toBeCloseTo(logistic(b0 + b1 * 0.4 + b2 + bMigrant), 7);
    expect(employmentChance(state, 4, c)).toBeCloseTo(logistic(b0 + b1 * 0.5 + b2), 7);
  });
});

/** Income of person i if employed (USD per year), from the engine's income equation. */
function annualIncome(state: ReturnType<typeof createTinyState>, i: number, c: ReturnType<typeof coefficients>): number {
  const p = state.persons;
  const region = state.regions[p.region[i]];
  const wages = Float64Array.of(regionMonthlyWage(state.economy, region.diaspora, region.wageLevel));
  const out = new Float64Array(1);
  incomeOf(out, 0, c, wages, 0, p.kind[i], p.legal[i], p.skill[i], p.flags[i] | Flag.employed);
  return out[0];
}

describe('income', () => {
  const state = createTinyState({
    persons: [
      { skill: Skill.high, flags: Flag.credentialsRecognised },
      { skill: Skill.high },
      { kind: Kind.labourMigrant, legal: Legal.temporaryPermit },
      { kind: Kind.labourMigrant, legal: Legal.irregular },
      { skill: Skill.mid, flags: Flag.credentialsRecognised | Flag.businessOwner },
      { diaspora: 1, region: 1, skill: Skill.low },
    ],
  });
  state.economy.wageKazakhstan = 600;
  state.economy.wageUzbekistan = 250;
  const c = coefficients();

  it('follows the host wage, skill and recognition; migrants earn a share of the local wage', () => {
    expect(annualIncome(state, 0, c)).toBeCloseTo(12 * 600 * A['income.high_skill_wage'], 2);
    expect(annualIncome(state, 1, c)).toBeCloseTo(12 * 600 * low, 2); // unrecognised: paid as low-skilled
    expect(annualIncome(state, 2, c)).toBeCloseTo(12 * 600 * migrantWage, 2);
    expect(annualIncome(state, 3, c)).toBeCloseTo(12 * 600 * migrantWage * A['income.irregular_wage_ratio'], 2);
    expect(annualIncome(state, 4, c)).toBeCloseTo(12 * 600 * A['income.mid_skill_wage'] * A['income.business_owner_premium'], 2);
    expect(annualIncome(state, 5, c)).toBeCloseTo(12 * 250 * low, 2); // Kazakhs in Uzbekistan earn Uzbek wages
  });

  it('scales with the region’s wage level', () => {
    const regional = createTinyState({
      persons: [{ skill: Skill.low }],
      regions: [{ name: 'rich', diaspora: 0, settledShare: 1, migrantShare: 1, enclaveShare: 0.5, wageLevel: 1.5, source: 'test' }],
    });
    regional.economy.wageKazakhstan = 600;
    expect(annualIncome(regional, 0, c)).toBeCloseTo(12 * 600 * low * 1.5, 2);
  });
});

describe('applyEmployment', () => {
  function run(persons: Parameters<typeof createTinyState>[0]['persons'], overrides: Record<string, number>, levers = {}) {
    const state = createTinyState({ persons });
    state.economy.wageKazakhstan = 600;
    applyEmployment(state, stepValues(levers), assumptions(overrides), rng, 3);
    return state;
  }

  it('employs everyone when the chance is certain, and adds the unconsumed part of income to savings', () => {
    const state = run(
      [
        { skill: Skill.low, savings: 100 },
        { kind: Kind.labourMigrant, legal: Legal.temporaryPermit },
      ],
      {
        'employment.intercept': 40,
        'employment.reassessment_rate': 1,
      },
    );
    expect(state.persons.flags[0] & Flag.employed).toBe(Flag.employed);
    expect(state.persons.income[0]).toBeCloseTo(12 * 600 * low, 3);
    expect(state.persons.savings[0]).toBeCloseTo(100 + ((12 * 600 * low) / 4) * (1 - A['income.consumption_share_settled']), 3);
    expect(state.persons.savings[1]).toBeCloseTo(((12 * 600 * migrantWage) / 4) * (1 - A['income.consumption_share_migrant']), 3);
  });

  it('keeps job status when nobody is reassessed, and drops it when the chance is nil', () => {
    const kept = run([{ flags: Flag.employed }, {}], { 'employment.reassessment_rate': 0, 'employment.intercept': -40 });
    expect(kept.persons.flags[0] & Flag.employed).toBe(Flag.employed);
    expect(kept.persons.income[0]).toBeCloseTo(12 * 600 * low, 3);
    expect(kept.persons.flags[1] & Flag.employed).toBe(0);
    expect(kept.persons.income[1]).toBe(0);
    const lost = run([{ flags: Flag.employed }], { 'employment.reassessment_rate': 1, 'employment.intercept': -40 });
    expect(lost.persons.flags[0] & Flag.employed).toBe(0);
    expect(lost.persons.income[0]).toBe(0);
  });

  it('leaves children, the retired and students out of work, but keeps owners working until 70', () => {
    const state = run(
      [
        { ageQuarters: 10 * 4, flags: Flag.employed },
        { ageQuarters: 66 * 4, flags: Flag.employed },
        { kind: Kind.student, flags: Flag.employed },
        { ageQuarters: 66 * 4, flags: Flag.businessOwner },
      ],
      { 'employment.intercept': 40, 'employment.reassessment_rate': 1 },
    );
    expect([0, 1, 2].map((i) => state.persons.flags[i] & Flag.employed)).toEqual([0, 0, 0]);
    expect(state.persons.flags[3] & Flag.employed).toBe(Flag.employed);
    expect(state.persons.income[3]).toBeCloseTo(12 * 600 * low * A['income.business_owner_premium'], 3);
  });

  it('recognises credentials: always for those educated in the host country, by the lever for the born abroad, never for the low-skilled', () => {
    const persons = [
      { skill: Skill.high, generation: 2 },
      { skill: Skill.high, generation: 1 },
      { skill: Skill.mid, generation: 1 },
      { skill: Skill.low, generation: 2 },
    ];
    const none = run(persons, {}, { 'uz_in_kz.credential_recognition': 0 });
    expect(Array.from(none.persons.flags.subarray(0, 4), (f) => f & Flag.credentialsRecognised)).toEqual([16, 0, 0, 0]);
    const all = run(persons, {}, { 'uz_in_kz.credential_recognition': 1 });
    expect(Array.from(all.persons.flags.subarray(0, 4), (f) => f & Flag.credentialsRecognised)).toEqual([16, 16, 16, 0]);
  });

  it('lets the employed share relax to the chance (many agents, one diaspora)', () => {
    const n = 20_000;
    const state = createTinyState({ persons: Array.from({ length: n }, () => ({ hostLanguage: 0.5 })), capacity: n });
    state.economy.wageKazakhstan = 600;
    const params = assumptions();
    for (let step = 0; step < 40; step++) applyEmployment(state, stepValues(), params, rng, step);
    let employed = 0;
    for (let i = 0; i < n; i++) if (state.persons.flags[i] & Flag.employed) employed++;
    expect(employed / n).toBeCloseTo(logistic(b0 + b1 * 0.5 + b2), 1);
  });
});
