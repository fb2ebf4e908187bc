import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labFixture } from './support/fixture.js';
import { appScenario, labStatus, labUrl, openLab, runValues, tinyScenario, waitForComplete } from './support/lab.js';

// Warm workers: the batch pool has a worker per reported core, started with the page; a run nobody
// wants any more is cancelled on its worker, which then takes the next run (no Worker is created).
const lab = labFixture();
const CORES = 3;

// Before any script of the page: a browser reporting CORES cores, and a count of every Worker created, by name.
const EMULATE_AND_COUNT = `
  Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${CORES} });
  window.workersCreated = [];
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(url, options) {
      super(url, options);
      window.workersCreated.push(options && options.name ? options.name : '');
    }
  };
`;

/** Workers of the lab's lever pool ('batch') and of the others created so far, by pool. */
async function leverWorkers(page: Page): Promise<Record<string, number>> {
  const names = await page.evaluate(() => (window as unknown as { workersCreated: string[] }).workersCreated);
  const counts: Record<string, number> = {};
  for (const name of names) {
    const pool = name.replace('diaspora-engine ', '');
    counts[pool] = (counts[pool] ?? 0) + 1;
  }
  return counts;
}

/** Runs of the lever pool cancelled on their workers so far. */
const cancelledRuns = (page: Page) =>
  page.evaluate(() => {
    const app = document.querySelector('ds-app') as unknown as { engine: { workers: { cancelled: Record<string, number> } } };
    const { cancelled } = app.engine.workers;
    return cancelled.batch ?? 0;
  });

function sameBits(a: number[][], b: number[][]): boolean {
  return a.length === b.length && a.every((run, i) => run.length === b[i].length && run.every((v, k) => Object.is(v, b[i][k])));
}

describe('warm workers (built site)', () => {
  it('a batch worker per reported core, started with the page; superseded runs are cancelled on their workers, none is created, and the results equal an uncancelled run bit for bit', async () => {
    const page = await lab.browser.context.newPage();
    await page.addInitScript(EMULATE_AND_COUNT);
    const url = labUrl(lab.site.url, tinyScenario({ seeds: 6, personsPerAgent: 2000, endYear: 2030 }));
    await page.goto(url);
    try {
      // Started with the lab, every one, before its first run is even queued (a lazy pool would have at most two).
      await page.waitForFunction(
        () => (document.querySelector('ds-app') as unknown as { engine?: unknown }).engine !== undefined,
        undefined,
        {
          timeout: 120_000,
        },
      );
      expect((await leverWorkers(page)).batch).toBe(CORES);
      expect(
        await page.evaluate(() => (document.querySelector('ds-app') as unknown as { engine: { batchSize: number } }).engine.batchSize),
      ).toBe(CORES);
      let generation = await waitForComplete(page);
      const cancelledAtLoad = await cancelledRuns(page);
      const slider = page.locator('input[data-lever="trade.tariff_equivalent_pct"]');
      await slider.focus();
      // Moves in quick succession: each supersedes the runs of the one before.
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      generation = await waitForComplete(page, generation);
      // Once a seed of the batch pool is back, its workers are running the others: supersede those too
      // (if all are back before the page shows two, this move supersedes nothing, and the quick moves count).
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (after) => {
          const app = document.querySelector('ds-app') as unknown as { results?: { generation: number; done: number; complete: boolean } };
          const r = app.results;
          return r !== undefined && r.generation > after && (r.done >= 2 || r.complete);
        },
        generation,
        { timeout: 120_000 },
      );
      await page.keyboard.press('ArrowRight');
      await waitForComplete(page, generation);
      expect((await leverWorkers(page)).batch).toBe(CORES);
      const cancelled = await cancelledRuns(page);
      // Runs cancelled: the quick moves supersede up to three first seeds, the move in mid-ensemble the batch runs.
      expect(cancelled - cancelledAtLoad).toBeGreaterThanOrEqual(2);
      expect((await labStatus(page)).state).toBe('complete');
      const cancelledThenRun = await runValues(page);
      // The same settings opened afresh: nothing superseded, nothing cancelled.
      const { scenario, baseline } = await appScenario(page);
      const fresh = await openLab(lab.browser.context, labUrl(lab.site.url, scenario, baseline));
      try {
        await waitForComplete(fresh.page);
        const uncancelled = await runValues(fresh.page);
        expect(sameBits(cancelledThenRun.scenario, uncancelled.scenario)).toBe(true);
        expect(sameBits(cancelledThenRun.baseline, uncancelled.baseline)).toBe(true);
      } finally {
        await fresh.page.close();
      }
    } finally {
      await page.close();
    }
  });
});
