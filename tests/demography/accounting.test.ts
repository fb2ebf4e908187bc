import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../packages/engine/src/run/simulation.js';
import { DIASPORAS, INDICATOR_IDS } from '../../packages/engine/src/scenario/catalog/index.js';
import { Kind } from '../../packages/engine/src/state/codes.js';
import type { SimulationState } from '../../packages/engine/src/state/simulationState.js';
import { baselineWith, indicator } from './support.js';

function stocks(state: SimulationState): number[][] {
  const sums = DIASPORAS.map(() => [0, 0]);
  const p = state.persons;
  for (let i = 0; i < p.end; i++) if (p.alive[i]) sums[p.diaspora[i]][p.kind[i] === Kind.settled ? 0 : 1] += p.weight[i];
  return sums;
}

const variants: Array<[string, Record<string, unknown>]> = [
  ['baseline', {}],
  ['full migrant legal access', { 'uz_in_kz.migrant_legal_access': 1, 'kz_in_uz.migrant_legal_access': 1 }],
  ['strong repatriation incentive', { 'kz_in_uz.repatriation_incentive': 1 }],
];

describe('population accounting holds exactly at every step', () => {
  for (const [name, levers] of variants) {
    it(name, () => {
      const simulation = createSimulation(baselineWith({ endYear: 2025 }, levers), 3);
      const row = new Float64Array(INDICATOR_IDS.length);
      let before = stocks(simulation.state);
      for (let t = 0; t < simulation.stepsTotal; t++) {
        simulation.advance(row, 0);
        DIASPORAS.forEach((d, k) => {
          const flow = (key: string) => indicator(row, `${d}.${key}`);
          const population = indicator(row, `${d}.population`);
          const migrants = indicator(row, `${d}.migrants`);
          // Flows are yearly rates (quarter × 4).
          expect((population - before[k][0]) * 4).toBe(
            flow('births') - flow('deaths_settled') - flow('returns_to_kin_state') + flow('transfers_to_settled'),
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
