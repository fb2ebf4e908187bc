import { describe, expect, it } from 'vitest';
import { baseline, MODEL_TEST_SCALE, meanWithInterval, yearValue } from './support.js';

/**
 * Who is counted: shares and rates describe the settled diaspora, so an inflow of sojourners (more
 * labour migrants with legal status, many more exchange students) leaves them where they were except
 * through the documented channels: sojourners who settle (switched off here), and contact (students
 * meet hosts, whose prejudice falls; migrants and students are ties of the settled, so the young meet
 * more speakers of the heritage language). v1 counted sojourners in these shares: 20,000 student
 * places a year moved the Kazakh diaspora's employment by −8.3 points and its host language by −10.8.
 */
const SEEDS = [1, 2, 3, 4];
const YEAR = 2030;
const SETTLED_SHARES = [
  'host_language',
  'employment_rate',
  'integration_share',
  'separation_share',
  'advocacy_rate',
  'heritage_language_youth',
];
const NO_TRANSFERS = { 'students.stay_on_share': 0, 'migration.settle_share': 0 };

function pairedChange(levers: Record<string, number>, indicator: string): { mean: number; half: number } {
  const base = baseline({ personsPerAgent: MODEL_TEST_SCALE, endYear: YEAR, assumptions: NO_TRANSFERS });
  const changed = { ...base, levers };
  return meanWithInterval(SEEDS.map((seed) => yearValue(changed, seed, indicator, YEAR) - yearValue(base, seed, indicator, YEAR)));
}

describe('settled-diaspora indicators under sojourner inflows (transfers to the settled off)', () => {
  it.each([
    ['uz_in_kz', { 'uz_in_kz.migrant_legal_access': 1 }],
    ['kz_in_uz', { 'kz_to_uz.student_exchange_slots': 20_000 }],
  ])('%s: an inflow of sojourners moves no settled share by more than one percentage point', (d, levers) => {
    // The inflow is real: the sojourners present rise.
    expect(pairedChange(levers, `${d}.migrants`).mean).toBeGreaterThan(1000);
    for (const key of SETTLED_SHARES) {
      const { mean } = pairedChange(levers, `${d}.${key}`);
      expect(Math.abs(mean), `${d}.${key}`).toBeLessThan(0.01);
    }
    // The one documented channel to the settled: sojourners' contacts lower the hosts' prejudice, so
    // discrimination of the settled can only fall.
    const discrimination = pairedChange(levers, `${d}.discrimination_rate`);
    expect(discrimination.mean).toBeLessThan(0.001);
  });

  it('keeps the settled population unchanged to within 0.3% when no sojourner settles (an agent is 0.05%)', () => {
    const { mean } = pairedChange({ 'kz_to_uz.student_exchange_slots': 20_000 }, 'kz_in_uz.population');
    expect(Math.abs(mean) / 808_200).toBeLessThan(0.003);
  });
});
