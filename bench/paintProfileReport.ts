/** Summaries of a Chromium trace and CPU profile between two user-timing marks (see labPaintProfile.ts). */

export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string; data?: { type?: string; functionName?: string; url?: string } };
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: number[];
}

export interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly startTime: number;
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** The window between two of the page's user-timing marks (trace µs), and the page's main thread. */
export function window(events: TraceEvent[], fromMark = 'move-input', toMark = 'updating-painted') {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('user_timing'));
  const from = mark(fromMark);
  const to = mark(toMark);
  if (!from || !to) throw new Error('the page did not leave its marks in the trace');
  return { from: from.ts, to: to.ts, main: { pid: from.pid, tid: from.tid } };
}

const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;

/** The main thread's tasks over `minMs` in the window, each with its longest parts (what ran inside it). */
export function mainThreadTasks(events: TraceEvent[], marks: [string, string] = ['move-input', 'updating-painted'], minMs = 1): string {
  const { from, to, main } = window(events, ...marks);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= from && e.ts <= to && (e.dur ?? 0) > minMs * 1000);
  const lines = [`Main-thread tasks over ${minMs} ms from ${marks[0]} to ${marks[1]} (${ms(to - from)}):`];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    // Parts by kind, the kind named with its event type or function where the trace gives one.
    const parts = new Map<string, number>();
    for (const e of inside) {
      const detail = e.args?.data?.type ?? e.args?.data?.functionName ?? '';
      const key = detail ? `${e.name}(${detail})` : e.name;
      if (['RunMicrotasks', 'V8.Execute', 'v8.callFunction', 'v8.run'].includes(e.name)) continue;
      parts.set(key, Math.max(parts.get(key) ?? 0, e.dur ?? 0));
    }
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6);
    lines.push(`  +${ms(task.ts - from)} ${ms(task.dur ?? 0)}: ${top.map(([k, d]) => `${k} ${ms(d)}`).join(', ')}`);
  }
  return lines.join('\n');
}

/** Functions by CPU samples in the window: self time, and time with the function on the stack. */
export function hottest(
  profile: CpuProfile,
  events: TraceEvent[],
  marks: [string, string] = ['move-input', 'updating-painted'],
  count = Number(process.env.PROFILE_TOP ?? 25),
): string {
  const { from, to } = window(events, ...marks);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  // PROFILE_CALLERS=name: the stacks above the samples of that function, by their caller chain.
  const callersOf = process.env.PROFILE_CALLERS;
  const callers = new Map<string, number>();
  const total = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    t += profile.timeDeltas[i];
    if (t < from || t > to) continue;
    const leaf = byId.get(profile.samples[i]);
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + delta);
    if (callersOf && leaf.callFrame.functionName === callersOf) {
      const chain: string[] = [];
      for (let id = parent.get(leaf.id); id !== undefined && chain.length < 6; id = parent.get(id))
        chain.push(nameOf(byId.get(id) as ProfileNode));
      callers.set(chain.join(' < '), (callers.get(chain.join(' < ')) ?? 0) + delta);
    }
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const name = nameOf(byId.get(id) as ProfileNode);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + delta);
      seen.add(name);
    }
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, v]) => `  ${ms(v).padStart(9)}  ${k}`)
      .join('\n');
  const chains = callersOf ? `\nCallers of ${callersOf}:\n${list(callers)}` : '';
  return `CPU samples in the window, self:\n${list(self)}\nOn the stack (inclusive):\n${list(total)}${chains}`;
}
