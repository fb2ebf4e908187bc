/**
 * Where a lever move's time goes between the lab's workers: `npx tsx bench/labTimeline.ts [dist]`
 * opens the built lab (8 seeds, default scenario), waits for complete results, moves a lever
 * BENCH_MOVES times (default 2) and prints, per move, each run the workers were asked for: which
 * worker, when it was asked and answered (ms after the input), the worker's own time, and the
 * time the lab took to paint complete results. The page's Worker is wrapped to see comlink's messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SliceTimes } from '../packages/analysis/src/pool/task.js';
import { launchBrowser } from '../tests/ui/support/browser.js';
import { ensureBuilt, ROOT } from '../tests/ui/support/build.js';
import { labUrl, waitForComplete } from '../tests/ui/support/lab.js';
import { serveStatic } from '../tests/ui/support/staticServer.js';
import { installProbe, timeMove } from './labProbe.js';

const MOVES = Number(process.env.BENCH_MOVES ?? 2);
const SLIDER = 'input[data-lever="trade.tariff_equivalent_pct"]';

/** Wraps Worker so that every runTask request and its answer are logged with the page's clock. */
const WRAP_WORKERS = `(() => {
  window.__name = (f) => f;
  const log = (window.workerLog = []);
  let count = 0;
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      const worker = ++count;
      const asked = new Map();
      const post = this.postMessage.bind(this);
      this.postMessage = (message, transfer) => {
        if (message && message.path && message.path[0] === 'runTask') asked.set(message.id, { seed: message.argumentList[0].value.seed, at: performance.now() });
        return post(message, transfer);
      };
      this.addEventListener('message', (event) => {
        const a = asked.get(event.data && event.data.id);
        if (!a) return;
        asked.delete(event.data.id);
        const v = event.data.value || {};
        log.push({ worker, seed: a.seed, asked: a.at, answered: performance.now(), workerMs: v.workerMs ?? -1, slices: v.slices, failed: event.data.type === 'HANDLER' });
      });
    }
  };
})();`;

async function main() {
  const dist = process.argv[2] ?? (await ensureBuilt());
  const { $schema: _schema, ...base } = JSON.parse(readFileSync(join(ROOT, 'scenarios/baseline.json'), 'utf8'));
  const site = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(WRAP_WORKERS);
    const opened = Date.now();
    await page.goto(labUrl(site.url, base));
    await waitForComplete(page, 0, 300_000);
    console.log(`page load to complete: ${Date.now() - opened} ms`);
    await page.locator('ds-chart').first().scrollIntoViewIfNeeded();
    await installProbe(page);
    await page.locator(SLIDER).focus();
    for (let m = 0; m < MOVES + 1; m++) {
      const before = await page.evaluate(() => (window as unknown as { workerLog: unknown[] }).workerLog.length);
      const times = m === 0 ? undefined : await timeMove(page, 'ArrowRight', 300_000);
      const { log, inputAt } = await page.evaluate(
        (from) => {
          const w = window as unknown as { workerLog: Record<string, number>[]; inputAt: number };
          return { log: w.workerLog.slice(from), inputAt: w.inputAt };
        },
        m === 0 ? 0 : before,
      );
      console.log(
        m === 0
          ? 'page load:'
          : `move ${m}: complete painted ${times?.complete.toFixed(0)} ms, first results ${times?.firstResults.toFixed(0)} ms`,
      );
      const zero = m === 0 ? 0 : inputAt;
      for (const r of log) {
        const d = r.slices as unknown as SliceTimes | undefined;
        const inside = d
          ? ` (set-up ${d.setUpMs.toFixed(0)}, quarters ${d.quartersMs.toFixed(0)}, ${d.yields} yields ${d.betweenSlicesMs.toFixed(0)})`
          : '';
        console.log(
          `  worker ${r.worker} seed ${r.seed}: asked ${(r.asked - zero).toFixed(0)}, answered ${(r.answered - zero).toFixed(0)}, in the worker ${r.workerMs.toFixed(0)} ms${inside}${r.failed ? ' (failed or cancelled)' : ''}`,
        );
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
