/**
 * Spreads chart drawing over several tasks so that redrawing a page of charts never blocks the
 * main thread for long (each task draws until a small budget is spent, then yields).
 */
type Draw = () => void;

const pending = new Map<object, Draw>();
let scheduled = false;
const BUDGET_MS = 8;
const channel = typeof MessageChannel === 'undefined' ? undefined : new MessageChannel();
if (channel) channel.port1.onmessage = () => run();

/** Queues `draw` for `owner`, replacing any draw of the same owner still waiting. */
export function queueDraw(owner: object, draw: Draw): void {
  pending.delete(owner);
  pending.set(owner, draw);
  if (!scheduled) {
    scheduled = true;
    post();
  }
}

function post(): void {
  if (channel) channel.port2.postMessage(null);
  else setTimeout(run, 0);
}

function run(): void {
  const start = performance.now();
  for (const [owner, draw] of pending) {
    pending.delete(owner);
    draw();
    if (performance.now() - start > BUDGET_MS) break;
  }
  if (pending.size) post();
  else scheduled = false;
}
