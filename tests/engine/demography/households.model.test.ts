import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { applyLabourMigration } from '../../../packages/engine/src/rules/applyLabourMigration.js';
import { applyNetworkRepair } from '../../../packages/engine/src/rules/applyNetworkRepair.js';
import { applyReturnToKinState } from '../../../packages/engine/src/rules/applyReturnToKinState.js';
import { createSimulation } from '../../../packages/engine/src/run/simulation.js';
import { INDICATOR_IDS } from '../../../packages/engine/src/scenario/catalog/index.js';
import { Diaspora, Kind, Legal, NewcomerKind, newcomerId, Partner, Sex } from '../../../packages/engine/src/state/codes.js';
import { createInitialState } from '../../../packages/engine/src/state/createInitialState.js';
import type { Persons } from '../../../packages/engine/src/state/persons.js';
import { removePerson, type SimulationState } from '../../../packages/engine/src/state/simulationState.js';
import { readTally, Tally } from '../../../packages/engine/src/state/tallies.js';
import { createTinyState, type PersonSpec } from '../../support/tinyState.js';
import { baselineWith, leversWith, paramsWith, rng } from './support.js';

const ADULT = 18 * 4;
const kazakh = { diaspora: Diaspora.kz_in_uz, region: 1, kind: Kind.settled, homeTies: 0.5, hostOrientation: 0.5 };

/** Families of Kazakhs in Uzbekistan: a couple and two minors, a single mother and a minor, a single man, an orphan. */
function families(count: number): PersonSpec[] {
  const persons: PersonSpec[] = [];
  for (let f = 0; f < count; f++) {
    const s = persons.length;
    persons.push(
      { ...kazakh, sex: Sex.female, ageQuarters: 35 * 4, partner: s + 1 },
      { ...kazakh, sex: Sex.male, ageQuarters: 38 * 4, partner: s },
      { ...kazakh, sex: Sex.male, ageQuarters: 10 * 4, parent: s },
      { ...kazakh, sex: Sex.female, ageQuarters: 3 * 4, parent: s },
      { ...kazakh, sex: Sex.female, ageQuarters: 30 * 4 },
      { ...kazakh, sex: Sex.male, ageQuarters: 8 * 4, parent: s + 4 },
      { ...kazakh, sex: Sex.male, ageQuarters: 25 * 4 },
      { ...kazakh, sex: Sex.female, ageQuarters: 12 * 4 },
    );
  }
  return persons;
}

/** Every minor with a parent has that parent alive; every partner reference is mutual, alive and of the other sex. */
function checkHouseholds(p: Persons): void {
  for (let i = 0; i < p.end; i++) {
    if (!p.alive[i]) continue;
    const q = p.partner[i];
    if (q >= 0) {
      expect(p.alive[q], `partner of ${i}`).toBe(1);
      expect(p.partner[q], `partner of ${q}`).toBe(i);
      expect(p.sex[q]).not.toBe(p.sex[i]);
      expect(p.diaspora[q]).toBe(p.diaspora[i]);
    }
    const g = p.parent[i];
    if (g >= 0) {
      // An adult (possibly a step-parent: the surviving partner of a mother who died), or a
      // teenage mother at least 15 years older, who lives with her own parent.
      expect(p.alive[g], `parent of ${i}`).toBe(1);
      expect(p.ageQuarters[i]).toBeLessThan(ADULT);
      expect(p.ageQuarters[g] >= ADULT || p.ageQuarters[g] - p.ageQuarters[i] >= 15 * 4, `parent of ${i}`).toBe(true);
      expect(p.diaspora[g]).toBe(p.diaspora[i]);
    }
  }
}

