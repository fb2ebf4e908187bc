import { describe, expect, it } from 'vitest';
import { baseline, meanWithInterval, yearValue } from './support.js';

/**
 * Answers do not depend on the agent scale: the expected value of every headline indicator is the
 * same at 160 and at 1,280 persons per agent. Each scale's mean over its seeds (more seeds at the
 * coarse scale, whose runs are cheap and noisy) and their difference against its standard error: a
 * difference of more than 3.5 standard errors (about 1 in 2,000 by chance) fails.
 */
const YEAR = 2030;
const HEADLINE = [
  'uz_in_kz.population',
  'uz_in_kz.migrants',
  'uz_in_kz.remittances_formal_usd',
  'uz_in_kz.investment_usd',
  'uz_in_kz.businesses',
  'uz_in_kz.trade_links',
  'uz_in_kz.knowledge_transfer',
  'uz_in_kz.home_capital_enterprises',
  'uz_in_kz.integration_share',
  'uz_in_kz.host_language',
  'uz_in_kz.heritage_language_youth',
  'uz_in_kz.discrimination_rate',
  'uz_in_kz.advocacy_rate',
  'kz_in_uz.population',
  'kz_in_uz.returns_to_kin_state',
  'kz_in_uz.remittances_formal_usd',
  'kz_in_uz.businesses',
  'kz_in_uz.integration_share',
  'kz_in_uz.host_language',
  'kz_in_uz.discrimination_rate',
  'bilateral.trade_usd',
  'bilateral.trust_index',
];

function sample(personsPerAgent: number, seeds: number) {
  const scenario = baseline({ personsPerAgent, endYear: YEAR });
  return Array.from({ length: seeds }, (_, k) => HEADLINE.map((id) => yearValue(scenario, k + 1, id, YEAR)));
}

describe('scale invariance (2030)', () => {
  const fine = sample(160, 8);
  const coarse = sample(1280, 32);

  it.each(HEADLINE.map((id, i) => [id, i] as const))('%s agrees at 160 and 1,280 persons per agent', (_id, i) => {
    const a = meanWithInterval(fine.map((r) => r[i]));
    const b = meanWithInterval(coarse.map((r) => r[i]));
    const se = Math.sqrt(a.sd ** 2 / fine.length + b.sd ** 2 / coarse.length);
    const z = (a.mean - b.mean) / se;
    console.log(`${_id}: ${a.mean.toPrecision(4)} at 160, ${b.mean.toPrecision(4)} at 1,280 (z ${z.toFixed(2)})`);
    expect(Math.abs(z)).toBeLessThan(3.5);
  });
});
