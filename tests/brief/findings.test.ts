import { describe, expect, it } from 'vitest';
import {
  type ChangedLever,
  displayRound,
  type FindingsInput,
  findings,
  LOCALE_TAG,
  LOCALES,
  MAX_FINDINGS,
} from '../../packages/analysis/src/index.js';
import { INDICATOR_IDS } from '../../packages/engine/src/index.js';
import { handSummary } from './support/handSummary.js';

// The brief's findings from hand-built summaries: the numbers in the text are the summary's as
// displayed, an interval that includes zero always reads "no clear effect", the same input gives the
// same text.
const YEARS = [2029, 2030, 2031];
const COST_CUT: ChangedLever[] = [{ id: 'kz_to_uz.remittance_cost_pct', baseline: 2, scenario: 0.5 }];
const NO_CLEAR_EFFECT = {
  en: 'no clear effect',
  ru: 'нет явного эффекта',
  kk: 'айқын әсер етпейді',
  uz: 'aniq taʼsir koʻrsatmaydi',
} as const;
const NBSP = /[\u00a0\u202f]/g;

function input(cells: Parameters<typeof handSummary>[2], overrides: Partial<FindingsInput> = {}, seeds = 8): FindingsInput {
  return {
    summary: handSummary(INDICATOR_IDS, YEARS, cells, seeds),
    years: YEARS,
    indicatorIds: INDICATOR_IDS,
    changedLevers: COST_CUT,
    year: 2030,
    locale: 'en',
    ...overrides,
  };
}

/** Recorded remittances +35% (31% to 39%), total +15% (10% to 20%), host language +2.1 points, trade unclear. */
const REMITTANCES = {
  'uz_in_kz.remittances_formal_usd': { 2030: { baseline: 480e6, scenario: 648e6, low: 0.31 * 480e6, high: 0.39 * 480e6 } },
  'uz_in_kz.remittances_usd': { 2030: { baseline: 900e6, scenario: 1035e6, low: 0.1 * 900e6, high: 0.2 * 900e6 } },
  'uz_in_kz.host_language': { 2030: { baseline: 0.6, scenario: 0.621, low: 0.015, high: 0.027 } },
  'bilateral.trade_usd': { 2030: { baseline: 4.5e9, scenario: 4.6e9, low: -0.05e9, high: 0.25e9 } },
};

const percent = (locale: (typeof LOCALES)[number], x: number) =>
  new Intl.NumberFormat(LOCALE_TAG[locale], { style: 'percent', maximumFractionDigits: 4 }).format(x / 100).replace(NBSP, ' ');
const decimal = (locale: (typeof LOCALES)[number], x: number) =>
  new Intl.NumberFormat(LOCALE_TAG[locale], { maximumFractionDigits: 4 }).format(x).replace(NBSP, ' ');