describe('return to the kin state by household', () => {
  it('moves a household together: couples with their children, single parents with theirs, singles alone; orphans stay', () => {
    const state = createTinyState({ persons: families(300) });
    const p = state.persons;
    const before = Array.from(p.parent.subarray(0, p.end));
    // A return rate that takes about half the households in a quarter.
    applyReturnToKinState(state, leversWith(), paramsWith({ 'return.kz_in_uz_base_rate': 2.8 }), rng, 7);
    let left = 0;
    for (let f = 0; f < 300; f++) {
      const s = 8 * f;
      const gone = (i: number) => 1 - p.alive[s + i];
      // Couple and its two children; single mother and her child: all or none.
      expect([gone(1), gone(2), gone(3)]).toEqual([gone(0), gone(0), gone(0)]);
      expect(gone(5)).toBe(gone(4));
      // The orphan never leaves alone.
      expect(gone(7)).toBe(0);
      left += gone(0) + gone(4) + gone(6);
    }
    expect(left).toBeGreaterThan(200);
    expect(left).toBeLessThan(700);
    // No minor who had a parent is left without one.
    for (let i = 0; i < p.end; i++) if (p.alive[i] && before[i] >= 0) expect(p.alive[before[i]]).toBe(1);
    let removed = 0;
    for (let i = 0; i < p.end; i++) removed += 1 - p.alive[i];
    expect(readTally(state.tallies, Diaspora.kz_in_uz, Tally.returnsToKinState)).toBe(removed);
    expect(state.leftCount).toBe(removed);
  });

  it('decides a household by the mean of its adults’ home ties and host orientation', () => {
    // Both partners must have no pull for the household to stay for certain: one partner's pull is halved.
    const state = createTinyState({
      persons: [
        { ...kazakh, sex: Sex.female, ageQuarters: 35 * 4, partner: 1, homeTies: 0, hostOrientation: 1 },
        { ...kazakh, sex: Sex.male, ageQuarters: 35 * 4, partner: 0, homeTies: 0, hostOrientation: 1 },
        { ...kazakh, sex: Sex.female, ageQuarters: 35 * 4, partner: 3, homeTies: 0, hostOrientation: 1 },
        { ...kazakh, sex: Sex.male, ageQuarters: 35 * 4, partner: 2, homeTies: 1, hostOrientation: 0 },
      ],
    });
    applyReturnToKinState(
      state,
      leversWith(),
      paramsWith({ 'return.kz_in_uz_base_rate': 1e4, 'return.home_ties_effect': 1, 'return.integration_effect': 2 }),
      rng,
      0,
    );
    expect(Array.from(state.persons.alive.subarray(0, 4))).toEqual([1, 1, 0, 0]);
  });
});

describe('references to persons who died', () => {
  it('are cleared by the network repair: the widow(er) is single, the child goes to the surviving parent, else is an orphan', () => {
    const state = createTinyState({
      persons: [
        { sex: Sex.female, ageQuarters: 35 * 4, partner: 1 },
        { sex: Sex.male, ageQuarters: 38 * 4, partner: 0 },
        { ageQuarters: 5 * 4, parent: 0 },
        { sex: Sex.female, ageQuarters: 30 * 4, partner: Partner.hostMajority },
        { ageQuarters: 2 * 4, parent: 3 },
      ],
      hosts: [{ region: 0 }],
    });
    removePerson(state, 0);
    removePerson(state, 3);
    applyNetworkRepair(state, leversWith(), paramsWith(), rng, 1);
    const p = state.persons;
    expect([p.partner[1], p.parent[2], p.parent[4]]).toEqual([Partner.none, 1, -1]);
  });
});

