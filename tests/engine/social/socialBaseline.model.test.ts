import { describe, expect, it } from 'vitest';
import { type RunResult, runScenario } from '../../../packages/engine/src/run/runScenario.js';
import { parseScenario } from '../../../packages/engine/src/scenario/parse.js';
import { resolveScenario } from '../../../packages/engine/src/scenario/resolve.js';
import baselineJson from '../../../scenarios/baseline.json' with { type: 'json' };

/**
 * The social submodel on the full baseline: its calibration targets (contact–prejudice correlation,
 * yearly discrimination) and the direction of its levers' main effects, paired over seeds (common
 * random numbers). Coarse agents keep it quick; the correlation is checked at 400 persons per agent
 * because it depends on how many ties a host agent receives (below about 1,000 the minimum of 30
 * host agents per region thins them out).
 */
function run(seed: number, personsPerAgent: number, endYear: number, levers: Record<string, number> = {}): RunResult {
  const parsed = parseScenario({ ...baselineJson, personsPerAgent, endYear, levers });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  return runScenario(resolveScenario(parsed.scenario), seed);
}

/** Mean of an indicator over the steps [from, to). */
function mean(r: RunResult, id: string, from = 0, to = r.steps): number {
  const ix = r.indicatorIds.indexOf(id);
  if (ix < 0) throw new Error(`no indicator ${id}`);
  let sum = 0;
  for (let t = from; t < to; t++) sum += r.values[t * r.indicatorIds.length + ix];
  return sum / (to - from);
}

const SEEDS = [1, 2, 3, 4];

describe('social calibration on the baseline (4 seeds, 2021–2025)', () => {
  const runs = SEEDS.map((seed) => run(seed, 400, 2025));

  it('correlates host contacts over the year and prejudice at about r = -0.1 to -0.2', () => {
    const r = ['uz_in_kz', 'kz_in_uz'].map(
      (d) => SEEDS.reduce((s, _, k) => s + mean(runs[k], `${d}.contact_prejudice_correlation`), 0) / SEEDS.length,
    );
    console.log('contact-prejudice r (uz_in_kz, kz_in_uz):', r.map((v) => v.toFixed(3)).join(', '));
    // Kazakhs meet Uzbeks more often (4 per Uzbek against 10 Uzbeks per Kazakh), so their r is stronger.
    for (const v of r) {
      expect(v).toBeLessThan(-0.07);
      expect(v).toBeGreaterThan(-0.26);
    }
    const pooled = (r[0] + r[1]) / 2;
    expect(pooled).toBeLessThan(-0.1);
    expect(pooled).toBeGreaterThan(-0.2);
  });

  it('has 10–30% of adults reporting discrimination in a year, every year', () => {
    for (const d of ['uz_in_kz', 'kz_in_uz']) {
      for (let year = 0; year < 5; year++) {
        const share = SEEDS.reduce((s, _, k) => s + mean(runs[k], `${d}.discrimination_rate`, 4 * year, 4 * year + 4), 0) / SEEDS.length;
        expect(share, `${d} ${2021 + year}`).toBeGreaterThan(0.1);
        expect(share, `${d} ${2021 + year}`).toBeLessThan(0.3);
      }
    }
  });
});

describe('direction of the social levers (paired over 4 seeds, 2021–2030, effect in 2030)', () => {
  const PPA = 1600;
  const END = 2030;
  const baseline = SEEDS.map((seed) => run(seed, PPA, END));
  /** Paired differences scenario − baseline in the last year, per seed. */
  const effect = (levers: Record<string, number>, ids: string[]) => {
    const runs = SEEDS.map((seed) => run(seed, PPA, END, levers));
    return ids.map((id) => runs.map((r, k) => mean(r, id, r.steps - 4) - mean(baseline[k], id, r.steps - 4)));
  };
  const all = (diffs: number[], sign: 1 | -1) => diffs.every((d) => sign * d > 0);

  it('more anti-discrimination enforcement: less discrimination', () => {
    const diffs = effect({ 'uz_in_kz.anti_discrimination': 0.9, 'kz_in_uz.anti_discrimination': 0.9 }, [
      'uz_in_kz.discrimination_rate',
      'kz_in_uz.discrimination_rate',
    ]);
    for (const d of diffs) expect(all(d, -1), String(d)).toBe(true);
  });

  it('more language-course seats: more adults proficient in the host language', () => {
    const diffs = effect({ 'uz_in_kz.language_course_seats': 100, 'kz_in_uz.language_course_seats': 100 }, [
      'uz_in_kz.host_language',
      'kz_in_uz.host_language',
    ]);
    for (const d of diffs) expect(all(d, 1), String(d)).toBe(true);
  });

  it('more heritage-school places: more pupils and more young heritage speakers', () => {
    const diffs = effect({ 'uz_in_kz.heritage_school_places': 1000, 'kz_in_uz.heritage_school_places': 1000 }, [
      'uz_in_kz.heritage_language_youth',
      'kz_in_uz.heritage_language_youth',
      'uz_in_kz.heritage_school_pupils',
      'kz_in_uz.heritage_school_pupils',
    ]);
    for (const d of diffs) expect(all(d, 1), String(d)).toBe(true);
  });

  it('more exchange students: higher bilateral trust and less host prejudice', () => {
    const diffs = effect({ 'uz_to_kz.student_exchange_slots': 15000, 'kz_to_uz.student_exchange_slots': 15000 }, [
      'bilateral.trust_index',
      'uz_in_kz.host_prejudice',
      'kz_in_uz.host_prejudice',
    ]);
    expect(all(diffs[0], 1), String(diffs[0])).toBe(true);
    expect(all(diffs[1], -1), String(diffs[1])).toBe(true);
    expect(all(diffs[2], -1), String(diffs[2])).toBe(true);
  });

  it('more cultural events: higher bilateral trust, less host prejudice and more integration', () => {
    const diffs = effect({ 'uz_in_kz.cultural_events': 50, 'kz_in_uz.cultural_events': 50 }, [
      'bilateral.trust_index',
      'uz_in_kz.host_prejudice',
      'kz_in_uz.host_prejudice',
      'uz_in_kz.integration_share',
    ]);
    expect(all(diffs[0], 1), String(diffs[0])).toBe(true);
    expect(all(diffs[1], -1), String(diffs[1])).toBe(true);
    expect(all(diffs[2], -1), String(diffs[2])).toBe(true);
    expect(diffs[3].reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});
