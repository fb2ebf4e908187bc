import { Worker } from 'node:worker_threads';
import type { EngineApi } from '@diaspora-sim/analysis/workerApi';
import { type Remote, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';

export interface NodeEngineWorker {
  readonly api: Remote<EngineApi>;
  readonly worker: Worker;
  terminate(): Promise<number>;
}

/** Starts the engine's comlink worker entry in a worker_threads worker (TypeScript through tsx). */
export function createNodeEngineWorker(): NodeEngineWorker {
  const worker = new Worker(new URL('./tsWorkerEntry.mjs', import.meta.url));
  const api = wrap<EngineApi>(nodeEndpoint(worker));
  return { api, worker, terminate: () => worker.terminate() };
}