describe('family reunification', () => {
  it('brings the partner and minor children of a settling migrant, with ids of the step, living with the mother', () => {
    const migrant = {
      kind: Kind.labourMigrant,
      sex: Sex.male,
      ageQuarters: 40 * 4,
      quartersLeft: 1,
      weight: 5,
      legal: Legal.temporaryPermit,
    };
    const state = createTinyState({ persons: [migrant], capacity: 64 });
    const params = paramsWith({
      'migration.stock_potential': 0,
      'migration.kz_in_uz_stock_potential': 0,
      'migration.settle_share': 1,
      'migration.family_reunification_share': 1,
    });
    applyLabourMigration(state, leversWith(), params, rng, 12);
    const p = state.persons;
    expect(p.kind[0]).toBe(Kind.settled);
    const wife = p.partner[0];
    expect(wife).toBe(1);
    expect(p.id[wife]).toBe(newcomerId(12, NewcomerKind.familyReunification, 0));
    expect([p.partner[wife], p.sex[wife], p.ageQuarters[wife], p.kind[wife], p.legal[wife], p.weight[wife]]).toEqual([
      0,
      Sex.female,
      40 * 4 - 14,
      Kind.settled,
      Legal.temporaryPermit,
      5,
    ]);
    const children = p.end - 2;
    for (let c = 2; c < p.end; c++) {
      expect(p.parent[c]).toBe(wife);
      expect(p.ageQuarters[c]).toBeLessThan(ADULT);
      expect(p.ageQuarters[wife] - p.ageQuarters[c]).toBeGreaterThanOrEqual(15 * 4);
    }
    expect(readTally(state.tallies, 0, Tally.familyArrivals)).toBe(5 * (1 + children));
    expect(readTally(state.tallies, 0, Tally.transfersToSettled)).toBe(5);
  });

  it('brings on average the children the home country’s fertility implies', () => {
    // 400 migrant men of 40 settling: their wives are 36.5, with about 18 years of Uzbek fertility behind them.
    const n = 400;
    const state = createTinyState({
      persons: Array.from({ length: n }, () => ({ kind: Kind.labourMigrant, sex: Sex.male, ageQuarters: 40 * 4, quartersLeft: 1 })),
      capacity: 4 * n,
    });
    const params = paramsWith({
      'migration.stock_potential': 0,
      'migration.kz_in_uz_stock_potential': 0,
      'migration.settle_share': 1,
      'migration.family_reunification_share': 1,
    });
    applyLabourMigration(state, leversWith(), params, rng, 0);
    const children = state.persons.end - 2 * n;
    // Uzbekistan 2021: births per woman in the 18 years of age 19–36, summed (an independent sum of the WPP rates).
    const tfr = 3.273;
    const shares = [0.0474, 0.3745, 0.309, 0.1808, 0.077, 0.0111, 0.0002];
    let expected = 0;
    for (let x = 19; x <= 36; x++) expected += (tfr * shares[Math.floor((x - 15) / 5)]) / 5;
    expect(Math.abs(children / n - expected)).toBeLessThan(4 * Math.sqrt(expected / n));
  });
});

describe('households in the initial state and over a run', () => {
  it('starts with couples of the two sexes, a plausible share in a union, and nearly every minor with a mother', () => {
    const state = createInitialState(baselineWith({ personsPerAgent: 400 }), createRandomSource(4));
    const p = state.persons;
    checkHouseholds(p);
    let adults = 0;
    let inUnion = 0;
    let minors = 0;
    let withParent = 0;
    for (let i = 0; i < p.end; i++) {
      if (!p.alive[i] || p.kind[i] !== Kind.settled) continue;
      if (p.ageQuarters[i] >= ADULT) {
        adults++;
        if (p.partner[i] !== Partner.none) inUnion++;
      } else {
        minors++;
        if (p.parent[i] >= 0) {
          withParent++;
          expect(p.sex[p.parent[i]]).toBe(Sex.female);
          expect(p.ageQuarters[p.parent[i]] - p.ageQuarters[i]).toBeGreaterThanOrEqual(15 * 4);
        }
      }
    }
    expect(inUnion / adults).toBeGreaterThan(0.5);
    expect(inUnion / adults).toBeLessThan(0.8);
    expect(withParent / minors).toBeGreaterThan(0.95);
  });

  it('keeps partner and parent references consistent at every step of a run', () => {
    const simulation = createSimulation(baselineWith({ endYear: 2024, personsPerAgent: 400 }), 2);
    const row = new Float64Array(INDICATOR_IDS.length);
    for (let t = 0; t < simulation.stepsTotal; t++) {
      simulation.advance(row, 0);
      checkHouseholds(simulation.state.persons);
    }
    noSojournerInAHousehold(simulation.state);
  });
});

function noSojournerInAHousehold(state: SimulationState): void {
  const p = state.persons;
  for (let i = 0; i < p.end; i++) {
    if (!p.alive[i] || p.kind[i] === Kind.settled) continue;
    expect(p.partner[i]).toBe(Partner.none);
    expect(p.parent[i]).toBe(-1);
  }
}
