import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../packages/engine/src/index.js';
import { baseline, runMean, yearlyMeans } from './fullModel.js';

/**
 * The direction of each economy lever's main effect on the full model, 2021–2025 at 800 persons per
 * agent, averaged over seeds. Scenario and baseline share their random numbers seed by seed (common
 * random numbers), so the mean paired difference is measured far more precisely than either run.
 */
const SEEDS = [1, 2, 3];
const COARSE = baseline({ personsPerAgent: 800, endYear: 2025 });
const INDICATORS = [
  'uz_in_kz.remittances_formal_usd',
  'kz_in_uz.remittances_formal_usd',
  'uz_in_kz.businesses',
  'kz_in_uz.businesses',
  'uz_in_kz.investment_usd',
  'kz_in_uz.investment_usd',
  'bilateral.trade_usd',
  'uz_in_kz.knowledge_transfer',
  'kz_in_uz.knowledge_transfer',
  'uz_in_kz.advocacy_rate',
  'kz_in_uz.advocacy_rate',
  'uz_in_kz.employment_rate',
  'kz_in_uz.employment_rate',
];

const baselineRuns = new Map<number, ReturnType<typeof yearlyMeans>>();
function baselineRun(seed: number) {
  let run = baselineRuns.get(seed);
  if (!run) {
    run = yearlyMeans(COARSE, seed, INDICATORS);
    baselineRuns.set(seed, run);
  }
  return run;
}

/** Mean over seeds of (scenario − baseline) in the sum of the indicators named, over the run. */
function pairedEffect(levers: Scenario['levers'], indicators: readonly string[]): { effect: number; base: number } {
  let effect = 0;
  let base = 0;
  for (const seed of SEEDS) {
    const scenario = yearlyMeans({ ...COARSE, levers }, seed, indicators);
    const reference = baselineRun(seed);
    for (const id of indicators) {
      effect += (runMean(scenario, id) - runMean(reference, id)) / SEEDS.length;
      base += runMean(reference, id) / SEEDS.length;
    }
  }
  return { effect, base };
}

describe('direction of the economy levers (full model, paired over seeds)', () => {
  it.each([
    [
      'higher remittance cost lowers recorded remittances',
      { 'kz_to_uz.remittance_cost_pct': 6, 'uz_to_kz.remittance_cost_pct': 6 },
      ['uz_in_kz.remittances_formal_usd', 'kz_in_uz.remittances_formal_usd'],
      -1,
    ],
    [
      'more credit access means more businesses',
      { 'uz_in_kz.credit_access': 1, 'kz_in_uz.credit_access': 1 },
      ['uz_in_kz.businesses', 'kz_in_uz.businesses'],
      1,
    ],
    [
      'more credit access means more investment at home',
      { 'uz_in_kz.credit_access': 1, 'kz_in_uz.credit_access': 1 },
      ['uz_in_kz.investment_usd', 'kz_in_uz.investment_usd'],
      1,
    ],
    [
      'stronger home engagement means more investment at home',
      { 'uz_in_kz.home_engagement': 1, 'kz_in_uz.home_engagement': 1 },
      ['uz_in_kz.investment_usd', 'kz_in_uz.investment_usd'],
      1,
    ],
    ['higher tariffs lower trade', { 'trade.tariff_equivalent_pct': 30 }, ['bilateral.trade_usd'], -1],
    ['longer border delays lower trade', { 'trade.border_delay_days': 6 }, ['bilateral.trade_usd'], -1],
    ['a cooperation zone raises trade', { 'trade.cooperation_zone': 1 }, ['bilateral.trade_usd'], 1],
    [
      'more research grants mean more knowledge transfer',
      { 'bilateral.research_grants': 200 },
      ['uz_in_kz.knowledge_transfer', 'kz_in_uz.knowledge_transfer'],
      1,
    ],
    [
      'local voting rights raise advocacy',
      { 'uz_in_kz.local_voting_rights': 1, 'kz_in_uz.local_voting_rights': 1 },
      ['uz_in_kz.advocacy_rate', 'kz_in_uz.advocacy_rate'],
      1,
    ],
    [
      'more credential recognition raises employment',
      { 'uz_in_kz.credential_recognition': 1, 'kz_in_uz.credential_recognition': 1 },
      ['uz_in_kz.employment_rate', 'kz_in_uz.employment_rate'],
      1,
    ],
  ] as const)('%s', (_name, levers, indicators, sign) => {
    const { effect, base } = pairedEffect(levers, indicators);
    console.log(
      `${_name}: paired effect ${effect.toPrecision(3)} on a baseline of ${base.toPrecision(3)} (${((100 * effect) / base).toFixed(2)}%)`,
    );
    expect(Math.sign(effect)).toBe(sign);
  });
});
