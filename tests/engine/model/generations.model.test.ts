import { describe, expect, it } from 'vitest';
import { createSimulation, INDICATOR_IDS, resolveScenario } from '../../../packages/engine/src/index.js';
import { Kind } from '../../../packages/engine/src/state/codes.js';
import { baseline, MODEL_TEST_SCALE } from './support.js';

/**
 * Acculturation across generations in the baseline, as every survey of immigrants finds: the second
 * generation (born in the host country to a parent born abroad) speaks the host language more often
 * and integrates more than the first (born abroad). Measured on settled adults in 2035, over 4 seeds.
 */
const ADULT = 18 * 4;

function byGeneration(seed: number) {
  const simulation = createSimulation(resolveScenario(baseline({ personsPerAgent: MODEL_TEST_SCALE, endYear: 2035 })), seed);
  const row = new Float64Array(INDICATOR_IDS.length);
  while (simulation.step < simulation.stepsTotal) simulation.advance(row, 0);
  const p = simulation.state.persons;
  const sums = [1, 2].map(() => ({ persons: 0, host: 0, integrated: 0 }));
  for (let i = 0; i < p.end; i++) {
    if (!p.alive[i] || p.kind[i] !== Kind.settled || p.ageQuarters[i] < ADULT || p.generation[i] > 2) continue;
    const s = sums[p.generation[i] - 1];
    s.persons += p.weight[i];
    if (p.hostLanguage[i] >= 0.5) s.host += p.weight[i];
    if (p.hostOrientation[i] >= 0.5 && p.heritageOrientation[i] >= 0.5) s.integrated += p.weight[i];
  }
  return sums.map((s) => ({ host: s.host / s.persons, integrated: s.integrated / s.persons }));
}

describe('generations (baseline, 2035)', () => {
  const seeds = [1, 2, 3, 4].map(byGeneration);
  const mean = (f: (g: ReturnType<typeof byGeneration>) => number) => seeds.reduce((a, g) => a + f(g), 0) / seeds.length;

  it('gives the second generation more host-language speakers than the first', () => {
    const first = mean((g) => g[0].host);
    const second = mean((g) => g[1].host);
    console.log(`host language, settled adults 2035: first generation ${first.toFixed(3)}, second ${second.toFixed(3)}`);
    expect(second).toBeGreaterThan(first + 0.05);
  });

  it('gives the second generation a larger integration share than the first', () => {
    const first = mean((g) => g[0].integrated);
    const second = mean((g) => g[1].integrated);
    console.log(`integration, settled adults 2035: first generation ${first.toFixed(3)}, second ${second.toFixed(3)}`);
    expect(second).toBeGreaterThan(first);
  });
});
