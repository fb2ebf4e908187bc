import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { runScenario } from '../../../packages/engine/src/run/runScenario.js';
import { INDICATOR_INDEX } from '../../../packages/engine/src/scenario/catalog/index.js';
import { parseScenario } from '../../../packages/engine/src/scenario/parse.js';
import { resolveScenario } from '../../../packages/engine/src/scenario/resolve.js';
import { isHostTie } from '../../../packages/engine/src/state/codes.js';
import { createInitialState } from '../../../packages/engine/src/state/createInitialState.js';
import { TIES_PER_AGENT } from '../../../packages/engine/src/state/persons.js';
import baselineJson from '../../../scenarios/baseline.json' with { type: 'json' };

function baseline(overrides: Record<string, unknown> = {}) {
  const parsed = parseScenario({ ...baselineJson, ...overrides });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return resolveScenario(parsed.scenario);
}

describe('initial state', () => {
  const resolved = baseline();
  const state = createInitialState(resolved, createRandomSource(1));
  const p = state.persons;

  it('weights add up to the 2021 figures per diaspora and kind', () => {
    const sums = [
      [0, 0, 0],
      [0, 0, 0],
    ];
    for (let i = 0; i < p.end; i++) sums[p.diaspora[i]][p.kind[i]] += p.weight[i];
    // Rounding to whole agents: within one agent's weight.
    expect(Math.abs(sums[0][0] - 614_000)).toBeLessThanOrEqual(80);
    expect(Math.abs(sums[1][0] - 808_200)).toBeLessThanOrEqual(80);
    expect(Math.abs(sums[0][1] - 209_300)).toBeLessThanOrEqual(80);
    expect(Math.abs(sums[0][2] - 3_700)).toBeLessThanOrEqual(4);
    expect(Math.abs(sums[1][2] - 639)).toBeLessThanOrEqual(4);
  });

  it('has a plausible young age structure and sex balance', () => {
    let settled = 0;
    let children = 0;
    let old = 0;
    let women = 0;
    for (let i = 0; i < p.end; i++) {
      if (p.kind[i] !== 0) continue;
      settled++;
      if (p.ageQuarters[i] < 15 * 4) children++;
      if (p.ageQuarters[i] >= 65 * 4) old++;
      if (p.sex[i] === 0) women++;
    }
    expect(children / settled).toBeGreaterThan(0.22);
    expect(children / settled).toBeLessThan(0.38);
    expect(old / settled).toBeGreaterThan(0.03);
    expect(old / settled).toBeLessThan(0.12);
    expect(women / settled).toBeGreaterThan(0.45);
    expect(women / settled).toBeLessThan(0.55);
  });

  it('builds ties within the diaspora, never to oneself, with co-ethnic shares near the enclave share', () => {
    let coethnic = 0;
    let wrong = 0;
    for (let i = 0; i < p.end; i++) {
      for (let k = 0; k < TIES_PER_AGENT; k++) {
        const tie = p.ties[i * TIES_PER_AGENT + k];
        if (isHostTie(tie)) {
          if (state.hosts.diaspora[~tie] !== p.diaspora[i]) wrong++;
          continue;
        }
        if (tie === i || p.diaspora[tie] !== p.diaspora[i]) wrong++;
        coethnic++;
      }
    }
    expect(wrong).toBe(0);
    let expected = 0;
    for (let i = 0; i < p.end; i++) expected += state.regions[p.region[i]].enclaveShare * TIES_PER_AGENT;
    expect(coethnic / expected).toBeGreaterThan(0.95);
    expect(coethnic / expected).toBeLessThan(1.05);
  });

  it('sorts the host sample by region, at least 30 per region', () => {
    const h = state.hosts;
    for (let r = 0; r < state.regions.length; r++) {
      expect(h.regionCount[r]).toBeGreaterThanOrEqual(30);
      for (let k = 0; k < h.regionCount[r]; k++) expect(h.region[h.regionStart[r] + k]).toBe(r);
    }
  });
});

describe('baseline smoke run', () => {
  it('runs a few steps with plausible populations', () => {
    const resolved = baseline({ endYear: 2022 });
    const result = runScenario(resolved, 1);
    const at = (step: number, id: string) => result.values[step * result.indicatorIds.length + (INDICATOR_INDEX.get(id) as number)];
    const last = result.steps - 1;
    expect(at(last, 'uz_in_kz.population')).toBeGreaterThan(550_000);
    expect(at(last, 'uz_in_kz.population')).toBeLessThan(700_000);
    expect(at(last, 'kz_in_uz.population')).toBeGreaterThan(730_000);
    expect(at(last, 'kz_in_uz.population')).toBeLessThan(900_000);
    expect(at(0, 'uz_in_kz.migrants')).toBeGreaterThan(150_000);
    for (const v of result.values) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('network over a run', () => {
  it('never points at a dead or freed slot, and person ties stay within the diaspora', async () => {
    const { createSimulation } = await import('../../../packages/engine/src/run/simulation.js');
    const { INDICATOR_IDS } = await import('../../../packages/engine/src/scenario/catalog/index.js');
    const simulation = createSimulation(baseline({ endYear: 2024 }), 2);
    const row = new Float64Array(INDICATOR_IDS.length);
    let bad = 0;
    for (let t = 0; t < simulation.stepsTotal; t++) {
      simulation.advance(row, 0);
      const s = simulation.state;
      const p = s.persons;
      const free = new Set(s.freeSlots.subarray(0, s.freeCount));
      expect(s.leftCount).toBe(0);
      for (let i = 0; i < p.end; i++) {
        if (!p.alive[i]) {
          if (!free.has(i)) bad++;
          continue;
        }
        for (let k = 0; k < TIES_PER_AGENT; k++) {
          const tie = p.ties[i * TIES_PER_AGENT + k];
          if (isHostTie(tie)) continue;
          if (!p.alive[tie] || tie === i || p.diaspora[tie] !== p.diaspora[i]) bad++;
        }
      }
    }
    expect(bad).toBe(0);
  });
});
