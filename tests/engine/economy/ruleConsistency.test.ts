import { describe, expect, it } from 'vitest';
import { streamId } from '../../../packages/engine/src/rng.js';
import {
  applyBusinessFormation,
  businessStartChance,
  createBusinessCoefficients,
  readBusinessCoefficients,
} from '../../../packages/engine/src/rules/applyBusinessFormation.js';
import {
  applyCivicParticipation,
  civicChance,
  createCivicCoefficients,
  readCivicCoefficients,
} from '../../../packages/engine/src/rules/applyCivicParticipation.js';
import {
  applyEmployment,
  createEmploymentCoefficients,
  employmentChance,
  readEmploymentCoefficients,
} from '../../../packages/engine/src/rules/applyEmployment.js';
import { creditAccessKey } from '../../../packages/engine/src/rules/economyShared.js';
import { Flag, Kind, Legal } from '../../../packages/engine/src/state/codes.js';
import { createTinyState, type PersonSpec } from '../../support/tinyState.js';
import { assumptions, rng, stepValues } from './support.js';

/**
 * The rules write some formulas out in their loops (so V8 boxes no numbers); these tests replay each
 * rule's own draws and check every decision against the exported formula, agent by agent.
 */
const N = 3000;
const STEP = 9;
function varied(i: number): PersonSpec {
  const u = (k: number) => ((i * 7919 + k * 104729) % 1000) / 1000;
  return {
    diaspora: i % 2,
    region: i % 2,
    kind: i % 5 === 0 ? Kind.labourMigrant : Kind.settled,
    legal: [Legal.citizen, Legal.permanentResident, Legal.temporaryPermit, Legal.irregular][i % 4],
    skill: i % 3,
    generation: 1 + (i % 3),
    hostLanguage: u(1),
    heritageOrientation: u(2),
    hostOrientation: u(3),
    homeTies: u(4),
    savings: 20_000 * u(5),
    quartersSinceDiscrimination: i % 7 === 0 ? 1 : 100,
    flags: (i % 6 === 0 ? Flag.exchangeAlumnus : 0) | (i % 4 === 0 ? Flag.associationMember : 0),
  };
}
function population() {
  const state = createTinyState({ persons: Array.from({ length: N }, (_, i) => varied(i)), capacity: N });
  state.economy.wageKazakhstan = 600;
  state.economy.wageUzbekistan = 250;
  return state;
}

describe('rule loops agree with the exported formulas, decision by decision', () => {
  it('employment', () => {
    const state = population();
    const params = assumptions({ 'employment.reassessment_rate': 1 });
    applyEmployment(state, stepValues(), params, rng, STEP);
    const c = createEmploymentCoefficients();
    readEmploymentCoefficients(params, c);
    const key = rng.streamKey(streamId('employment'), STEP);
    for (let i = 0; i < N; i++) {
      const expected = rng.uniform(key, state.persons.id[i], 0) < employmentChance(state, i, c);
      expect((state.persons.flags[i] & Flag.employed) !== 0, `agent ${i}`).toBe(expected);
    }
  });

  it('business formation', () => {
    const state = population();
    const params = assumptions({ 'business.start_rate': 0.2 });
    const levers = stepValues({ 'uz_in_kz.credit_access': 0.5, 'kz_in_uz.credit_access': 0.3 });
    const savingsBefore = Float32Array.from(state.persons.savings.subarray(0, N));
    applyBusinessFormation(state, levers, params, rng, STEP);
    const c = createBusinessCoefficients();
    readBusinessCoefficients(params, c);
    const key = rng.streamKey(streamId('business formation'), STEP);
    const creditKey = creditAccessKey(rng);
    let owners = 0;
    for (let i = 0; i < N; i++) {
      const p = state.persons;
      const capital = c.capitalMonths * (p.diaspora[i] === 0 ? 600 : 250);
      const share = p.diaspora[i] === 0 ? 0.5 : 0.3;
      const financed = savingsBefore[i] >= capital || rng.uniform(creditKey, p.id[i], 0) < share;
      const settledAdult = p.kind[i] === Kind.settled;
      const expected =
        settledAdult && rng.uniform(key, p.id[i], 0) < businessStartChance(state, i, c) * (financed ? 1 : c.unfinancedFactor);
      expect((p.flags[i] & Flag.businessOwner) !== 0, `agent ${i}`).toBe(expected);
      if (expected) owners++;
    }
    expect(owners).toBeGreaterThan(50);
  });

  it('civic participation', () => {
    const state = population();
    const params = assumptions({ 'civic.reassessment_rate': 1 });
    const levers = stepValues({ 'uz_in_kz.local_voting_rights': 1 });
    applyCivicParticipation(state, levers, params, rng, STEP);
    const c = createCivicCoefficients();
    readCivicCoefficients(params, c);
    const key = rng.streamKey(streamId('civic participation'), STEP);
    for (let i = 0; i < N; i++) {
      const voting = state.persons.diaspora[i] === 0 ? 1 : 0;
      const expected = rng.uniform(key, state.persons.id[i], 0) < civicChance(state, i, voting, c);
      expect((state.persons.flags[i] & Flag.civicActive) !== 0, `agent ${i}`).toBe(expected);
    }
  });
});
