import { Worker } from 'node:worker_threads';
import type { EngineApi } from '@diaspora-sim/analysis/workerApi';
import { type Remote, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';

export interface NodeEngineWorker {
  readonly api: Remote<EngineApi>;
  readonly worker: Worker;
  terminate(): Promise<number>;
}

/** Set by the bundler (packages/cli/bundle.mjs): the bundled worker, a file beside the bundled CLI. */
declare const BUNDLED_WORKER_ENTRY: string | undefined;

/**
 * Starts the engine's comlink worker entry in a worker_threads worker: the bundled worker when this
 * runs bundled (`pnpm sim`), else the TypeScript entry through tsx (tests, `tsx src/main.ts`).
 */
export function createNodeEngineWorker(): NodeEngineWorker {
  const entry = typeof BUNDLED_WORKER_ENTRY === 'string' ? BUNDLED_WORKER_ENTRY : './tsWorkerEntry.mjs';
  const worker = new Worker(new URL(entry, import.meta.url));
  const api = wrap<EngineApi>(nodeEndpoint(worker));
  return { api, worker, terminate: () => worker.terminate() };
}
