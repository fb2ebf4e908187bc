import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LabBrowser, launchBrowser } from './support/browser.js';
import { ensureBuilt } from './support/build.js';
import { appScenario, collectErrors } from './support/lab.js';
import { type StaticSite, serveStatic } from './support/staticServer.js';

// A link made by the v1 lab opens in today's lab with a notice of what was read differently; one
// that cannot be migrated is refused with a message naming the assumption (the decoding itself is
// tested in Node: shareLink.test.ts).
const LINKS: Record<string, string> = JSON.parse(
  readFileSync(new URL('../scenarios/fixtures/v1/share-links.json', import.meta.url), 'utf8'),
);

let site: StaticSite;
let browser: LabBrowser;

beforeAll(async () => {
  site = await serveStatic(await ensureBuilt());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a v1 share link in the lab', () => {
  it('opens migrated, with a notice that says what was mapped to what', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    try {
      await page.goto(`${site.url}${LINKS['edited-in-the-lab']}`);
      const notice = page.locator('[data-notice="link-read"]');
      await notice.waitFor({ timeout: 60_000 });
      const text = await notice.textContent();
      expect(text).toContain('This link was made with another version of diaspora-sim and was read as follows:');
      // The assumption by its label in the lab's language, beside its id.
      expect(text).toContain(
        'scenario: assumption Pull of proficiency on orientations (acculturation.language_pull): 0.3 (orientation per proficiency point, v1) mapped to 1.2',
      );
      const { scenario } = await appScenario(page);
      expect(scenario.schemaVersion).toBe(2);
      expect((scenario.assumptions as Record<string, number>)['acculturation.language_pull']).toBe(1.2);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('is refused, naming the assumption, when it cannot be migrated', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${site.url}${LINKS['unmappable-threshold']}`);
      const notice = page.locator('[data-notice="bad-link"]');
      await notice.waitFor({ timeout: 60_000 });
      expect(await notice.textContent()).toContain('assumptions["investment.threshold_months"]: assumption investment.threshold_months: 6');
    } finally {
      await page.close();
    }
  });
});
