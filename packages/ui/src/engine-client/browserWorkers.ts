import type { EngineWorker, EngineWorkerFactory } from '@diaspora-sim/analysis';
import type { EngineApi } from '@diaspora-sim/analysis/workerApi';
import { releaseProxy, wrap } from 'comlink';

const DEATHS = { error: 'an error it could not handle', unreadable: 'the worker sent a message that could not be read' } as const;

/**
 * A worker died on its own (an uncaught error, or the browser stopped it): the pool replaces it.
 * `detail` is the browser's own words for the error, when it gave any (English, as JavaScript's are).
 */
export class WorkerDiedError extends Error {
  constructor(
    readonly reason: keyof typeof DEATHS,
    readonly detail?: string,
  ) {
    super(reason === 'error' ? `the worker stopped: ${detail || DEATHS.error}` : DEATHS.unreadable);
    this.name = 'WorkerDiedError';
  }
}

/** What the lab's workers did so far (the browser tests read it through the app's engine). */
export interface WorkerCounts {
  /** Web Workers created, by pool name. */
  readonly created: Readonly<Record<string, number>>;
  /** Runs given up between two quarters on a worker that went on to the next run, by pool name. */
  readonly cancelled: Readonly<Record<string, number>>;
}

/**
 * Web Workers for the engine's pools (createWorkerPool takes `factory(name)`). A worker starts
 * warming up as soon as it exists (modules loaded, a tiny run compiled), and lives as long as the
 * lab: a run nobody wants any more is cancelled between two quarters (`cancel`, which the pool calls),
 * never by terminating the worker, so the next run finds it warm. Only a worker that died is replaced.
 */
export class BrowserWorkers {
  private readonly live = new Set<EngineWorker>();
  private readonly created: Record<string, number> = {};
  private readonly cancelled: Record<string, number> = {};

  /** A worker factory for one pool; `name` shows in the browser's tools. */
  factory(name: string): EngineWorkerFactory {
    return () => this.start(name);
  }

  get counts(): WorkerCounts {
    return { created: { ...this.created }, cancelled: { ...this.cancelled } };
  }

  dispose(): void {
    for (const worker of [...this.live]) worker.terminate();
  }

  private start(name: string): EngineWorker {
    const worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: `diaspora-engine ${name}` });
    this.created[name] = (this.created[name] ?? 0) + 1;
    const api = wrap<EngineApi>(worker);
    // Queued ahead of any run, so the first real run finds everything compiled; a failure shows there.
    api.warmUp().catch(() => {});
    let listener: ((error: Error) => void) | undefined;
    let ended = false;
    // Each run gets an id, so that a cancellation reaches the run it was meant for and no later one.
    let runId = 0;
    const end = () => {
      ended = true;
      this.live.delete(handle);
      api[releaseProxy]();
      worker.terminate();
    };
    const die = (error: WorkerDiedError) => {
      if (ended) return;
      end();
      listener?.(error);
    };
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      die(new WorkerDiedError('error', event.message));
    });
    worker.addEventListener('messageerror', () => die(new WorkerDiedError('unreadable')));
    const handle: EngineWorker = {
      run: (task) => api.runTask(task, ++runId),
      cancel: () => {
        const id = runId;
        void api.cancel(id).then((stopped) => {
          if (stopped) this.cancelled[name] = (this.cancelled[name] ?? 0) + 1;
        });
      },
      onDeath(l) {
        listener = l;
      },
      terminate() {
        if (!ended) end();
      },
    };
    this.live.add(handle);
    return handle;
  }
}
