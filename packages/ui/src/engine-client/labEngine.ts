import { createWorkerPool, type RunTask, type TaskFailure, type TaskRunner } from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { afterPaint } from '../lib/afterPaint.js';
import { BrowserWorkers, type WorkerCounts, WorkerDiedError } from './browserWorkers.js';
import { GalleryRunner } from './galleryRunner.js';
import { type AssumptionMode, type LabResults, LabRunner } from './labRunner.js';
import { RunBroker } from './runBroker.js';

export interface LabEngineOptions {
  onResults(results: LabResults): void;
  /** A run failed: the error as thrown (the lab says it with errorText). */
  onError(error: unknown): void;
  /** A worker died; it was replaced (and its run started again when `willRetry`). */
  onWorkerFailure(error: WorkerDiedError, willRetry: boolean): void;
  onGalleryResults(file: string, results: LabResults): void;
}

/** Everything the lab asks of the engine, behind one object. */
export interface LabEngine {
  /** Asks for the paired results of scenario against baseline; returns the generation they will carry. */
  update(scenario: Scenario, baseline: Scenario, assumptions: AssumptionMode): number;
  /** Sweeps and sensitivity run here (the engine's TaskRunner interface). */
  readonly analysis: TaskRunner;
  readonly gallery: GalleryRunner;
  /** Workers in the pool that runs the ensembles' seeds: every core the browser reports. */
  readonly batchSize: number;
  /** Workers created and runs cancelled so far. */
  readonly workers: WorkerCounts;
  dispose(): void;
}

const MAX_BATCH_WORKERS = 16;

/**
 * The lab's engine: Web Workers in two pools behind one broker (cache, de-duplication, cancel). The
 * lever pool runs every change: its first seed is queued first, so it starts at once (a superseded
 * run gives its worker up within a quarter), then the other seeds; the gallery runs on it while the
 * levers rest. Analyses have their own pool, started when first used. The lever pool has a worker
 * per core the browser reports (while runs are under way the page itself does little, and no core
 * runs two of them); its workers start, and warm up, now, while the page loads.
 */
export function createLabEngine(options: LabEngineOptions): LabEngine {
  // Capped: the lab's ensembles are mostly of 8 or 16 seeds, and every worker holds its own copy of the engine.
  const batch = Math.max(1, Math.min(MAX_BATCH_WORKERS, navigator.hardwareConcurrency || 2));
  const workers = new BrowserWorkers();
  const onTaskError = (failure: TaskFailure<RunTask>) => {
    // A worker that died is the pool's to replace; errors the engine throws are reported by the run itself.
    if (failure.error instanceof WorkerDiedError) options.onWorkerFailure(failure.error, failure.willRetry);
  };
  const pools = (['batch', 'analysis'] as const).map((name) =>
    createWorkerPool({ size: batch, createWorker: workers.factory(name), onTaskError }),
  );
  pools[0].startWorkers();
  const broker = new RunBroker();
  const [levers, analysis] = pools.map((pool) => broker.runner(pool));
  const runner = new LabRunner({
    first: levers,
    full: levers,
    isCached: (task) => broker.isCached(task),
    keep: (texts) => broker.keep(texts),
    onResults: options.onResults,
    onError: options.onError,
    // The frame that says "Updating" is drawn first, while the cores are free.
    startRuns: afterPaint,
  });
  // The gallery shares the lever pool's warm workers (its own pool's would be cold, and beside the
  // lever pool two runs per core), and gives them up the moment a lever moves.
  const gallery = new GalleryRunner(levers, options.onGalleryResults);
  return {
    update: (scenario, baseline, assumptions) => {
      gallery.pause();
      return runner.update(scenario, baseline, assumptions);
    },
    analysis,
    gallery,
    batchSize: batch,
    get workers() {
      return workers.counts;
    },
    dispose() {
      gallery.pause();
      runner.dispose();
      for (const pool of pools) pool.close();
      workers.dispose();
    },
  };
}