describe('findings', () => {
  it('reads like the issue: the lever, its values, the indicator, the change with its interval, the year', () => {
    const [first] = findings(input(REMITTANCES));
    expect(first.kind).toBe('effect');
    expect(first.text).toBe(
      'Cutting “Cost of sending money Kazakhstan → Uzbekistan” from 2% to 0.5% raises “Recorded remittances home (Uzbeks in Kazakhstan)” by 35% (31% to 39%) in 2030: 648 million USD per year against 480 million USD per year in the baseline.',
    );
  });

  it("puts the summary's numbers, rounded as displayed, into every language", () => {
    for (const locale of LOCALES) {
      const result = findings(input(REMITTANCES, { locale }));
      const texts = result.map((f) => f.text.replace(NBSP, ' '));
      for (const f of result) {
        const text = f.text.replace(NBSP, ' ');
        expect(text, locale).toContain('2030');
        if (f.kind !== 'effect' || !f.change) continue;
        const { change, low, high } = f.change.shown;
        const numbers =
          f.change.scale === 'points'
            ? [change, low, high].map((x) => decimal(locale, x))
            : [change, low, high].map((x) => decimal(locale, x));
        for (const n of numbers) expect(text, `${locale}: ${text}`).toContain(n);
        if (f.change.scale === 'relative' && locale !== 'uz') expect(text).toContain(percent(locale, change));
      }
      const recorded = result.find((f) => f.change?.indicator === 'uz_in_kz.remittances_formal_usd');
      expect(recorded?.change?.shown).toEqual({ change: 35, low: 31, high: 39 });
      const host = result.find((f) => f.change?.indicator === 'uz_in_kz.host_language');
      expect(host?.change?.shown).toEqual({ change: 2.1, low: 1.5, high: 2.7 });
      expect(
        texts.some((t) => t.includes(decimal(locale, 2.1))),
        locale,
      ).toBe(true);
    }
  });

  it('rounds as displayRound does: whole per cent from 10, two significant digits below', () => {
    const small = { 'uz_in_kz.remittances_formal_usd': { 2030: { baseline: 1000, scenario: 1012.34, low: 4.567, high: 20.11 } } };
    const [f] = findings(input(small));
    expect(f.change?.shown).toEqual({ change: displayRound(1.234), low: 0.46, high: 2 });
    expect(f.text).toContain('by 1.2% (0.46% to 2%)');
  });

  it('words an interval that includes zero as "no clear effect" in every language, never as a rise or fall', () => {
    const unclear = {
      'uz_in_kz.remittances_formal_usd': { 2030: { baseline: 480e6, scenario: 500e6, low: -0.02 * 480e6, high: 0.1 * 480e6 } },
      'uz_in_kz.remittances_usd': { 2030: { baseline: 900e6, scenario: 890e6, low: 0, high: 0.05 * 900e6 } },
    };
    for (const locale of LOCALES) {
      const result = findings(input(unclear, { locale }));
      expect(result.length).toBeGreaterThanOrEqual(3);
      for (const f of result) {
        expect(f.kind, f.text).toBe('noEffect');
        expect(f.text, locale).toContain(NO_CLEAR_EFFECT[locale]);
      }
      const recorded = result.find((f) => f.change?.indicator === 'uz_in_kz.remittances_formal_usd');
      expect(recorded?.change?.clear).toBe(false);
      const total = result.find((f) => f.change?.indicator === 'uz_in_kz.remittances_usd');
      expect(total?.change?.clear, 'an interval touching zero includes it').toBe(false);
    }
  });

  it('notes when recorded and total remittances move differently (money changing channels)', () => {
    const result = findings(input(REMITTANCES));
    const note = result.find((f) => f.kind === 'remittances');
    expect(note?.text).toBe(
      'For Uzbeks in Kazakhstan, total remittances (all channels) change by +15% and recorded remittances by +35% in 2030: part of the money moves from informal channels into banks and transfer systems.',
    );
    const same = { ...REMITTANCES, 'uz_in_kz.remittances_usd': REMITTANCES['uz_in_kz.remittances_formal_usd'] };
    expect(findings(input(same)).some((f) => f.kind === 'remittances')).toBe(false);
  });

  it('gives three to five findings, the lever’s own indicator first, then the largest clear effects', () => {
    const many = {
      ...REMITTANCES,
      'kz_in_uz.businesses': { 2030: { baseline: 1000, scenario: 1500, low: 400, high: 600 } },
      'bilateral.trust_index': { 2030: { baseline: 0.5, scenario: 0.55, low: 0.04, high: 0.06 } },
      'kz_in_uz.population': { 2030: { baseline: 800e3, scenario: 808e3, low: 6e3, high: 10e3 } },
    };
    const result = findings(input(many));
    expect(result.length).toBeLessThanOrEqual(MAX_FINDINGS);
    expect(result[0].change?.indicator).toBe('uz_in_kz.remittances_formal_usd');
    expect(result[1].change?.indicator).toBe('kz_in_uz.businesses'); // +50%, the largest other
    expect(findings(input({})).length).toBe(3);
  });

  it('is deterministic: the same input, the same text', () => {
    for (const locale of LOCALES) {
      const a = findings(input(REMITTANCES, { locale })).map((f) => f.text);
      const b = findings(input(REMITTANCES, { locale })).map((f) => f.text);
      expect(a).toEqual(b);
    }
  });

  it('names several levers by their count, with the plural form of each language', () => {
    const levers = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: [
          'trade.border_delay_days',
          'trade.tariff_equivalent_pct',
          'kz_to_uz.remittance_cost_pct',
          'uz_to_kz.remittance_cost_pct',
          'bilateral.research_grants',
        ][i],
        baseline: 2,
        scenario: 1,
      }));
    const subject = (n: number, locale: (typeof LOCALES)[number]) =>
      findings(input(REMITTANCES, { changedLevers: levers(n), locale }))[0].text;
    expect(subject(3, 'en')).toMatch(/^The scenario, with 3 levers changed, (raises|has no clear effect)/);
    expect(subject(3, 'ru')).toMatch(/^Сценарий \(изменено 3 параметра\)/);
    expect(subject(5, 'ru')).toMatch(/^Сценарий \(изменено 5 параметров\)/);
    expect(subject(3, 'kk')).toMatch(/^3 параметрі өзгертілген сценарий/);
    expect(subject(3, 'uz')).toMatch(/^3 ta parametri oʻzgartirilgan ssenariy/);
  });

  it('switches read as switching on, and one seed gives no interval to state', () => {
    const zone = [{ id: 'trade.cooperation_zone', baseline: 0, scenario: 1 }];
    expect(findings(input(REMITTANCES, { changedLevers: zone }))[0].text).toMatch(
      /^Switching on “Cross-border cooperation zone operating” has no clear effect on “Bilateral trade turnover”/,
    );
    const one = findings(input(REMITTANCES, {}, 1));
    expect(one).toHaveLength(1);
    expect(one[0].kind).toBe('tooFewSeeds');
    expect(findings(input(REMITTANCES, { locale: 'ru' }, 1))[0].text).toContain('1 зерно');
  });
});
