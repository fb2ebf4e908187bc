import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { labFixture } from './support/fixture.js';
import { appScenario, appView, BASELINE, labUrl, openLab, shareToken, tinyScenario, waitForComplete } from './support/lab.js';

// Share links: the whole view travels, a damaged one is kept where the reader can see it.
const lab = labFixture();

beforeAll(async () => {
  await lab.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const VIEW = {
  mode: 'difference',
  indicators: ['bilateral.trade_usd', 'uz_in_kz.remittances_usd', 'bilateral.trust_index'],
  year: 2022,
  sampleAssumptions: true,
  yearly: true,
  tab: 'charts',
  controls: 'assumptions',
  language: 'en',
  mapIndicator: 'heritage_language_youth',
  mapVariant: 'difference',
};

describe('share links', () => {
  it('a share link restores the view exactly: scenario, baseline, chart mode, indicators, year, bands, tabs and the map', async () => {
    const baseline = tinyScenario({ name: 'A baseline from a link', levers: { 'trade.border_delay_days': 3 } });
    const { page } = await openLab(lab.browser.context, labUrl(lab.site.url, tinyScenario({ name: 'Shared scenario' }), baseline, VIEW));
    let second: Page | undefined;
    try {
      const first = await waitForComplete(page);
      // The view of the link is the view on screen.
      expect(await appView(page)).toEqual(VIEW);
      await expect(page.getByRole('radio', { name: 'Difference (paired)' }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole('checkbox', { name: 'Yearly values' }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole('checkbox', { name: 'Bands include assumption uncertainty' }).isChecked()).resolves.toBe(true);
      await expect(page.getByRole('tab', { name: 'Assumptions' }).getAttribute('aria-selected')).resolves.toBe('true');
      expect(await page.locator('ds-chart').count()).toBe(3);
      await expect(page.locator('ds-chart .legend').first().textContent()).resolves.toMatch(/chance and assumptions/);
      // Change the view and the scenario, then share.
      await page.getByRole('tab', { name: 'Levers' }).click();
      await page.getByRole('radio', { name: 'Baseline and scenario' }).check();
      const slider = page.getByRole('slider', { name: 'Cost of sending money Kazakhstan → Uzbekistan' });
      await slider.focus();
      await page.keyboard.press('ArrowLeft');
      await waitForComplete(page, first);
      await page.getByRole('button', { name: 'Copy share link' }).click();
      await page.locator('[data-notice="share"]').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(page.url());
      expect(link).toMatch(/#lab=[A-Za-z0-9_-]+$/);
      const original = { ...(await appScenario(page)), view: await appView(page) };
      expect(original.view).toMatchObject({ mode: 'levels', controls: 'levers', yearly: true, year: 2022 });
      second = await lab.browser.context.newPage();
      await second.goto(link);
      await waitForComplete(second);
      expect({ ...(await appScenario(second)), view: await appView(second) }).toEqual(original);
      await expect(second.locator('.comparison').textContent()).resolves.toMatch(
        /Shared scenario\s+compared with\s+A baseline from a link/,
      );
      // The Map view shows the indicator and variant of the link.
      await second.getByRole('tab', { name: 'Map' }).click();
      await expect(second.locator('ds-region-map select').inputValue()).resolves.toBe('heritage_language_youth');
      await expect(second.getByRole('radio', { name: 'Difference (scenario − baseline)' }).isChecked()).resolves.toBe(true);
    } finally {
      await second?.close();
      await page.close();
    }
  });

  it('a damaged link shows a clear message, falls back to the baseline, and stays in the address bar until the reader changes something', async () => {
    const token = shareToken(tinyScenario(), tinyScenario());
    const tampered = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
    for (const hash of [
      `#lab=${tampered}`,
      `#lab=${token.slice(0, token.length - 9)}`,
      '#lab=not*base64',
      `#lab=${shareToken(tinyScenario({ levers: { 'trade.tariff_equivalent_pct': 500 } }), tinyScenario())}`,
    ]) {
      const { page, errors } = await openLab(lab.browser.context, lab.site.url + hash);
      try {
        const notice = page.locator('[data-notice="bad-link"]');
        await notice.waitFor();
        await expect(notice.textContent()).resolves.toMatch(/This link could not be opened: .+Showing the baseline instead/s);
        const { scenario } = await appScenario(page);
        expect(scenario.name).toBe(BASELINE.name);
        expect(errors).toEqual([]);
        if (hash === '#lab=not*base64') {
          // The first seed of the baseline at its own scale is back: the address is still the damaged link.
          await page.waitForFunction(
            () => document.querySelector('ds-app')?.shadowRoot?.querySelector('.status')?.getAttribute('data-state') !== 'updating',
            undefined,
            {
              timeout: 120_000,
            },
          );
          expect(new URL(page.url()).hash).toBe(hash);
          await page.getByRole('radio', { name: 'Difference (paired)' }).check();
          await page.waitForFunction((damaged) => location.hash !== damaged && location.hash.startsWith('#lab='), hash);
        }
      } finally {
        await page.close();
      }
    }
  });

  it('nothing from a link is rendered as HTML', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { page } = await openLab(lab.browser.context, labUrl(lab.site.url, tinyScenario({ name: hostile, description: hostile })));
    try {
      await waitForComplete(page);
      await expect(page.locator('.comparison .scenario').textContent()).resolves.toBe(hostile);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await page.close();
    }
  });
});
