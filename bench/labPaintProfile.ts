/**
 * Where the time between a lever move and the painted "Updating" goes (`npx tsx bench/labPaintProfile.ts`):
 * the lab built without minification (readable names), the default scenario at 8 seeds settled, then
 * one ArrowRight on a lever under a Chromium trace and a CPU profile (CDP). Prints the time to the
 * painted "Updating", the main thread's tasks from the input to that frame, and the functions with
 * the most CPU samples in that window. PROFILE_MOVES=n profiles n moves one after another,
 * PROFILE_TOP=n lists n functions, PROFILE_CALLERS=name the stacks above one function's samples,
 * PROFILE_DUMP=dir writes each move's trace and CPU profile there; PROFILE_UNTIL_COMPLETE=1 traces on
 * until the 8 seeds are back and reports the long main-thread tasks and the workers' idle gaps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/ui/support/browser.js';
import { ensureBuilt, LAB_SITE, ROOT } from '../tests/ui/support/build.js';
import { labUrl, waitForComplete } from '../tests/ui/support/lab.js';
import { serveStatic } from '../tests/ui/support/staticServer.js';
import { type CpuProfile, hottest, mainThreadTasks, type TraceEvent } from './paintProfileReport.js';
import { workerGaps } from './workerGapReport.js';

const MOVES = Number(process.env.PROFILE_MOVES ?? 1);
const UNTIL_COMPLETE = process.env.PROFILE_UNTIL_COMPLETE === '1';
const SLIDER = 'input[data-lever="trade.tariff_equivalent_pct"]';
const UNMINIFIED = { ...LAB_SITE, name: 'lab-unminified', viteArguments: ['--minify', 'false'] };

const { $schema: _schema, ...base } = JSON.parse(readFileSync(join(ROOT, 'scenarios/baseline.json'), 'utf8'));
const site = await serveStatic(await ensureBuilt(UNMINIFIED));
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  // tsx names arrow functions with a helper the page does not have.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(labUrl(site.url, { ...base, seeds: 8 }));
  await waitForComplete(page, 0, 300_000);
  await page.locator('ds-chart').first().scrollIntoViewIfNeeded();
  await page.locator(SLIDER).focus();
  const cdp = await browser.context.newCDPSession(page);
  for (let move = 0; move < MOVES; move++) {
    await page.waitForTimeout(1000);
    const events: TraceEvent[] = [];
    const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
    cdp.on('Tracing.dataCollected', collect);
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'blink.user_timing',
          'toplevel',
          'v8',
          'disabled-by-default-v8.gc',
          'blink',
          'cc',
        ],
      },
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // Page side (installed before the key is pressed): the input's time, and the time of the frame
    // painted after the status said "Updating".
    await page.evaluate(() => {
      const w = window as unknown as { paintedAfterMove: Promise<{ input: number; painted: number }> };
      w.paintedAfterMove = new Promise((resolve) => {
        let input = 0;
        const onInput = (e: Event) => {
          input = e.timeStamp;
          performance.mark('move-input', { startTime: e.timeStamp });
        };
        window.addEventListener('input', onInput, { capture: true, once: true });
        const check = () => {
          const status = document.querySelector('ds-app')?.shadowRoot?.querySelector<HTMLElement>('.status');
          if (!input || status?.dataset.state !== 'updating') return void requestAnimationFrame(check);
          requestAnimationFrame(() =>
            setTimeout(() => {
              performance.mark('updating-painted');
              resolve({ input, painted: performance.now() });
            }),
          );
        };
        requestAnimationFrame(check);
      });
    });
    await page.keyboard.press('ArrowRight');
    const times = await page.evaluate(
      () => (window as unknown as { paintedAfterMove: Promise<{ input: number; painted: number }> }).paintedAfterMove,
    );
    if (UNTIL_COMPLETE) {
      await waitForComplete(page, 0, 300_000);
      await page.evaluate(() => performance.mark('results-complete'));
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.send('Tracing.end');
    await traced;
    cdp.off('Tracing.dataCollected', collect);
    console.log(`\nMove ${move + 1}: "Updating" painted ${(times.painted - times.input).toFixed(0)} ms after the input`);
    console.log(mainThreadTasks(events));
    // PROFILE_DUMP=dir: the trace and profile as files (Chromium's DevTools open the trace).
    if (process.env.PROFILE_DUMP) {
      writeFileSync(join(process.env.PROFILE_DUMP, `move-${move + 1}.trace.json`), JSON.stringify({ traceEvents: events }));
      writeFileSync(join(process.env.PROFILE_DUMP, `move-${move + 1}.cpuprofile`), JSON.stringify(profile));
    }
    console.log(hottest(profile, events));
    if (UNTIL_COMPLETE) {
      const phase: [string, string] = ['updating-painted', 'results-complete'];
      console.log(`${mainThreadTasks(events, phase, 50)}\n${workerGaps(events, phase)}\n${hottest(profile, events, phase)}`);
    }
    await waitForComplete(page, 0, 300_000);
  }
} finally {
  await browser.close();
  await site.close();
}
