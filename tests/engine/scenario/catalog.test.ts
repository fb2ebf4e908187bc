import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, DRIVERS, ENGINE_VERSION, INDICATORS, LEVERS } from '../../../packages/engine/src/index.js';

// The contract of the model brief (section 6) and issue 7 (enterprises with home-country capital): these ids are fixed.
const D = ['uz_in_kz', 'kz_in_uz'];
const CONTRACT_LEVERS = [
  ...D.flatMap((d) =>
    [
      'naturalization_wait_years',
      'local_voting_rights',
      'anti_discrimination',
      'language_course_seats',
      'credential_recognition',
      'migrant_legal_access',
      'credit_access',
      'home_engagement',
      'heritage_school_places',
      'cultural_events',
    ].map((k) => `${d}.${k}`),
  ),
  'kz_in_uz.repatriation_incentive',
  'kz_to_uz.remittance_cost_pct',
  'uz_to_kz.remittance_cost_pct',
  'trade.tariff_equivalent_pct',
  'trade.border_delay_days',
  'trade.cooperation_zone',
  'uz_to_kz.student_exchange_slots',
  'kz_to_uz.student_exchange_slots',
  'bilateral.research_grants',
];
const CONTRACT_INDICATORS = [
  ...D.flatMap((d) =>
    [
      'population',
      'migrants',
      'remittances_usd',
      'remittances_formal_usd',
      'investment_usd',
      'businesses',
      'trade_links',
      'knowledge_transfer',
      'advocacy_rate',
      'integration_share',
      'assimilation_share',
      'separation_share',
      'marginalization_share',
      'heritage_language_youth',
      'heritage_school_pupils',
      'host_language',
      'discrimination_rate',
      'home_capital_enterprises',
    ].map((k) => `${d}.${k}`),
  ),
  'bilateral.trade_usd',
  'bilateral.trust_index',
  'bilateral.exchange_participants',
];

describe('the model contract', () => {
  it('has exactly the 29 levers of the brief, with their ranges', () => {
    expect(CONTRACT_LEVERS).toHaveLength(29);
    expect(LEVERS.map((l) => l.id).sort()).toEqual([...CONTRACT_LEVERS].sort());
    const byId = new Map(LEVERS.map((l) => [l.id, l]));
    expect(byId.get('uz_in_kz.naturalization_wait_years')).toMatchObject({ default: 5, min: 0, max: 15 });
    expect(byId.get('kz_to_uz.remittance_cost_pct')).toMatchObject({ default: 2, min: 0, max: 15 });
    expect(byId.get('trade.tariff_equivalent_pct')).toMatchObject({ default: 15, min: 0, max: 60 });
    expect(byId.get('uz_in_kz.migrant_legal_access')).toMatchObject({ default: 0.73, min: 0, max: 1 });
  });

  it('has the 39 contract indicators, each with a unit', () => {
    expect(CONTRACT_INDICATORS).toHaveLength(39);
    const ids = INDICATORS.map((i) => i.id);
    for (const id of CONTRACT_INDICATORS) expect(ids).toContain(id);
    expect(
      INDICATORS.filter((i) => i.contract)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...CONTRACT_INDICATORS].sort());
    for (const i of INDICATORS) expect(i.unit.length).toBeGreaterThan(0);
  });

  it('gives every parameter a unit, a source, a default inside its range and a docs anchor', () => {
    for (const p of [...LEVERS, ...DRIVERS, ...ASSUMPTIONS]) {
      expect(p.unit, p.id).not.toBe('');
      expect(p.source.length, p.id).toBeGreaterThan(5);
      expect(p.default, p.id).toBeGreaterThanOrEqual(p.min);
      expect(p.default, p.id).toBeLessThanOrEqual(p.max);
      expect(p.docs, p.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('stamps the engine version of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../packages/engine/package.json', import.meta.url), 'utf8'));
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});
