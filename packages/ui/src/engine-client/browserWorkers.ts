import type { EngineWorker, EngineWorkerFactory, RunTask, TaskOutcome } from '@diaspora-sim/analysis';
import type { EngineApi } from '@diaspora-sim/analysis/workerApi';
import { type Remote, releaseProxy, wrap } from 'comlink';

/** A worker died on its own (an uncaught error, or the browser stopped it): the pool replaces it. */
export class WorkerDiedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerDiedError';
  }
}

interface Started {
  readonly worker: Worker;
  readonly api: Remote<EngineApi>;
}

interface Handle extends EngineWorker {
  current: RunTask | undefined;
  kill(error?: WorkerDiedError): void;
}

/**
 * Web Workers for the engine's pools (createWorkerPool takes `factory()`), with what the lab adds:
 * one worker kept loaded in reserve, so that a replaced worker is ready at once; `interrupt` to stop
 * a worker whose run nobody wants any more (the pool then starts a fresh one).
 */
export class BrowserWorkers {
  private spare: Started | undefined;
  private readonly live = new Set<Handle>();
  private disposed = false;

  constructor(private readonly keepSpare = true) {
    if (keepSpare) this.spare = start();
  }

  /** A worker factory for one pool. */
  factory(): EngineWorkerFactory {
    return () => this.handle();
  }

  /** Stops the worker running `task` (a run already cancelled); true when one was. */
  interrupt(task: RunTask): boolean {
    for (const h of this.live) {
      if (h.current === task) {
        h.kill();
        return true;
      }
    }
    return false;
  }

  get busy(): number {
    let n = 0;
    for (const h of this.live) if (h.current) n++;
    return n;
  }

  dispose(): void {
    this.disposed = true;
    for (const h of [...this.live]) h.terminate();
    this.spare?.worker.terminate();
    this.spare = undefined;
  }

  private take(): Started {
    const ready = this.spare ?? start();
    this.spare = this.keepSpare && !this.disposed ? start() : undefined;
    return ready;
  }

  private handle(): Handle {
    const { worker, api } = this.take();
    let listener: ((error: Error) => void) | undefined;
    let ended = false;
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
      die(new WorkerDiedError(`the worker stopped: ${event.message || 'an error it could not handle'}`));
    });
    worker.addEventListener('messageerror', () => die(new WorkerDiedError('the worker sent a message that could not be read')));
    const handle: Handle = {
      current: undefined,
      run(task): Promise<TaskOutcome> {
        handle.current = task;
        return (api.runTask(task) as Promise<TaskOutcome>).finally(() => {
          if (handle.current === task) handle.current = undefined;
        });
      },
      onDeath(l) {
        listener = l;
      },
      terminate() {
        if (!ended) end();
      },
      kill(error = new WorkerDiedError('stopped: its run was superseded')) {
        die(error);
      },
    };
    this.live.add(handle);
    return handle;
  }
}

function start(): Started {
  const worker = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: 'diaspora-engine' });
  return { worker, api: wrap<EngineApi>(worker) };
}
