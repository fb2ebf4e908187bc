import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { labFixture } from './support/fixture.js';
import { appScenario, labStatus, labUrl, openLab, runValues, tinyScenario, waitForComplete } from './support/lab.js';

// The lab as a reader meets it: what it runs, what it says while it runs, and how it recovers.
// Every wait is for a state the page shows, never for a length of time.
const TARIFF = 'trade.tariff_equivalent_pct';
const TRADE = 'bilateral.trade_usd';

const lab = labFixture();

function sameBits(a: number[][], b: number[][]): boolean {
  return a.length === b.length && a.every((run, i) => run.length === b[i].length && run.every((v, k) => Object.is(v, b[i][k])));
}

/**
 * Records every rendered change of the status and of the cards' out-of-date mark (a MutationObserver
 * sees each render, however few frames the machine draws), and marks where a user input came in.
 */
async function watchChanges(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { changes: Array<Record<string, unknown>>; inputAt?: number; observer?: MutationObserver };
    w.changes = [];
    const app = document.querySelector('ds-app') as HTMLElement;
    const root = app.shadowRoot as ShadowRoot;
    type Lit = HTMLElement & { updateComplete: Promise<unknown> };
    const snapshot = () => {
      const status = root.querySelector<HTMLElement>('.status');
      const cards = root.querySelector('ds-kpi-cards');
      w.changes.push({
        state: status?.dataset.state,
        text: status?.querySelector('.status-text')?.textContent?.trim(),
        generation: Number(status?.dataset.generation),
        cardsStale: cards?.hasAttribute('stale'),
        cardsText: cards?.shadowRoot?.textContent ?? '',
      });
    };
    // A render of the app updates the cards in a later microtask: read the page once both are done
    // (microtasks, so no worker message can come in between).
    const record = () => {
      const cards = root.querySelector('ds-kpi-cards') as Lit;
      void Promise.all([(app as Lit).updateComplete, cards.updateComplete]).then(snapshot);
    };
    w.observer = new MutationObserver(record);
    w.observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const cards = root.querySelector('ds-kpi-cards');
    if (cards?.shadowRoot) w.observer.observe(cards.shadowRoot, { subtree: true, childList: true, characterData: true });
    window.addEventListener('input', () => (w.inputAt = w.changes.length), { capture: true, once: true });
  });
}

