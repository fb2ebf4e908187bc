import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../packages/analysis/src/index.js';
import { labFixture } from './support/fixture.js';
import { labUrl, openLab, tinyScenario, waitForComplete } from './support/lab.js';
import { checkNoEnglish, englishFragments } from './support/noEnglish.js';

// What the engine says (a refused file, an invalid schedule, how an older link was read) shows in the
// lab's language: no English message and, in Russian and Kazakh, no Latin word outside code.
const lab = labFixture();
const LINKS: Record<string, string> = JSON.parse(
  readFileSync(new URL('../scenarios/fixtures/v1/share-links.json', import.meta.url), 'utf8'),
);
const TARIFF = 'trade.tariff_equivalent_pct';
type Language = 'ru' | 'kk' | 'uz';

/** The words of a message before its first placeholder: enough to know the message is shown. */
const lead = (language: Language, key: string) => MESSAGES[language].lab[key].split('{{')[0].trim();

/** The lab in a language, with a scenario named in it (a scenario's name is its author's words). */
function url(language: Language, controls: string) {
  const scenario = tinyScenario({ name: 'Проверочный сценарий' });
  return labUrl(lab.site.url, scenario, scenario, { tab: 'charts', controls, language });
}

async function loadFile(page: Page, name: string, text: string) {
  await page
    .locator('ds-scenario-panel input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function badFiles(page: Page, language: Language) {
  const english = englishFragments();
  const notice = page.locator('[data-notice="bad-file"]');
  // Each file, and words of its message in the language (the second one's: zod's, with a key quoted).
  const files: Array<[string, string, string]> = [
    // An unknown id with a suggestion, and a value outside its range.
    [
      'ids.json',
      JSON.stringify({ schemaVersion: 2, name: 'Ошибки', levers: { 'uz_in_kz.anti_discriminaton': 1, [TARIFF]: 500 } }),
      lead(language, 'problem.unknown_id.levers'),
    ],
    // zod's own checks: a type, a size, an unknown key.
    ['fields.json', JSON.stringify({ schemaVersion: 2, name: 7, seeds: 0, sedes: 3 }), 'sedes'],
    ['broken.json', '{"schemaVersion": 2,', lead(language, 'problem.json_syntax')],
  ];
  for (const [name, text, shown] of files) {
    await loadFile(page, name, text);
    await expect.poll(() => notice.textContent()).toContain(shown);
    await expect(notice.textContent()).resolves.toContain(name);
    await checkNoEnglish(page, `a refused file (${name}) in ${language}`, english, language);
  }
}

async function migratedLink(page: Page, language: Language) {
  // A link made by the v1 lab carries no language: the reader's (remembered) one applies.
  await page.addInitScript((chosen) => localStorage.setItem('diaspora-sim.language', chosen), language);
  await page.goto(`${lab.site.url}${LINKS['edited-in-the-lab']}`);
  const notice = page.locator('[data-notice="link-read"]');
  await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toContain(lead(language, 'problem.schema_migrated'));
  // The scenario's own name is English (its author's words): the notice is what is checked.
  await checkNoEnglish(page, `a v1 link’s notes in ${language}`, englishFragments(), language, '[data-notice="link-read"]');
}

/** A sweep whose end lies outside the parameter's range, typed in the sweep view's fields, refused in the language. */
async function sweepOutsideRange(page: Page, language: Language) {
  const words = MESSAGES[language].lab;
  await page.getByRole('tab', { name: words['app.tab.sweep'], exact: true }).click();
  const sweep = page.locator('ds-sweep-view');
  // The first axis is the tariff (0 to 60): its fields are From, To and Points, in that order.
  const to = sweep.locator('fieldset').first().locator('input[type="number"]').nth(1);
  await to.fill('99');
  await to.press('Tab');
  await sweep.getByRole('button', { name: words['sweep.run'] }).click();
  const alert = sweep.getByRole('alert');
  await expect.poll(() => alert.textContent()).toContain(lead(language, 'problem.sweep_outside_range'));
  // The first grid value past the end of the range (0 to 99 in five points: 74.25) is named, and the range.
  await expect(alert.textContent()).resolves.toMatch(/74[,.]25.*60/);
  await expect(alert.locator('code').first().textContent()).resolves.toBe(TARIFF);
  await checkNoEnglish(page, `a sweep outside its parameter’s range in ${language}`, englishFragments(), language);
}

describe('the engine’s messages in the lab’s language', () => {
  it('a refused file, in Russian, says what is wrong in Russian', async () => {
    const { page, errors } = await openLab(lab.browser.context, url('ru', 'scenario'));
    try {
      await waitForComplete(page);
      await badFiles(page, 'ru');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('an invalid schedule typed in the schedule editor, in Russian, gets a Russian message', async () => {
    const RU = MESSAGES.ru.lab;
    const { page } = await openLab(lab.browser.context, url('ru', 'levers'));
    try {
      await waitForComplete(page);
      const english = englishFragments();
      const lever = page.locator(`ds-lever[data-parameter="${TARIFF}"]`);
      await lever.getByRole('button', { name: RU['lever.vary'] }).click();
      const editor = lever.locator('ds-schedule-editor');
      await editor.getByRole('button', { name: RU['schedule.add'] }).click();
      await editor.locator('[data-step-value="1"]').fill('99');
      await editor.locator('[data-step-value="1"]').press('Tab');
      const issues = editor.locator('#issues');
      await expect.poll(() => issues.textContent()).toContain(lead('ru', 'problem.schedule_out_of_range'));
      await checkNoEnglish(page, 'a step outside the range', english);
      await editor.getByRole('radio', { name: RU['schedule.expression'] }).check();
      const expression = editor.locator('#expression');
      // mathjs' own words stay, quoted and marked as English, after a Russian lead.
      await expression.fill('2 * (year');
      await expression.press('Tab');
      await expect.poll(() => issues.textContent()).toContain(lead('ru', 'problem.expression_unparsable'));
      await expect(issues.locator('q[lang="en"]').count()).resolves.toBe(1);
      await checkNoEnglish(page, 'an expression that does not parse', english);
      await expression.fill('evaluate(year)');
      await expression.press('Tab');
      await expect.poll(() => issues.textContent()).toContain(lead('ru', 'problem.schedule_expression'));
      await checkNoEnglish(page, 'a function that is not allowed', english);
    } finally {
      await page.close();
    }
  });

  it.each(['ru', 'kk', 'uz'] as const)('a v1 share link, in %s, says how it was read in that language', async (language) => {
    const page = await lab.browser.context.newPage();
    try {
      await migratedLink(page, language);
    } finally {
      await page.close();
    }
  });

  it.each(['kk', 'uz'] as const)('a refused file, in %s, says what is wrong in that language', async (language) => {
    const { page } = await openLab(lab.browser.context, url(language, 'scenario'));
    try {
      await waitForComplete(page);
      await badFiles(page, language);
    } finally {
      await page.close();
    }
  });

  it.each(['ru', 'kk'] as const)(
    'a sweep refused for a range outside its parameter’s, in %s, says why in that language',
    async (language) => {
      const { page, errors } = await openLab(lab.browser.context, url(language, 'levers'));
      try {
        await waitForComplete(page);
        await sweepOutsideRange(page, language);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('a link made with another engine version says so in the lab’s language', async () => {
    const scenario = tinyScenario({ name: 'Проверочный сценарий' });
    const json = JSON.stringify({ format: 2, engineVersion: '0.0.1', scenario, baseline: scenario, view: { language: 'ru' } });
    const page = await lab.browser.context.newPage();
    try {
      await page.goto(`${lab.site.url}#lab=${deflateRawSync(Buffer.from(json)).toString('base64url')}`);
      const notice = page.locator('[data-notice="link-read"]');
      await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toContain(lead('ru', 'problem.link.engine'));
      await checkNoEnglish(page, 'another engine’s link', englishFragments(), 'ru', '[data-notice="link-read"]');
    } finally {
      await page.close();
    }
  });
});
