import { describe, expect, it } from 'vitest';
import { kazakhstanShareFactor } from '../../../packages/engine/src/data/migration.js';
import { applyLabourMigration, wageGapFactor } from '../../../packages/engine/src/rules/applyLabourMigration.js';
import { applyReturnToKinState, returnMultiplier } from '../../../packages/engine/src/rules/applyReturnToKinState.js';
import { applyStatusChanges } from '../../../packages/engine/src/rules/applyStatusChanges.js';
import { applyStudentExchange } from '../../../packages/engine/src/rules/applyStudentExchange.js';
import { Diaspora, Flag, Kind, Legal, NewcomerKind, newcomerId } from '../../../packages/engine/src/state/codes.js';
import { createEconomy } from '../../../packages/engine/src/state/economy.js';
import { readTally, Tally } from '../../../packages/engine/src/state/tallies.js';
import { createTinyState } from '../../support/tinyState.js';
import { leversWith, paramsWith, rng } from './support.js';

const noArrivals = { 'migration.stock_potential': 0, 'migration.kz_in_uz_stock_potential': 0 };
const noStudents = { 'uz_to_kz.student_exchange_slots': 0, 'kz_to_uz.student_exchange_slots': 0 };

describe('applyLabourMigration', () => {
  it('counts down stays; at the end a migrant leaves or settles (a transfer)', () => {
    const migrant = { kind: Kind.labourMigrant, weight: 6, quartersLeft: 1 };
    for (const [settleShare, kindAfter, alive, tally] of [
      [0, Kind.labourMigrant, 0, Tally.departures],
      [1, Kind.settled, 1, Tally.transfersToSettled],
    ] as const) {
      const state = createTinyState({ persons: [migrant, { ...migrant, quartersLeft: 3 }] });
      applyLabourMigration(state, leversWith(), paramsWith({ ...noArrivals, 'migration.settle_share': settleShare }), rng, 0);
      const p = state.persons;
      expect([p.alive[0], p.kind[0]]).toEqual([alive, kindAfter]);
      expect([p.alive[1], p.kind[1], p.quartersLeft[1]]).toEqual([1, Kind.labourMigrant, 2]);
      expect(readTally(state.tallies, 0, tally)).toBe(6);
      expect(state.leftCount).toBe(1 - alive);
    }
  });

  it('admits the expected number of arrivals when it is whole, legal per the access lever', () => {
    // 4,000 a year over a mean stay of 1 year: 1,000 a quarter, 10 agents of 100 persons.
    const params = paramsWith({
      'migration.stock_potential': 4000,
      'migration.mean_stay_years': 1,
      'migration.kz_in_uz_stock_potential': 0,
      'migration.legal_access_arrival_effect': 0,
    });
    for (const access of [0, 1]) {
      const state = createTinyState({ persons: [], capacity: 32, personsPerAgent: 100 });
      applyLabourMigration(state, leversWith({ 'uz_in_kz.migrant_legal_access': access }), params, rng, 3);
      const p = state.persons;
      expect(p.end).toBe(10);
      expect(readTally(state.tallies, Diaspora.uz_in_kz, Tally.arrivals)).toBe(1000);
      expect(readTally(state.tallies, Diaspora.kz_in_uz, Tally.arrivals)).toBe(0);
      for (let i = 0; i < 10; i++) {
        expect(p.id[i]).toBe(newcomerId(3, NewcomerKind.labourMigrant, i));
        expect([p.kind[i], p.diaspora[i], p.weight[i], p.generation[i]]).toEqual([Kind.labourMigrant, 0, 100, 1]);
        expect(p.legal[i]).toBe(access === 1 ? Legal.temporaryPermit : Legal.irregular);
        expect(p.ageQuarters[i]).toBeGreaterThanOrEqual(18 * 4);
        expect(p.ageQuarters[i]).toBeLessThan(45 * 4);
        expect(p.quartersLeft[i]).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('admits the same first arrivals when a lever raises the number (common random numbers)', () => {
    const arrivalsWith = (access: number) => {
      const state = createTinyState({ persons: [], capacity: 64, personsPerAgent: 100 });
      const params = paramsWith({
        ...noArrivals,
        'migration.stock_potential': 4000,
        'migration.mean_stay_years': 1,
        'migration.legal_access_arrival_effect': 1,
      });
      applyLabourMigration(state, leversWith({ 'uz_in_kz.migrant_legal_access': access }), params, rng, 9);
      const p = state.persons;
      return Array.from({ length: p.end }, (_, i) =>
        [p.id[i], p.region[i], p.ageQuarters[i], p.sex[i], p.skill[i], p.quartersLeft[i]].join(),
      );
    };
    const few = arrivalsWith(0.5);
    const many = arrivalsWith(1);
    expect(many.length).toBeGreaterThan(few.length);
    expect(many.slice(0, few.length)).toEqual(few);
  });

  it('scales arrivals with the wage gap and the pull of Russia', () => {
    const economy = createEconomy();
    expect(wageGapFactor(economy, 1)).toBe(1); // no wages yet: neutral
    economy.wageKazakhstan = 580;
    economy.wageUzbekistan = 250;
    expect(wageGapFactor(economy, 1)).toBeCloseTo(1, 12);
    economy.wageUzbekistan = 580;
    expect(wageGapFactor(economy, 1)).toBe(0);
    economy.wageKazakhstan = 580 * Math.sqrt(580 / 250);
    expect(wageGapFactor(economy, 2)).toBeCloseTo(0.25, 12);
    expect(kazakhstanShareFactor(1)).toBeCloseTo(1, 12);
    expect(kazakhstanShareFactor(2)).toBeCloseTo(1 / 1.57, 12);
  });
});

describe('applyStudentExchange', () => {
  it('admits a quarter of the yearly intake, 18–24, for one to four years', () => {
    const state = createTinyState({ persons: [], capacity: 256, personsPerAgent: 20 });
    applyStudentExchange(
      state,
      leversWith({ 'uz_to_kz.student_exchange_slots': 400, 'kz_to_uz.student_exchange_slots': 40 }),
      paramsWith(),
      rng,
      2,
    );
    const p = state.persons;
    expect(p.end).toBe(110);
    expect(readTally(state.tallies, 0, Tally.arrivals)).toBe(100);
    expect(readTally(state.tallies, 0, Tally.studentArrivals)).toBe(100);
    expect(readTally(state.tallies, 1, Tally.studentArrivals)).toBe(10);
    const stays = new Set<number>();
    for (let i = 0; i < p.end; i++) {
      expect([p.kind[i], p.weight[i], p.legal[i]]).toEqual([Kind.student, 1, Legal.temporaryPermit]);
      expect(p.ageQuarters[i]).toBeGreaterThanOrEqual(18 * 4);
      expect(p.ageQuarters[i]).toBeLessThan(25 * 4);
      stays.add(p.quartersLeft[i]);
    }
    expect([...stays].sort((a, b) => a - b)).toEqual([4, 8, 12, 16]);
  });

  it('lets graduates stay on as alumni or leave', () => {
    const student = { kind: Kind.student, weight: 2, quartersLeft: 1 };
    for (const share of [0, 1]) {
      const state = createTinyState({ persons: [student] });
      applyStudentExchange(state, leversWith(noStudents), paramsWith({ 'students.stay_on_share': share }), rng, 0);
      const p = state.persons;
      if (share === 1) {
        expect([p.alive[0], p.kind[0], p.flags[0] & Flag.exchangeAlumnus]).toEqual([1, Kind.settled, Flag.exchangeAlumnus]);
        expect(readTally(state.tallies, 0, Tally.transfersToSettled)).toBe(2);
      } else {
        expect(p.alive[0]).toBe(0);
        expect(readTally(state.tallies, 0, Tally.departures)).toBe(2);
      }
    }
  });
});

describe('applyStatusChanges', () => {
  it('moves settled members one step along irregular → permit → resident → citizen, the wait counting years as a resident', () => {
    const settled = { kind: Kind.settled, quartersInHost: 80, quartersInStatus: 20 };
    const state = createTinyState({
      persons: [
        { ...settled, legal: Legal.irregular },
        { ...settled, legal: Legal.temporaryPermit },
        { ...settled, legal: Legal.permanentResident },
        { ...settled, legal: Legal.permanentResident, quartersInStatus: 19 },
        { kind: Kind.labourMigrant, legal: Legal.irregular },
      ],
    });
    const certain = {
      'status.regularisation_rate': 1000,
      'status.permit_to_residence_years': 0.001,
      'status.naturalisation_take_up': 1000,
    };
    applyStatusChanges(state, leversWith({ 'uz_in_kz.naturalization_wait_years': 5 }), paramsWith(certain), rng, 0);
    expect(Array.from(state.persons.legal.subarray(0, 5))).toEqual([
      Legal.temporaryPermit,
      Legal.permanentResident,
      Legal.citizen,
      Legal.permanentResident, // 19 quarters of residence < 5 years, whatever the time in the country
      Legal.irregular, // sojourners keep their status
    ]);
    // The clock restarts at each change and runs on otherwise.
    expect(Array.from(state.persons.quartersInStatus.subarray(0, 4))).toEqual([0, 0, 0, 20]);
  });
});

describe('applyReturnToKinState', () => {
  const kazakh = { kind: Kind.settled, diaspora: Diaspora.kz_in_uz, region: 1, weight: 3 };

  it('removes settled Kazakhs who return and tallies them; never sojourners', () => {
    const state = createTinyState({ persons: [kazakh, { ...kazakh, kind: Kind.student }, { kind: Kind.settled }] });
    applyReturnToKinState(state, leversWith(), paramsWith({ 'return.kz_in_uz_base_rate': 1e4, 'return.uz_in_kz_base_rate': 0 }), rng, 0);
    expect(Array.from(state.persons.alive.subarray(0, 3))).toEqual([0, 1, 1]);
    expect(readTally(state.tallies, 1, Tally.returnsToKinState)).toBe(3);
  });

  it('has no programme returns without the incentive', () => {
    const state = createTinyState({ persons: [kazakh] });
    applyReturnToKinState(
      state,
      leversWith({ 'kz_in_uz.repatriation_incentive': 0 }),
      paramsWith({ 'return.kz_in_uz_base_rate': 1e4, 'return.incentive_dependence': 1 }),
      rng,
      0,
    );
    expect(state.persons.alive[0]).toBe(1);
  });

  it('rises with home ties and falls with host orientation', () => {
    expect(returnMultiplier(0.5, 0.5, 1, 1)).toBe(1);
    expect(returnMultiplier(1, 0, 1, 1)).toBe(2.25);
    expect(returnMultiplier(0, 1, 1, 1)).toBe(0.25);
    expect(returnMultiplier(0, 1, 3, 3)).toBe(0);
  });
});
