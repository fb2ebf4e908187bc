import { createWorkerPool, type RunTask, type TaskFailure, type TaskRunner } from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { BrowserWorkers } from './browserWorkers.js';
import { GalleryRunner } from './galleryRunner.js';
import { type AssumptionMode, type LabResults, LabRunner } from './labRunner.js';
import { RunBroker } from './runBroker.js';

export interface LabEngineOptions {
  onResults(results: LabResults): void;
  onError(message: string): void;
  /** A worker died; it was replaced (and its run started again when `willRetry`). */
  onWorkerFailure(message: string, willRetry: boolean): void;
  onGalleryResults(file: string, results: LabResults): void;
}

/** Everything the lab asks of the engine, behind one object. */
export interface LabEngine {
  /** Asks for the paired results of scenario against baseline; returns the generation they will carry. */
  update(scenario: Scenario, baseline: Scenario, assumptions: AssumptionMode): number;
  /** Sweeps and sensitivity run here (the engine's TaskRunner interface). */
  readonly analysis: TaskRunner;
  readonly gallery: GalleryRunner;
  dispose(): void;
}

/**
 * The lab's engine: Web Workers in three pools behind one broker (cache, de-duplication, cancel).
 * One worker answers the first seed of every change at once; the batch workers run the other seeds;
 * analyses and the gallery have their own pool. One core is left to the page.
 */
export function createLabEngine(options: LabEngineOptions): LabEngine {
  const batch = Math.max(1, Math.min(6, (navigator.hardwareConcurrency || 2) - 1));
  const workers = new BrowserWorkers();
  const onTaskError = (failure: TaskFailure<RunTask>) => {
    // A worker that died is the pool's to replace; errors the engine throws are reported by the run itself.
    if (failure.error.name === 'WorkerDiedError') options.onWorkerFailure(failure.error.message, failure.willRetry);
  };
  const pools = [1, batch, batch].map((size) => createWorkerPool({ size, createWorker: workers.factory(), onTaskError }));
  const broker = new RunBroker();
  const [first, full, analysis] = pools.map((pool) => broker.runner(pool, workers));
  const runner = new LabRunner({
    first,
    full,
    isCached: (task) => broker.isCached(task),
    keep: (texts) => broker.keep(texts),
    onResults: options.onResults,
    onError: options.onError,
  });
  const gallery = new GalleryRunner(analysis, options.onGalleryResults);
  return {
    update: (scenario, baseline, assumptions) => runner.update(scenario, baseline, assumptions),
    analysis,
    gallery,
    dispose() {
      gallery.pause();
      runner.dispose();
      for (const pool of pools) pool.close();
      workers.dispose();
    },
  };
}