describe('the policy lab in a real browser (built site)', () => {
  it('opens on a what-if against the baseline, with the gallery, the levers and a headline, and no console errors', {
    timeout: 300_000,
  }, async () => {
    const { page, errors } = await openLab(lab.browser.context, lab.site.url);
    try {
      // The first seed of the real ensemble, at the files' own scale, comes first.
      await page.waitForFunction(
        () => document.querySelector('ds-app')?.shadowRoot?.querySelector('.status')?.getAttribute('data-state') !== 'updating',
        undefined,
        {
          timeout: 300_000,
        },
      );
      const { scenario, baseline } = await appScenario(page);
      expect(scenario.name).toBe('Full cooperation');
      expect(baseline.name).toBe('Baseline: 2021 status quo');
      const status = await labStatus(page);
      if (status.state === 'partial') expect(status.text).toMatch(/\d+ of 8 seeds/);
      await expect(page.locator('.headline').textContent()).resolves.toMatch(/^By 2030, .+ (higher|lower) than in the baseline/);
      expect(await page.locator('ds-gallery li').count()).toBe(7);
      // Every lever of the contract is there (the what-if schedules most of them, so they show their schedule).
      expect(await page.locator('ds-lever-panel[section="levers"] ds-lever[data-parameter]').count()).toBe(29);
      expect(await page.locator('ds-chart').count()).toBe(8);
      expect(page.workers().length).toBeGreaterThanOrEqual(2);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('after a lever move the status reads "Updating" from the first render, old figures stay marked until new ones arrive, and the first seed agrees with the full runs', async () => {
    // Runs of about 70,000 agent-steps: the lab's warm workers finished the tiny runs of the other
    // tests within the first frame after the input on a quiet machine, leaving no frame to check.
    const { page, errors } = await openLab(
      lab.browser.context,
      labUrl(lab.site.url, tinyScenario({ seeds: 6, personsPerAgent: 1000, endYear: 2030 })),
    );
    try {
      const first = await waitForComplete(page);
      const before = await runValues(page);
      await watchChanges(page);
      const slider = page.getByRole('slider', { name: 'Tariff and non-tariff barriers' });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      const done = await waitForComplete(page, first);
      const changes = await page.evaluate(() => {
        const w = window as unknown as { changes: Array<Record<string, unknown>>; inputAt: number; observer: MutationObserver };
        w.observer.disconnect();
        return w.changes.slice(w.inputAt);
      });
      const afterInput = changes;
      // The first render after the input: "Updating", the cards marked, until results of the new setting come in
      // (a render happens within the frame, so this is what the first frame shows).
      expect(afterInput[0]).toMatchObject({ state: 'updating', cardsStale: true });
      expect(afterInput[0].text).toMatch(/^Updating/);
      const firstNew = afterInput.findIndex((f) => (f.generation as number) > first);
      expect(firstNew).toBeGreaterThan(0);
      for (const f of afterInput.slice(0, firstNew)) expect(f).toMatchObject({ state: 'updating', cardsStale: true });
      for (const f of afterInput.slice(firstNew)) expect(f.cardsStale).toBe(false);
      // Incomplete results say how many seeds they hold and never claim "no change".
      const partial = afterInput.filter((f) => f.state === 'partial');
      for (const f of partial) {
        expect(f.text).toMatch(/of 6 seeds/);
        expect(f.cardsText).not.toMatch(/No change/);
        expect(f.cardsText).toMatch(/Provisional: \d of 6 seeds/);
      }
      const after = await runValues(page);
      expect(done).toBeGreaterThan(first);
      expect(sameBits(after.baseline, before.baseline)).toBe(true);
      // Higher trade costs: less trade, in every seed, at the end of the horizon.
      const column = after.ids.indexOf(TRADE);
      const last = (after.years.length - 1) * after.ids.length + column;
      for (let s = 0; s < after.scenario.length; s++) expect(after.scenario[s][last]).toBeLessThan(before.scenario[s][last]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a preview's values agree with the full runs' within their band: each seed shown early is the ensemble's own run of that seed", async () => {
    const { page } = await openLab(
      lab.browser.context,
      labUrl(lab.site.url, tinyScenario({ seeds: 6, personsPerAgent: 4000, endYear: 2027 })),
    );
    try {
      const first = await waitForComplete(page);
      // Keep the scenario runs of the first partial results of the new request, by seed index (runs to
      // 2027: long enough that the first seeds finish frames before the last on any machine).
      await page.evaluate((after) => {
        const w = window as unknown as { previewRuns?: Array<[number, number[]]> };
        const app = document.querySelector('ds-app') as unknown as {
          results?: { generation: number; complete: boolean; scenario: { runs: Array<{ values: Float64Array } | undefined> } };
        };
        const tick = () => {
          const r = app.results;
          if (r && r.generation > after && !w.previewRuns) {
            if (r.complete) return;
            const shown = r.scenario.runs.flatMap((run, k) => (run ? [[k, Array.from(run.values)] as [number, number[]]] : []));
            if (shown.length > 0) w.previewRuns = shown;
          }
          if (!w.previewRuns) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }, first);
      await page.locator(`input[data-lever="${TARIFF}"]`).focus();
      await page.keyboard.press('ArrowLeft');
      await waitForComplete(page, first);
      const preview = await page.evaluate(() => (window as unknown as { previewRuns?: Array<[number, number[]]> }).previewRuns);
      const full = await runValues(page);
      expect(preview, 'partial results were shown before the full ones').toBeDefined();
      const column = full.ids.indexOf(TRADE);
      for (const [seed, values] of preview ?? []) {
        // Same agents, same scale, same random numbers: a seed shown early is the full ensemble's run of that seed, bit for bit,
        expect(sameBits([values], [full.scenario[seed]]), `seed index ${seed}`).toBe(true);
        // so every value of it lies within the full runs' spread.
        for (let t = 0; t < full.years.length; t++) {
          const at = t * full.ids.length + column;
          const spread = full.scenario.map((r) => r[at]);
          expect(values[at]).toBeGreaterThanOrEqual(Math.min(...spread));
          expect(values[at]).toBeLessThanOrEqual(Math.max(...spread));
        }
      }
    } finally {
      await page.close();
    }
  });

  it('a schedule edited in place takes effect from its year (and an invalid one gets the schema message)', async () => {
    const { page, errors } = await openLab(lab.browser.context, labUrl(lab.site.url, tinyScenario()));
    try {
      await waitForComplete(page);
      const lever = page.locator(`ds-lever[data-parameter="${TARIFF}"]`);
      await lever.getByRole('button', { name: 'Vary by year…' }).click();
      const editor = lever.locator('ds-schedule-editor');
      await editor.getByRole('button', { name: 'Add a step' }).click();
      await editor.getByLabel('Step 2: from year').fill('2022');
      await editor.getByLabel('Step 2: from year').press('Tab');
      await editor.getByLabel(/Step 2: value/).fill('99');
      await editor.getByLabel(/Step 2: value/).press('Tab');
      await expect(editor.locator('#issues').textContent()).resolves.toMatch(/outside the range 0 to 60/);
      await editor.getByLabel(/Step 2: value/).fill('45');
      await editor.getByLabel(/Step 2: value/).press('Tab');
      await page.waitForFunction(
        (id) =>
          JSON.stringify(
            (document.querySelector('ds-app') as unknown as { scenario: { levers: Record<string, unknown> } }).scenario.levers[id],
          ) === '[[2021,15],[2022,45]]',
        TARIFF,
      );
      await waitForComplete(page);
      const v = await runValues(page);
      const column = v.ids.indexOf(TRADE);
      const stride = v.ids.length;
      for (let s = 0; s < v.scenario.length; s++) {
        for (let t = 0; t < v.years.length; t++) {
          const b = v.baseline[s][t * stride + column];
          const x = v.scenario[s][t * stride + column];
          // Same seeds, same draws: identical until the step takes effect, lower trade after.
          if (v.years[t] < 2022) expect(x).toBe(b);
          else expect(x).toBeLessThan(b);
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('bands can include the assumptions: each seed draws them, the same for both variants, and the bands say so', async () => {
    const { page, errors } = await openLab(lab.browser.context, labUrl(lab.site.url, tinyScenario({ seeds: 3 })));
    try {
      const first = await waitForComplete(page);
      const fixed = await runValues(page);
      await page.getByRole('checkbox', { name: 'Bands include assumption uncertainty' }).check();
      await waitForComplete(page, first);
      const sampled = await runValues(page);
      expect(sameBits(sampled.baseline, fixed.baseline)).toBe(false);
      // The scenario is the baseline here: paired runs with the same draws are identical.
      expect(sameBits(sampled.scenario, sampled.baseline)).toBe(true);
      await expect(page.locator('ds-chart .legend').first().textContent()).resolves.toMatch(/chance and assumptions/);
      await expect(page.locator('.status').textContent()).resolves.toMatch(/assumptions drawn per seed/);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a bad scenario file gets a message naming the problem and the current scenario is kept', async () => {
    const { page } = await openLab(lab.browser.context, labUrl(lab.site.url, tinyScenario({ name: 'Kept scenario' })));
    try {
      await waitForComplete(page);
      await page.getByRole('tab', { name: 'Scenario' }).click();
      const input = page.locator('ds-scenario-panel input[type="file"]');
      const bad = JSON.stringify({ schemaVersion: 2, name: 'Too high', levers: { [TARIFF]: 500 } });
      await input.setInputFiles({ name: 'too-high.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
      const message = page.locator('ds-scenario-panel .message');
      await expect
        .poll(() => message.textContent())
        .toMatch(
          /“too-high\.json” was not loaded; the current scenario is kept\.[\s\S]*trade\.tariff_equivalent_pct[\s\S]*outside the range 0 to 60/,
        );
      await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 2,') });
      await expect.poll(() => message.textContent()).toMatch(/“broken\.json” was not loaded[\s\S]*not valid JSON/);
      expect((await appScenario(page)).scenario.name).toBe('Kept scenario');
      await input.setInputFiles({
        name: 'good.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(tinyScenario({ name: 'From a file' }))),
      });
      await page.waitForFunction(
        () => (document.querySelector('ds-app') as unknown as { scenario: { name: string } }).scenario.name === 'From a file',
      );
    } finally {
      await page.close();
    }
  });

  it('reports a worker that crashes, replaces it and finishes the runs', async () => {
    const { page } = await openLab(
      lab.browser.context,
      labUrl(lab.site.url, tinyScenario({ seeds: 6, personsPerAgent: 4000, endYear: 2025 })),
    );
    try {
      const first = await waitForComplete(page);
      // From the test, not the lab: every worker but the one created last (a lever worker, the gallery
      // runs on the same pool) crashes when it next answers, as an uncaught error inside a worker would.
      const workers = page.workers();
      for (const worker of workers.slice(0, -1)) {
        await worker.evaluate(() => {
          self.postMessage = () =>
            setTimeout(() => {
              throw new Error('crashed by the browser test');
            });
        });
      }
      await page.locator('input[data-lever="bilateral.research_grants"]').focus();
      await page.keyboard.press('ArrowRight');
      const notice = page.locator('[data-notice="worker-crash"]');
      await notice.waitFor({ timeout: 60_000 });
      await expect(notice.textContent()).resolves.toMatch(/A simulation worker stopped unexpectedly .*It was replaced/s);
      // The browser's own words for the error are quoted as English, after the lab's (translated) lead-in.
      await expect(notice.locator('q[lang="en"]').textContent()).resolves.toContain('crashed by the browser test');
      const afterCrash = await waitForComplete(page, first);
      expect((await runValues(page)).scenario).toHaveLength(6);
      // The lab goes on: the next change runs on the replacement workers too.
      await page.keyboard.press('ArrowRight');
      await waitForComplete(page, afterCrash);
    } finally {
      await page.close();
    }
  });
});
