import type { Page } from 'playwright-core';

/** Times after one lever input, from the input event, each to the frame painted after it (ms). */
export interface MoveTimes {
  /** The status says "Updating" (-1 if it never did: results already there). */
  readonly updating: number;
  /** The first chart redrawn with results of the new lever values (the ensemble's first seed). */
  readonly firstResults: number;
  /** Every seed back, the chart redrawn with them. */
  readonly complete: number;
}

/**
 * Installs the page-side clock: the time of each input event, and `window.timeMove()`, which
 * resolves once the results of the lever values held after the next input are complete and painted.
 * Long main-thread tasks (over 50 ms) are collected in `window.longTasks`.
 */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    type App = HTMLElement & {
      scenario: { levers: unknown };
      results?: { complete: boolean; scenario: { scenario: { levers: unknown } } };
    };
    const w = window as unknown as { inputAt: number; longTasks: number[]; timeMove: () => Promise<unknown> };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    window.addEventListener('input', (e) => (w.inputAt = e.timeStamp), true);
    // A frame painted after now: the next frame's callbacks run once the current one was produced.
    const afterPaint = () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))));
    w.timeMove = () =>
      new Promise((resolve) => {
        const app = document.querySelector('ds-app') as App;
        const grid = app.shadowRoot?.querySelector('ds-chart-grid');
        const chart = grid?.shadowRoot?.querySelector<HTMLElement>('ds-chart') as HTMLElement;
        const drawnAtStart = Number(chart.dataset.drawn ?? 0);
        const times: Record<string, number> = {};
        const levers = (s: { levers: unknown }) => JSON.stringify(s.levers);
        const mark = (name: string) => {
          if (name in times) return;
          times[name] = -1;
          void afterPaint().then((at) => (times[name] = at - w.inputAt));
        };
        const check = () => {
          const status = app.shadowRoot?.querySelector<HTMLElement>('.status');
          if (status?.dataset.state === 'updating') mark('updating');
          const r = app.results;
          const current = r && levers(r.scenario.scenario) === levers(app.scenario) && Number(chart.dataset.drawn ?? 0) > drawnAtStart;
          if (current) mark('firstResults');
          if (current && r.complete && status?.dataset.state === 'complete') mark('complete');
          // Settings already run come back at once, with no "Updating" in between (then it stays -1).
          const settled = Object.values(times).every((t) => t >= 0);
          if ('complete' in times && settled) return resolve({ updating: -1, ...times });
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
  });
}

/** Presses `key` on the focused lever and times the lever's new results (see MoveTimes). */
export async function timeMove(page: Page, key: string, timeoutMs: number): Promise<MoveTimes> {
  const times = page.evaluate(() => (window as unknown as { timeMove: () => Promise<MoveTimes> }).timeMove());
  await page.keyboard.press(key);
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no complete results within ${timeoutMs} ms`)), timeoutMs),
  );
  return Promise.race([times, timeout]);
}

/**
 * Presses `key` `count` times, `gapMs` apart (a reader dragging a slider), and times the results of
 * the last value; the earlier ones are superseded while they run.
 */
export async function timeBurst(page: Page, key: string, count: number, gapMs: number, timeoutMs: number): Promise<MoveTimes> {
  for (let i = 0; i < count - 1; i++) {
    await page.keyboard.press(key);
    await page.waitForTimeout(gapMs);
  }
  return timeMove(page, key, timeoutMs);
}
