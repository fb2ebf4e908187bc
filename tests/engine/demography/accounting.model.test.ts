import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../packages/engine/src/run/simulation.js';
import { DIASPORAS, INDICATOR_IDS } from '../../../packages/engine/src/scenario/catalog/index.js';
import { Kind } from '../../../packages/engine/src/state/codes.js';
import type { SimulationState } from '../../../packages/engine/src/state/simulationState.js';
import { baselineWith, indicator } from './support.js';

function stocks(state: SimulationState): number[][] {
  const sums = DIASPORAS.map(() => [0, 0]);
  const p = state.persons;
  for (let i = 0; i < p.end; i++) if (p.alive[i]) sums[p.diaspora[i]][p.kind[i] === Kind.settled ? 0 : 1] += p.weight[i];
  return sums;
}

/** Levers and assumptions at the ends of their ranges, so that every flow is large. */
const variants: Array<[string, Record<string, unknown>, Record<string, number>]> = [
  ['baseline', {}, {}],
  [
    'full migrant legal access, every settling migrant settles with a family',
    { 'uz_in_kz.migrant_legal_access': 1, 'kz_in_uz.migrant_legal_access': 1 },
    { 'migration.settle_share': 0.5, 'migration.family_reunification_share': 1, 'migration.kz_in_uz_stock_potential': 100_000 },
  ],
  [
    'strong repatriation incentive and high return rates',
    { 'kz_in_uz.repatriation_incentive': 1 },
    { 'return.kz_in_uz_base_rate': 0.1, 'return.uz_in_kz_base_rate': 0.1 },
  ],
  [
    'many mixed unions, fertility and mortality at their extremes',
    {},
    {
      'unions.mixed_share': 0.4,
      'unions.mixed_child_diaspora_share': 0.2,
      'demography.fertility_shift': 0.5,
      'demography.life_expectancy_shift': -3,
      'demography.single_relative_fertility': 0.3,
    },
  ],
];

describe('population accounting holds exactly at every step', () => {
  for (const [name, levers, assumptions] of variants) {
    it(name, () => {
      const simulation = createSimulation(baselineWith({ endYear: 2026, personsPerAgent: 400, assumptions }, levers), 3);
      const row = new Float64Array(INDICATOR_IDS.length);
      let before = stocks(simulation.state);
      for (let t = 0; t < simulation.stepsTotal; t++) {
        simulation.advance(row, 0);
        DIASPORAS.forEach((d, k) => {
          const flow = (key: string) => indicator(row, `${d}.${key}`);
          const population = indicator(row, `${d}.population`);
          const migrants = indicator(row, `${d}.migrants`);
          // Flows are yearly rates (quarter × 4); family members of settling migrants are settled arrivals.
          expect((population - before[k][0]) * 4).toBe(
            flow('births') - flow('deaths_settled') - flow('returns_to_kin_state') + flow('transfers_to_settled') + flow('family_arrivals'),
          );
          expect((migrants - before[k][1]) * 4).toBe(
            flow('arrivals') - flow('departures') - flow('deaths_sojourners') - flow('transfers_to_settled'),
          );
          before[k] = [population, migrants];
        });
        before = before.map((b) => [...b]);
      }
    });
  }
});
