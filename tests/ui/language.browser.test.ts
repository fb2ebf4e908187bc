import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../packages/analysis/src/index.js';
import { launchBrowser } from './support/browser.js';
import { labFixture } from './support/fixture.js';
import { appView, labUrl, openLab, tinyScenario, waitForComplete } from './support/lab.js';
import { checkNoEnglish, englishFragments } from './support/noEnglish.js';

// The lab in four languages: switched to Russian, no view shows English; numbers follow the locale;
// the choice is remembered and travels in share links.
const lab = labFixture();
const RU = MESSAGES.ru.lab;

beforeAll(async () => {
  await lab.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

// Scenario names are the author's words, so the test's scenarios are named in Russian.
const scenario = tinyScenario({ name: 'Проверочный сценарий', levers: { 'kz_to_uz.remittance_cost_pct': 0.5 } });
const baseline = tinyScenario({ name: 'Проверочный базовый вариант' });
const VIEW = { tab: 'charts', controls: 'levers', language: 'ru' };

/** The Map and Brief views draw once their own runs or the brief are made: wait for them. */
/** Two frames drawn: the renders that the last input started (Lit's, then the charts') are on screen. */
async function rendered(page: Page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function viewReady(page: Page, tab: string) {
  await rendered(page);
  if (tab === 'map') await page.locator('ds-region-map .panels[data-state="complete"] svg').first().waitFor({ timeout: 120_000 });
  if (tab === 'brief') await page.locator('ds-policy-brief iframe').waitFor({ timeout: 120_000 });
}

describe('languages', () => {
  it('the lab in Russian shows no English in any view, analyses’ results included', async () => {
    const { page, errors } = await openLab(lab.browser.context, labUrl(lab.site.url, scenario, baseline, VIEW));
    try {
      await waitForComplete(page);
      const english = englishFragments();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ru');
      for (const tab of ['levers', 'assumptions', 'scenario']) {
        await page.getByRole('tab', { name: RU[`app.tab.${tab}`], exact: true }).click();
        await checkNoEnglish(page, `the ${tab} tab`, english);
      }
      // A lever's (i) popover: meaning, range, evidence, source, baseline.
      await page.getByRole('tab', { name: RU['app.tab.levers'], exact: true }).click();
      await page.locator('ds-lever[data-parameter="kz_to_uz.remittance_cost_pct"] button.info').click();
      await checkNoEnglish(page, 'a lever’s information', english);
      await page.keyboard.press('Escape');
      for (const tab of ['charts', 'map', 'brief', 'strategies', 'sweep', 'sensitivity', 'model']) {
        await page.getByRole('tab', { name: RU[`app.tab.${tab}`], exact: true }).click();
        await viewReady(page, tab);
        await checkNoEnglish(page, `the ${tab} view`, english);
      }
      // The map of differences: its legend and the table's signed values.
      await page.getByRole('tab', { name: RU['app.tab.map'], exact: true }).click();
      await page.getByRole('radio', { name: RU['map.variant.difference'] }).check();
      await rendered(page);
      await checkNoEnglish(page, 'the map of differences', english);
      // The analyses with their results: a sweep (line, table) and a Morris screen (bars, table).
      await page.getByRole('tab', { name: RU['app.tab.sweep'], exact: true }).click();
      const sweep = page.locator('ds-sweep-view');
      await sweep.getByLabel(RU['sweep.seeds']).fill('1');
      await sweep.getByLabel(RU['sweep.persons']).fill('10000');
      await sweep.getByLabel(RU['sweep.points']).fill('2');
      await sweep.getByLabel(RU['sweep.points']).press('Tab');
      await sweep.getByRole('button', { name: RU['sweep.run'] }).click();
      await sweep.locator('.result .plot svg').first().waitFor({ timeout: 120_000 });
      await sweep.locator('.result summary').click();
      await checkNoEnglish(page, 'a sweep’s results', english);
      await page.getByRole('tab', { name: RU['app.tab.sensitivity'], exact: true }).click();
      const sensitivity = page.locator('ds-sensitivity-view');
      await sensitivity.getByLabel(RU['sensitivity.trajectories']).fill('2');
      await sensitivity.getByLabel(RU['sensitivity.persons']).fill('10000');
      await sensitivity.getByLabel(RU['sensitivity.persons']).press('Tab');
      await sensitivity.getByRole('button', { name: RU['sensitivity.run'] }).click();
      await sensitivity.locator('.result .plot svg').first().waitFor({ timeout: 200_000 });
      await sensitivity.locator('.result summary').click();
      await checkNoEnglish(page, 'a Morris screen’s results', english);
      await page.getByRole('tab', { name: RU['app.tab.charts'], exact: true }).click();
      await page.getByRole('radio', { name: RU['grid.difference'] }).check();
      await rendered(page);
      await checkNoEnglish(page, 'the charts of differences', english);
      await page.getByRole('button', { name: RU['chart.showTable'] }).first().click();
      await checkNoEnglish(page, 'a chart’s data table', english);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /Показанные показатели/ }).click();
      await checkNoEnglish(page, 'the indicator picker', english);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(['kk', 'uz'] as const)('the lab in %s shows no English message in any tab either, and writes its numbers', async (language) => {
    const { page } = await openLab(lab.browser.context, labUrl(lab.site.url, scenario, baseline, { ...VIEW, language }));
    try {
      await waitForComplete(page);
      // Their numbers as they write them, a decimal comma and a space between thousands, although
      // Chromium has no Kazakh or Uzbek number data (Russian's formats are the fallback).
      await expect(page.locator('[data-kpi="uz_in_kz.integration_share"] .value').textContent()).resolves.toMatch(/^\d+,\d\s?%$/);
      await expect(page.locator('.status-text').textContent()).resolves.toMatch(/10\s000/);
      const english = englishFragments();
      for (const tab of ['levers', 'assumptions', 'scenario', 'charts', 'map', 'brief', 'strategies', 'sweep', 'sensitivity', 'model']) {
        await page.getByRole('tab', { name: MESSAGES[language].lab[`app.tab.${tab}`], exact: true }).click();
        await viewReady(page, tab);
        await checkNoEnglish(page, `the ${tab} tab in ${language}`, english, language);
      }
    } finally {
      await page.close();
    }
  });

  it('numbers follow the locale: a decimal comma, Russian magnitude words, grouping by spaces', async () => {
    const { page } = await openLab(lab.browser.context, labUrl(lab.site.url, scenario, baseline, VIEW));
    try {
      await waitForComplete(page);
      const cards = await page.locator('ds-kpi-cards li').allTextContents();
      const money = await page.locator('[data-kpi="uz_in_kz.remittances_usd"] .value').textContent();
      expect(money).toMatch(/^\d+(,\d+)? (млрд|млн|тыс\.) долл\. США в год$/);
      const share = await page.locator('[data-kpi="uz_in_kz.integration_share"] .value').textContent();
      expect(share).toMatch(/^\d+,\d\s%$/);
      expect(cards.join(' ')).not.toMatch(/\d\.\d/);
      // 10,000 persons per agent: grouped with a (no-break) space, the Russian way.
      await expect(page.locator('.status-text').textContent()).resolves.toMatch(/1 агент на 10\s000 чел\./);
      const axis = await page
        .locator('ds-chart[data-indicator="uz_in_kz.remittances_usd"] svg [aria-label="y-axis label"]')
        .first()
        .textContent();
      expect(axis ?? '').toMatch(/(млрд|млн|тыс\.) долл\. США в год/);
    } finally {
      await page.close();
    }
  });

  it('the language chosen is remembered and survives a share link', async () => {
    const { page } = await openLab(lab.browser.context, labUrl(lab.site.url, scenario, baseline, { tab: 'charts' }));
    let other: Awaited<ReturnType<typeof launchBrowser>> | undefined;
    try {
      await waitForComplete(page);
      await expect(page.locator('header.top h1').textContent()).resolves.toBe(MESSAGES.en.lab['app.title']);
      await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('kk');
      await expect(page.locator('header.top h1').textContent()).resolves.toBe(MESSAGES.kk.lab['app.title']);
      expect((await appView(page)).language).toBe('kk');
      // Remembered: the lab opened afresh, without a link, speaks Kazakh.
      await page.goto(lab.site.url);
      await expect(page.locator('header.top h1').textContent()).resolves.toBe(MESSAGES.kk.lab['app.title']);
      await page.getByRole('combobox', { name: MESSAGES.kk.lab['app.language'], exact: true }).selectOption('uz');
      await page.getByRole('button', { name: MESSAGES.uz.lab['app.share'] }).click();
      await page.locator('[data-notice="share"]').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      // Another reader, another browser profile (nothing remembered): the link opens in Uzbek.
      other = await launchBrowser();
      const second = await other.context.newPage();
      await second.goto(link);
      await expect(second.locator('header.top h1').textContent()).resolves.toBe(MESSAGES.uz.lab['app.title']);
      await expect(second.evaluate(() => document.documentElement.lang)).resolves.toBe('uz');
      await expect(second.title()).resolves.toBe(MESSAGES.uz.lab['app.title']);
    } finally {
      await other?.close();
      await page.close();
    }
  });
});
