import type { RunTask as EngineTask, TaskOutcome, TaskRunner } from '@diaspora-sim/engine';
import type { EngineWorkerHandle } from './browserWorker.js';

/**
 * The lab's scheduler over its Web Workers. Two lanes: a "preview" worker kept free for the fast
 * runs a slider needs at once, and "batch" workers for the full ensembles. Queued runs can be
 * dropped and running ones stopped (by ending their worker) when a newer request supersedes them;
 * a worker that fails is reported, replaced, and its run retried once on the new worker.
 */
export type Lane = 'preview' | 'batch';

export interface RunTask {
  /** The engine's task: scenario text, seed and overrides (workers cache the compiled scenario by text). */
  readonly task: EngineTask;
  readonly lane: Lane;
  /** Higher runs first; ties in submission order. */
  readonly priority: number;
  /** Groups tasks for cancellation (e.g. "full:<scenario key>"). */
  readonly tag: string;
  /** The run's size, when the caller wants its timing to scale from (see LabRunner). */
  readonly personsPerAgent?: number;
}

export interface WorkerFailure {
  readonly message: string;
  readonly lane: Lane;
  /** Whether the interrupted run was retried on the replacement worker. */
  readonly retried: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'CancelledError';
  }
}

interface Pending {
  readonly task: RunTask;
  readonly sequence: number;
  attempts: number;
  resolve(outcome: TaskOutcome): void;
  reject(error: Error): void;
}

interface Slot {
  readonly lane: Lane;
  handle: EngineWorkerHandle;
  current: Pending | undefined;
}

export class RunQueue {
  private readonly slots: Slot[] = [];
  private queue: Pending[] = [];
  private sequence = 0;
  private disposed = false;
  /** Called with the wall time of each completed run (the lab sizes its previews from it). */
  onRunTime: (task: RunTask, milliseconds: number) => void = () => {};

  constructor(
    private readonly createWorker: () => EngineWorkerHandle,
    sizes: { preview: number; batch: number },
    private readonly onFailure: (failure: WorkerFailure) => void = () => {},
  ) {
    for (const lane of ['preview', 'batch'] as const) {
      for (let i = 0; i < sizes[lane]; i++) {
        const slot: Slot = { lane, handle: this.spawn(), current: undefined };
        this.watch(slot);
        this.slots.push(slot);
      }
    }
  }

  submit(task: RunTask): Promise<TaskOutcome> {
    if (this.disposed) return Promise.reject(new CancelledError());
    return new Promise<TaskOutcome>((resolve, reject) => {
      this.queue.push({ task, sequence: this.sequence++, attempts: 0, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * Drops queued tasks that match; running ones that match are stopped by ending their worker when
   * `stopRunning` holds (a fresh worker takes the slot), otherwise left to finish.
   */
  cancel(matches: (task: RunTask) => boolean, stopRunning: boolean): void {
    const kept: Pending[] = [];
    for (const p of this.queue) {
      if (matches(p.task)) p.reject(new CancelledError());
      else kept.push(p);
    }
    this.queue = kept;
    if (stopRunning) {
      for (const slot of this.slots) {
        const running = slot.current;
        if (running && matches(running.task)) {
          this.replace(slot);
          running.reject(new CancelledError());
        }
      }
    }
    this.dispatch();
  }

  /**
   * The engine's TaskRunner view of one lane (what runSweep and runSensitivity take): aborting the
   * signal drops the queued tasks and stops the running ones.
   */
  runner(lane: Lane, tag: string): TaskRunner {
    return {
      run: (task, options = {}) => {
        const signal = options.signal;
        if (signal?.aborted) return Promise.reject(new CancelledError());
        const entry: RunTask = { task, lane, priority: -1, tag: options.lane ? `${tag}:${options.lane}` : tag };
        const promise = this.submit(entry);
        signal?.addEventListener('abort', () => this.cancel((t) => t === entry, true), { once: true });
        return promise;
      },
      supersede: (lane) => {
        const before = this.queue.length;
        this.cancel((t) => t.tag === `${tag}:${lane}`, false);
        return before - this.queue.length;
      },
    };
  }

  /** Runs waiting or under way, per lane. */
  load(lane: Lane): number {
    return this.queue.filter((p) => p.task.lane === lane).length + this.slots.filter((s) => s.lane === lane && s.current).length;
  }

  workerCount(lane: Lane): number {
    return this.slots.filter((s) => s.lane === lane).length;
  }

  /** Diagnostics: crash a worker of the lane, preferably one that is running something. */
  simulateCrash(lane: Lane): boolean {
    const slot = this.slots.find((s) => s.lane === lane && s.current) ?? this.slots.find((s) => s.lane === lane);
    slot?.handle.simulateCrash();
    return slot !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.cancel(() => true, true);
    for (const slot of this.slots) slot.handle.terminate();
  }

  private spawn(): EngineWorkerHandle {
    return this.createWorker();
  }

  private watch(slot: Slot): void {
    const handle = slot.handle;
    handle.onFailure((message) => {
      if (slot.handle !== handle || this.disposed) return;
      const interrupted = slot.current;
      this.replace(slot);
      let retried = false;
      if (interrupted) {
        if (interrupted.attempts === 0) {
          interrupted.attempts = 1;
          this.queue.unshift(interrupted);
          retried = true;
        } else {
          interrupted.reject(new Error(`the run failed twice (${message})`));
        }
      }
      this.onFailure({ message, lane: slot.lane, retried });
      this.dispatch();
    });
  }

  private replace(slot: Slot): void {
    slot.handle.terminate();
    slot.current = undefined;
    slot.handle = this.spawn();
    this.watch(slot);
  }

  private dispatch(): void {
    if (this.disposed) return;
    for (const slot of this.slots) {
      if (slot.current) continue;
      const next = this.takeNext(slot.lane);
      if (!next) continue;
      this.start(slot, next);
    }
  }

  private takeNext(lane: Lane): Pending | undefined {
    let best = -1;
    for (let i = 0; i < this.queue.length; i++) {
      const p = this.queue[i];
      if (p.task.lane !== lane) continue;
      const b = this.queue[best];
      // Retried runs (attempts > 0) go first; then priority; then submission order.
      if (best < 0 || p.attempts > b.attempts || (p.attempts === b.attempts && p.task.priority > b.task.priority)) best = i;
    }
    if (best < 0) return undefined;
    return this.queue.splice(best, 1)[0];
  }

  private start(slot: Slot, pending: Pending): void {
    slot.current = pending;
    const handle = slot.handle;
    const started = performance.now();
    const settled = () => slot.handle === handle && slot.current === pending;
    handle.api.runTask(pending.task.task).then(
      (outcome) => {
        if (!settled()) return;
        slot.current = undefined;
        this.onRunTime(pending.task, performance.now() - started);
        pending.resolve(outcome as TaskOutcome);
        this.dispatch();
      },
      (error: unknown) => {
        if (!settled()) return;
        slot.current = undefined;
        pending.reject(error instanceof Error ? error : new Error(String(error)));
        this.dispatch();
      },
    );
  }
}
