import { startRun } from '@diaspora-sim/engine';
import { type RunTask, resolveTask, type TaskOutcome } from './task.js';
import { CancelledError } from './workerPool.js';

/** How long a worker computes before it reads its messages (a cancellation among them). */
const YIELD_EVERY_MS = 8;

/**
 * What a worker does with a task: runs it a few quarters at a time, letting its event loop through
 * every few milliseconds, so that a cancellation (the signal, set by a message) stops it between two
 * quarters and the worker, warm, takes the next task. The result is the same bits as executeTask's.
 */
export async function executeTaskCancellably(task: RunTask, signal: { readonly aborted: boolean }): Promise<TaskOutcome> {
  const started = performance.now();
  const run = startRun(resolveTask(task), task.seed, task.regions ? { regions: true } : {});
  const setUpMs = performance.now() - started;
  const quarterMs: number[] = [];
  let yields = 0;
  let lastYield = performance.now();
  for (;;) {
    const quarterStart = performance.now();
    const done = run.advance(1);
    const quarterEnd = performance.now();
    quarterMs.push(quarterEnd - quarterStart);
    if (done) break;
    if (quarterEnd - lastYield < YIELD_EVERY_MS) continue;
    yields++;
    await yieldToEventLoop();
    lastYield = performance.now();
    if (signal.aborted) throw new CancelledError(`run stopped after ${run.stepsDone} of ${run.stepsTotal} quarters`);
  }
  const workerMs = performance.now() - started;
  const quartersMs = quarterMs.reduce((a, b) => a + b, 0);
  const slices = { setUpMs, quartersMs, yields, betweenSlicesMs: workerMs - setUpMs - quartersMs, quarterMs };
  return { result: run.result(), workerMs, slices };
}

// A macrotask without setTimeout's 4 ms clamp: setImmediate in Node, a message to itself elsewhere.
const immediate = (globalThis as { setImmediate?: (callback: () => void) => void }).setImmediate;
let selfChannel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

function yieldToEventLoop(): Promise<void> {
  if (immediate) return new Promise((resolve) => immediate(resolve));
  if (!selfChannel) {
    selfChannel = new MessageChannel();
    selfChannel.port1.onmessage = () => waiting.shift()?.();
  }
  const channel = selfChannel;
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
