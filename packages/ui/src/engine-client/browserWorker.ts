import type { EngineApi } from '@diaspora-sim/engine/workerApi';
import { type Remote, wrap } from 'comlink';

/** One engine Web Worker: its comlink proxy, a way to hear that it failed, and a way to end it. */
export interface EngineWorkerHandle {
  readonly api: Remote<EngineApi>;
  /** Called at most once, when the worker fails outside a run's own error handling. */
  onFailure(listener: (message: string) => void): void;
  terminate(): void;
  /** Diagnostics: makes the worker throw an uncaught error, as a crash would. */
  simulateCrash(): void;
}

export function createBrowserEngineWorker(): EngineWorkerHandle {
  const worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: 'diaspora-engine' });
  const api = wrap<EngineApi>(worker);
  let listener: ((message: string) => void) | undefined;
  let failed = false;
  const fail = (message: string) => {
    if (failed) return;
    failed = true;
    listener?.(message);
  };
  worker.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    fail(event.message || 'the worker stopped with an error');
  });
  worker.addEventListener('messageerror', () => fail('a message from the worker could not be read'));
  return {
    api,
    onFailure(l) {
      listener = l;
    },
    terminate() {
      failed = true;
      worker.terminate();
    },
    simulateCrash() {
      worker.postMessage({ type: 'ds:simulate-crash' });
    },
  };
}
