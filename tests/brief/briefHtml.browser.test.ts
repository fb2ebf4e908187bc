import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BriefInput,
  buildBriefHtml,
  type ChangedLever,
  findings,
  LOCALES,
  MAX_LEVER_ROWS,
  type MorrisRow,
} from '../../packages/analysis/src/index.js';
import { INDICATOR_IDS, LEVERS } from '../../packages/engine/src/index.js';
import { type LabBrowser, launchBrowser } from '../ui/support/browser.js';
import { handSummary } from './support/handSummary.js';

// The printable brief: its structure, that nothing from input becomes markup, and that the fullest
// brief prints on one A4 page in Debian's Chromium in every language.
const YEARS = [2029, 2030, 2031];
const HASH = 'ab'.repeat(32);
const summary = handSummary(INDICATOR_IDS, YEARS, {
  'uz_in_kz.remittances_formal_usd': { 2030: { baseline: 480e6, scenario: 648e6, low: 0.31 * 480e6, high: 0.39 * 480e6 } },
  'uz_in_kz.remittances_usd': { 2030: { baseline: 900e6, scenario: 1035e6, low: 0.1 * 900e6, high: 0.2 * 900e6 } },
  'uz_in_kz.host_language': { 2030: { baseline: 0.6, scenario: 0.621, low: 0.015, high: 0.027 } },
  'kz_in_uz.businesses': { 2030: { baseline: 1000, scenario: 1500, low: 400, high: 600 } },
  'bilateral.trust_index': { 2030: { baseline: 0.5, scenario: 0.55, low: 0.04, high: 0.06 } },
});
const ONE_LEVER: ChangedLever[] = [{ id: 'kz_to_uz.remittance_cost_pct', baseline: 2, scenario: 0.5 }];
/** More levers than the table shows, each moved within its range. */
const MANY_LEVERS: ChangedLever[] = LEVERS.slice(0, MAX_LEVER_ROWS + 2).map((d) => ({
  id: d.id,
  baseline: d.default,
  scenario: (d.min + d.max) / 2,
}));
const MORRIS: MorrisRow[] = [
  ['remittances.migrant_share', 9e7],
  ['remittances.formal_cost_slope', 6e7],
  ['kz_to_uz.remittance_cost_pct', 5e7], // a lever: not an assumption, left out
  ['remittances.informal_cost_pct', 4e7],
  ['income.migrant_wage_ratio', 3e7],
  ['migration.mean_stay_years', 2e7],
  ['civic.intercept', 1e3],
].map(([parameter, muStar]) => ({
  parameter: parameter as string,
  muStar: muStar as number,
  sigma: 0,
  mu: 0,
  muStarLow: 0,
  muStarHigh: 0,
}));
const chart = (title: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"><title>${title}</title><rect width="300" height="150" fill="#eef"/><script>alert(1)</script></svg>`;

function brief(overrides: Partial<BriefInput> = {}): BriefInput {
  const locale = overrides.locale ?? 'en';
  const changedLevers = overrides.changedLevers ?? ONE_LEVER;
  return {
    locale,
    scenarioName: 'Remittance costs cut',
    baselineName: 'Baseline',
    findings: findings({ summary, years: YEARS, indicatorIds: INDICATOR_IDS, changedLevers, year: 2030, locale }),
    changedLevers,
    screen: { indicator: 'uz_in_kz.remittances_formal_usd', year: 2030, rows: MORRIS },
    charts: [chart('Recorded remittances'), chart('Total remittances'), chart('Host language'), chart('A fourth')].map((svg, i) => ({
      title: ['Recorded remittances', 'Total remittances', 'Host language', 'A fourth'][i],
      svg,
    })),
    stamp: { engineVersion: '0.1.0', scenarioSha256: HASH, seeds: [1, 2, 3, 4, 5, 6, 7, 8], personsPerAgent: 400 },
    shareLink: 'https://lab.example/#s=abc&lang=en',
    band: 'chance',
    date: new Date(Date.UTC(2026, 11, 3)),
    ...overrides,
  };
}

const parse = (html: string) => parseHTML(html).document;

describe('the brief as HTML', () => {
  it('has the title, the findings, the levers with their evidence, the assumptions, three charts and the stamp', () => {
    const input = brief();
    const doc = parse(buildBriefHtml(input));
    expect(doc.querySelector('h1')?.textContent).toBe('Remittance costs cut compared with Baseline');
    expect([...doc.querySelectorAll('ol.findings li')].map((li) => li.textContent)).toEqual(input.findings.map((f) => f.text));
    const lever = doc.querySelector('.levers-section tbody tr')?.textContent ?? '';
    expect(lever).toContain('Cost of sending money Kazakhstan → Uzbekistan');
    expect(lever).toContain('Assumption: no World Bank corridor price');
    expect(lever).not.toContain('assumption: Assumption');
    const assumptions = [...doc.querySelectorAll('.assumptions-section tbody tr')].map((tr) => tr.querySelector('td')?.textContent);
    expect(assumptions).toHaveLength(5);
    expect(assumptions[0]).toBe('Remittances: share of a migrant’s income');
    expect(assumptions).not.toContain('Cost of sending money Kazakhstan → Uzbekistan');
    expect(doc.querySelectorAll('figure img')).toHaveLength(3);
    expect(doc.querySelector('.stamp')?.textContent).toBe(
      `Reproduce: Engine 0.1.0 · scenario SHA-256 ${HASH} · seeds 1–8 · 400 persons per agent`,
    );
    expect(doc.querySelector('footer a')?.getAttribute('href')).toBe('https://lab.example/#s=abc&lang=en');
    expect(doc.documentElement.getAttribute('lang')).toBe('en-GB');
  });

  it('says the assumptions were not assessed without a screen, and lists at most five levers', () => {
    const doc = parse(buildBriefHtml(brief({ screen: undefined, changedLevers: MANY_LEVERS })));
    expect(doc.querySelector('.assumptions-section p')?.textContent).toMatch(/^Not assessed/);
    expect(doc.querySelectorAll('.levers-section tbody tr')).toHaveLength(MAX_LEVER_ROWS);
    expect(doc.querySelector('.levers-section .note')?.textContent).toBe('And 2 more levers (see the scenario file).');
  });

  it('escapes every value from input: names, links and chart SVGs never become markup', () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const html = buildBriefHtml(brief({ scenarioName: evil, baselineName: '"quoted" & <b>bold</b>', shareLink: 'javascript:alert(1)' }));
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('b')).toHaveLength(0);
    expect([...doc.querySelectorAll('img')].every((img) => img.getAttribute('src')?.startsWith('data:image/svg+xml;charset=utf-8,'))).toBe(
      true,
    );
    expect(doc.querySelector('h1')?.textContent).toBe(`${evil} compared with "quoted" & <b>bold</b>`);
    expect(doc.querySelector('footer a')).toBeNull();
    expect(doc.querySelector('footer')?.textContent).toContain('javascript:alert(1)');
    expect(html).not.toMatch(/<script|<img src=x/);
  });

  it('is the same page for the same input, and carries an A4 print stylesheet', () => {
    expect(buildBriefHtml(brief())).toBe(buildBriefHtml(brief()));
    const style = parse(buildBriefHtml(brief())).querySelector('style')?.textContent ?? '';
    expect(style).toMatch(/@page\s*{\s*size:\s*A4/);
    expect(style).toContain('@media print');
  });

  it('marks a translation as not yet reviewed, in its own language', () => {
    expect(parse(buildBriefHtml(brief())).querySelector('.unreviewed')).toBeNull();
    const ru = parse(buildBriefHtml(brief({ locale: 'ru' })));
    expect(ru.querySelector('.unreviewed')?.textContent).toBe('Этот перевод ещё не проверен носителем языка.');
    expect(ru.documentElement.getAttribute('lang')).toBe('ru-RU');
  });
});

describe('the brief printed by Chromium', () => {
  let browser: LabBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fits the fullest brief (five findings, five levers, five assumptions, three charts) on one A4 page in every language', async () => {
    const page = await browser.context.newPage();
    for (const locale of LOCALES) {
      const input = brief({ locale, changedLevers: MANY_LEVERS });
      await page.setContent(buildBriefHtml({ ...input, findings: brief({ locale }).findings }));
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, locale).toBe(1);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      for (const f of brief({ locale }).findings) expect(text.replace(/\s+/g, ' ')).toContain(f.text.replace(/\s+/g, ' '));
    }
    await page.close();
  });
});
