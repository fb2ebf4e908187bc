/**
 * Browser benchmark of the policy lab (`pnpm bench:ui`), on the built site in Debian's Chromium, at
 * the default scenario's settings (8 seeds, 160 persons per agent, 2021–2045), baseline runs cached:
 * 1. drawing one chart (Observable Plot, 100 quarterly steps, both variants with bands);
 * 2. after a lever move, each to the frame painted: "Updating", the first results (the ensemble's
 *    first seed), the 8 seeds complete; medians over BENCH_MOVES moves, then a burst of moves 150 ms
 *    apart (the earlier ones superseded while they run); main-thread tasks over 50 ms meanwhile;
 * 3. the 16-seed bands after a lever move.
 * With BENCH_BEFORE=<git ref>, 2 and 3 also run on the lab built from that commit, in the same run,
 * each measure right after this tree's. Targets (issue 9): 8 seeds < 2 s, 16 seeds < 4 s, first
 * update painted < 100 ms; benchmarks report, tests never time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/ui/support/browser.js';
import { ensureBuilt, ROOT } from '../tests/ui/support/build.js';
import { labUrl, waitForComplete } from '../tests/ui/support/lab.js';
import { serveStatic } from '../tests/ui/support/staticServer.js';
import { builtLabAt } from './builtRef.js';
import { installProbe, type MoveTimes, timeBurst, timeMove } from './labProbe.js';

const MOVES = Number(process.env.BENCH_MOVES ?? 5);
const BEFORE = process.env.BENCH_BEFORE;
const TIMEOUT_MS = 300_000;
const SLIDER = 'input[data-lever="trade.tariff_equivalent_pct"]';

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (value: number) => (value < 0 ? '–' : value < 2000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(1)} s`);

interface Site {
  readonly label: string;
  readonly url: string;
}

/** Opens the lab on `scenario` against itself, waits for complete results, focuses the slider. */
async function openAndSettle(site: Site, newPage: () => Promise<Page>, scenario: object): Promise<{ page: Page; loadMs: number }> {
  const page = await newPage();
  await page.addInitScript('window.__name = (f) => f');
  const started = Date.now();
  await page.goto(labUrl(site.url, scenario as Record<string, unknown>));
  await waitForComplete(page, 0, TIMEOUT_MS);
  const loadMs = Date.now() - started;
  await page.locator('ds-chart').first().scrollIntoViewIfNeeded();
  await installProbe(page);
  await page.locator(SLIDER).focus();
  return { page, loadMs };
}

async function chartDrawing(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const app = document.querySelector('ds-app') as unknown as { shadowRoot: ShadowRoot };
    const grid = app.shadowRoot.querySelector('ds-chart-grid') as unknown as { shadowRoot: ShadowRoot };
    const chart = grid.shadowRoot.querySelector('ds-chart') as unknown as { draw(): void };
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      chart.draw();
      times.push(performance.now() - t0);
    }
    return times.slice(10);
  });
}

async function main() {
  const baseline = JSON.parse(readFileSync(join(ROOT, 'scenarios/baseline.json'), 'utf8'));
  const { $schema: _schema, ...base } = baseline;
  console.log('Building the site(s)…');
  const servers = [await serveStatic(await ensureBuilt())];
  const sites: Site[] = [{ label: 'this tree', url: servers[0].url }];
  if (BEFORE) {
    const before = await builtLabAt(BEFORE);
    servers.push(await serveStatic(before.dist));
    sites.push({ label: `before (${BEFORE}, ${before.commit.slice(0, 7)})`, url: servers[1].url });
  }
  const browser = await launchBrowser();
  const newPage = () => browser.context.newPage();
  const rows: Array<[string, ...string[]]> = [];
  const row = (label: string, values: string[]) => {
    rows.push([label, ...values]);
    console.log(`${label}: ${values.join(' | ')}`);
  };
  try {
    const probe = await newPage();
    await probe.goto(sites[0].url);
    const cores = await probe.evaluate(() => navigator.hardwareConcurrency);
    await probe.close();
    console.log(
      `Chromium, ${cores} cores; ${base.personsPerAgent} persons per agent, ${base.startYear}–${base.endYear}; sites: ${sites.map((s) => s.label).join(' | ')}`,
    );

    // 2. Eight seeds: single moves from rest, then a burst.
    const single: MoveTimes[][] = sites.map(() => []);
    const bursts: MoveTimes[] = [];
    const loads: number[] = [];
    const longTasks: number[][] = [];
    for (const [i, site] of sites.entries()) {
      const { page, loadMs } = await openAndSettle(site, newPage, { ...base, seeds: 8 });
      loads.push(loadMs);
      if (i === 0) {
        const draws = await chartDrawing(page);
        console.log(`Drawing one chart: median ${ms(median(draws))} (target < 10 ms)`);
      }
      for (let m = 0; m < MOVES; m++) single[i].push(await timeMove(page, 'ArrowRight', TIMEOUT_MS));
      bursts.push(await timeBurst(page, 'ArrowRight', 4, 150, TIMEOUT_MS));
      longTasks.push(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks));
      await page.close();
    }
    const of = (list: MoveTimes[], key: keyof MoveTimes) => median(list.map((t) => t[key]));
    row('Page load → 8 seeds complete', loads.map(ms));
    row(
      `Lever move → "Updating" painted (median of ${MOVES}; target 100 ms for the first update)`,
      single.map((l) => ms(of(l, 'updating'))),
    );
    row(
      `Lever move → first results painted (median of ${MOVES}; 100 ms if the first update means numbers)`,
      single.map((l) => ms(of(l, 'firstResults'))),
    );
    row(
      `Lever move → 8 seeds complete, painted (median of ${MOVES}; target 2 s)`,
      single.map((l) => ms(of(l, 'complete'))),
    );
    row(
      'Burst of 4 moves 150 ms apart: last move → first results',
      bursts.map((t) => ms(t.firstResults)),
    );
    row(
      'Burst of 4 moves 150 ms apart: last move → 8 seeds complete',
      bursts.map((t) => ms(t.complete)),
    );
    row(
      'Main-thread tasks over 50 ms during the moves (count, longest)',
      longTasks.map((l) => `${l.length}, ${ms(l.length ? Math.max(...l) : 0)}`),
    );

    // 3. Sixteen seeds.
    const sixteen: Array<{ load: number; move: MoveTimes }> = [];
    for (const site of sites) {
      const { page, loadMs } = await openAndSettle(site, newPage, { ...base, seeds: 16 });
      sixteen.push({ load: loadMs, move: await timeMove(page, 'ArrowRight', TIMEOUT_MS) });
      await page.close();
    }
    row(
      'Page load → 16 seeds complete',
      sixteen.map((s) => ms(s.load)),
    );
    row(
      'Lever move → 16-seed bands complete, painted (target 4 s)',
      sixteen.map((s) => ms(s.move.complete)),
    );
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  console.log(`\n| measure | ${sites.map((s) => s.label).join(' | ')} |\n|---|${sites.map(() => '---|').join('')}`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

await main();
