import { type TraceEvent, window } from './paintProfileReport.js';

const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;

/**
 * How long the page's workers sat idle between two tasks while results came in (from `fromMark` to
 * `toMark`), and what the main thread was running when each long gap began: a worker is given its
 * next run only when the main thread has handled the last one's message, so a long main-thread task
 * (a chart drawn, a render) can leave a worker waiting.
 */
export function workerGaps(events: TraceEvent[], marks: [string, string], minGapMs = 5): string {
  const { from, to, main } = window(events, ...marks);
  const workerThreads = events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === main.pid && e.args?.name === 'DedicatedWorker thread')
    .map((e) => e.tid);
  const tasksOf = (tid: number) =>
    events
      .filter(
        (e) => e.pid === main.pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= from && e.ts <= to,
      )
      .sort((a, b) => a.ts - b.ts);
  const mainTasks = tasksOf(main.tid);
  const lines = [`Worker gaps over ${minGapMs} ms from ${marks[0]} to ${marks[1]} (${ms(to - from)}):`];
  for (const tid of workerThreads) {
    const tasks = tasksOf(tid);
    const busy = tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0);
    if (busy < 100_000) continue; // a worker that ran nothing here (the gallery's, or idle)
    const gaps: string[] = [];
    let idle = 0;
    for (let i = 1; i < tasks.length; i++) {
      const start = tasks[i - 1].ts + (tasks[i - 1].dur ?? 0);
      const gap = tasks[i].ts - start;
      if (gap < minGapMs * 1000) continue;
      idle += gap;
      const blocking = mainTasks.filter((m) => m.ts + (m.dur ?? 0) > start && m.ts < tasks[i].ts && (m.dur ?? 0) > 10_000);
      gaps.push(
        `    +${ms(start - from)} idle ${ms(gap)}; main-thread tasks over 10 ms meanwhile: ${blocking.map((m) => ms(m.dur ?? 0)).join(', ') || 'none'}`,
      );
    }
    lines.push(`  worker ${tid}: busy ${ms(busy)}, idle in gaps over ${minGapMs} ms ${ms(idle)}`, ...gaps.slice(0, 12));
  }
  return lines.join('\n');
}
