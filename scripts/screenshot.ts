/**
 * `pnpm screenshot`: the README's picture of the lab (docs/screenshot.png), made from the built site
 * in Debian's Chromium: a what-if against the baseline, at a coarser size than the files' so that it
 * takes a minute, once every seed is back. Options: --out FILE, --width N, --height N, --scenario FILE.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/ui/support/browser.js';
import { ensureBuilt, ROOT } from '../tests/ui/support/build.js';
import { labUrl, waitForComplete } from '../tests/ui/support/lab.js';
import { serveStatic } from '../tests/ui/support/staticServer.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(ROOT, 'docs/screenshot.png') },
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '1200' },
    scenario: { type: 'string', default: 'scenarios/full-cooperation.json' },
  },
});

const settings = { personsPerAgent: 4000, endYear: 2035, seeds: 4 };
const read = (file: string) => {
  const { $schema: _schema, ...scenario } = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
  return { ...scenario, ...settings };
};

const site = await serveStatic(await ensureBuilt());
const browser = await launchBrowser({ width: Number(values.width), height: Number(values.height) });
try {
  const page = await browser.context.newPage();
  await page.goto(labUrl(site.url, read(values.scenario), read('scenarios/baseline.json')));
  await waitForComplete(page, 0, 300_000);
  await page.evaluate(() => document.fonts.ready);
  // The charts on the first screen drawn from the complete results (the others are drawn when scrolled to).
  await page.waitForFunction((height) => {
    const grid = document.querySelector('ds-app')?.shadowRoot?.querySelector('ds-chart-grid');
    const charts = [...(grid?.shadowRoot?.querySelectorAll('ds-chart') ?? [])].filter((c) => c.getBoundingClientRect().top < height);
    return charts.every((c) => c.shadowRoot?.querySelector('.plot svg'));
  }, Number(values.height));
  // And the gallery's headline effects (its runs follow the comparison's).
  await page.waitForFunction(
    () => {
      const cards = document.querySelector('ds-app')?.shadowRoot?.querySelector('ds-gallery')?.shadowRoot?.querySelectorAll('.effect');
      return !!cards?.length && [...cards].every((c) => !/runs when/.test(c.textContent ?? ''));
    },
    undefined,
    { timeout: 300_000 },
  );
  writeFileSync(values.out, await page.screenshot({ fullPage: false }));
  console.log(`wrote ${values.out}`);
} finally {
  await browser.close();
  await site.close();
}
