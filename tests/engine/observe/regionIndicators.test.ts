import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../packages/engine/src/data/regions.js';
import { DIASPORAS, INDICATOR_IDS, parseScenario, REGION_INDICATORS, runScenario } from '../../../packages/engine/src/index.js';

/**
 * Regional indicators add up to the national ones: each diaspora's regions hold all its settled
 * members, migrants, students, business owners and remittances (conservation), and shares stay
 * within 0–1. Checked every quarter of a short baseline run.
 */
const parsed = parseScenario(JSON.parse(readFileSync(new URL('../../../scenarios/baseline.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('baseline does not parse');
const result = runScenario({ ...parsed.scenario, personsPerAgent: 1500, endYear: 2024 }, 3, { regions: true });
const K = REGION_INDICATORS.length;
const R = REGIONS.length;
const column = (id: string) => REGION_INDICATORS.findIndex((r) => r.id === id);

describe('regional indicators', () => {
  it('name every region of the engine, in its order', () => {
    expect(result.regionNames).toEqual(REGIONS.map((r) => r.name));
  });

  // The national "migrants" are all sojourners: labour migrants and students.
  it.each([
    [['population'], 'population'],
    [['migrants', 'students'], 'migrants'],
    [['students'], 'students'],
    [['businesses'], 'businesses'],
    [['remittances_usd'], 'remittances_usd'],
  ])('%s of a diaspora’s regions sum to its national %s, every quarter', (regional, national) => {
    const values = result.regionValues as Float64Array;
    for (let t = 0; t < result.steps; t++) {
      DIASPORAS.forEach((d, di) => {
        let sum = 0;
        for (let r = 0; r < R; r++) {
          if (REGIONS[r].diaspora === di) for (const id of regional) sum += values[(t * R + r) * K + column(id)];
        }
        const expected = result.values[t * INDICATOR_IDS.length + INDICATOR_IDS.indexOf(`${d}.${national}`)];
        expect(Math.abs(sum - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
      });
    }
  });

  it('keeps shares and indices within 0–1 and puts most settled Uzbeks of Kazakhstan in Turkestan region', () => {
    const values = result.regionValues as Float64Array;
    for (const id of ['heritage_language_youth', 'host_language', 'host_prejudice', 'host_attitude']) {
      for (let k = 0; k < result.steps * R; k++) {
        const v = values[k * K + column(id)];
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    // data/regions.ts: Turkestan holds 0.585 of the settled community at the start.
    const turkestan = values[0 * K + column('population')];
    const all = REGIONS.reduce((sum, r, k) => sum + (r.diaspora === 0 ? values[k * K + column('population')] : 0), 0);
    expect(turkestan / all).toBeGreaterThan(0.5);
    expect(turkestan / all).toBeLessThan(0.67);
  });
});
