/**
 * A fixed-size pool of workers running independent tasks, environment-neutral: the caller supplies
 * the worker factory (Web Workers in the browser, worker_threads in Node, or the calling thread).
 * Tasks are pure functions of their input, so results never depend on pool size or order.
 */

/** A worker as the pool sees it. */
export interface PoolWorker<Task, Outcome> {
  run(task: Task): Promise<Outcome>;
  /** Registers the listener called if the worker dies on its own (not after terminate()). */
  onDeath(listener: (error: Error) => void): void;
  terminate(): void;
  /** Asks the worker to give up its current task soon (the task then rejects); the worker lives on. */
  cancel?(): void;
}

export type PoolWorkerFactory<Task, Outcome> = () => PoolWorker<Task, Outcome>;

/** A task failed on a worker; `willRetry` says whether it goes again on a fresh worker. */
export interface TaskFailure<Task> {
  readonly task: Task;
  readonly error: Error;
  readonly attempt: number;
  readonly willRetry: boolean;
}

export interface WorkerPoolOptions<Task, Outcome> {
  readonly size: number;
  readonly createWorker: PoolWorkerFactory<Task, Outcome>;
  readonly onTaskError?: (failure: TaskFailure<Task>) => void;
}

export interface SubmitOptions {
  /** Aborting rejects the task at once; a running task's result is then dropped. */
  readonly signal?: AbortSignal;
  /** Tasks sharing a lane can be superseded together by a newer request (see `supersede`). */
  readonly lane?: string;
}

export interface PoolStats {
  tasksCompleted: number;
  tasksFailed: number;
  retries: number;
  workersStarted: number;
  /** Sum over completed tasks of the time from dispatch to result. */
  roundTripMs: number;
}

export interface WorkerPool<Task, Outcome> {
  readonly size: number;
  readonly stats: Readonly<PoolStats>;
  run(task: Task, options?: SubmitOptions): Promise<Outcome>;
  /** Drops the lane's queued tasks (rejected with CancelledError); returns how many. */
  supersede(lane: string): number;
  /** Starts every worker now (they otherwise start with their first task), so they load while nothing waits. */
  startWorkers(): void;
  /** Rejects everything pending and terminates the workers. */
  close(): void;
}

export class CancelledError extends Error {
  constructor(reason: string) {
    super(`cancelled: ${reason}`);
    this.name = 'CancelledError';
  }
}

interface Entry<Task, Outcome> {
  readonly task: Task;
  readonly lane: string | undefined;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (outcome: Outcome) => void;
  readonly reject: (error: Error) => void;
  attempt: number;
  settled: boolean;
}

interface Slot<Task, Outcome> {
  worker: PoolWorker<Task, Outcome> | undefined;
  dead: boolean;
  /** The entry running on this slot and a token that tells a stale callback from the current one. */
  running: Entry<Task, Outcome> | undefined;
  token: number;
  startedAt: number;
}

export function createWorkerPool<Task, Outcome>(options: WorkerPoolOptions<Task, Outcome>): WorkerPool<Task, Outcome> {
  if (!Number.isInteger(options.size) || options.size < 1)
    throw new Error(`pool size must be a positive whole number, got ${options.size}`);
  const queue: Entry<Task, Outcome>[] = [];
  const slots: Slot<Task, Outcome>[] = Array.from({ length: options.size }, () => ({
    worker: undefined,
    dead: false,
    running: undefined,
    token: 0,
    startedAt: 0,
  }));
  const stats: PoolStats = { tasksCompleted: 0, tasksFailed: 0, retries: 0, workersStarted: 0, roundTripMs: 0 };
  let closed = false;

  // One abort listener per signal (an ensemble shares one signal over hundreds of tasks).
  const watched = new Map<AbortSignal, Set<Entry<Task, Outcome>>>();
  function watch(entry: Entry<Task, Outcome>, signal: AbortSignal): void {
    let entries = watched.get(signal);
    if (!entries) {
      const group = new Set<Entry<Task, Outcome>>();
      entries = group;
      watched.set(signal, group);
      signal.addEventListener(
        'abort',
        () => {
          watched.delete(signal);
          removeQueued((queuedEntry) => group.has(queuedEntry), 'aborted');
          for (const running of group) {
            settle(running, { error: new CancelledError('aborted') });
            // The worker stops between two quarters and stays, warm, for the next task.
            for (const slot of slots) if (slot.running === running) slot.worker?.cancel?.();
          }
        },
        { once: true },
      );
    }
    entries.add(entry);
  }

  function settle(entry: Entry<Task, Outcome>, outcome: { value: Outcome } | { error: Error }): void {
    if (entry.settled) return;
    entry.settled = true;
    if (entry.signal) watched.get(entry.signal)?.delete(entry);
    if ('error' in outcome) entry.reject(outcome.error);
    else entry.resolve(outcome.value);
  }

  function freshWorker(slot: Slot<Task, Outcome>): PoolWorker<Task, Outcome> {
    const old = slot.worker;
    slot.worker = undefined;
    old?.terminate();
    const worker = options.createWorker();
    stats.workersStarted++;
    slot.worker = worker;
    slot.dead = false;
    worker.onDeath((error) => {
      if (slot.worker !== worker) return;
      slot.dead = true;
      if (slot.running) finish(slot, slot.token, { error });
    });
    return worker;
  }

  function start(slot: Slot<Task, Outcome>, entry: Entry<Task, Outcome>): void {
    let worker: PoolWorker<Task, Outcome>;
    try {
      worker = !slot.worker || slot.dead ? freshWorker(slot) : slot.worker;
    } catch (error) {
      // No worker could be started (the factory threw): the task fails, the slot stays free.
      stats.tasksFailed++;
      settle(entry, { error: error instanceof Error ? error : new Error(String(error)) });
      return;
    }
    const token = ++slot.token;
    slot.running = entry;
    slot.startedAt = performance.now();
    worker.run(entry.task).then(
      (value) => finish(slot, token, { value }),
      (error: unknown) => finish(slot, token, { error: error instanceof Error ? error : new Error(String(error)) }),
    );
  }

  function finish(slot: Slot<Task, Outcome>, token: number, outcome: { value: Outcome } | { error: Error }): void {
    if (token !== slot.token || !slot.running) return;
    const entry = slot.running;
    slot.running = undefined;
    slot.token++;
    if ('value' in outcome) {
      stats.tasksCompleted++;
      stats.roundTripMs += performance.now() - slot.startedAt;
      settle(entry, outcome);
    } else if (!entry.settled && !closed) {
      // A throw or a death: report it, replace the worker, and run the task once more on the fresh one.
      const willRetry = entry.attempt === 0;
      options.onTaskError?.({ task: entry.task, error: outcome.error, attempt: entry.attempt, willRetry });
      slot.dead = true; // start() replaces it before the next task
      if (willRetry) {
        stats.retries++;
        entry.attempt++;
        start(slot, entry);
        return;
      }
      stats.tasksFailed++;
      settle(entry, outcome);
    }
    dispatch();
  }

  function dispatch(): void {
    for (const slot of slots) {
      // A slot whose worker could not start stays free, so it takes the next task (which fails alike).
      while (!closed && queue.length > 0 && !slot.running) start(slot, queue.shift() as Entry<Task, Outcome>);
    }
  }

  function removeQueued(predicate: (entry: Entry<Task, Outcome>) => boolean, reason: string): number {
    let removed = 0;
    for (let i = queue.length - 1; i >= 0; i--) {
      if (!predicate(queue[i])) continue;
      const [entry] = queue.splice(i, 1);
      settle(entry, { error: new CancelledError(reason) });
      removed++;
    }
    return removed;
  }

  return {
    size: options.size,
    stats,
    run(task, submit = {}) {
      return new Promise<Outcome>((resolve, reject) => {
        if (closed) return reject(new CancelledError('the pool is closed'));
        if (submit.signal?.aborted) return reject(new CancelledError('aborted before it started'));
        const entry: Entry<Task, Outcome> = { task, lane: submit.lane, signal: submit.signal, resolve, reject, attempt: 0, settled: false };
        if (submit.signal) watch(entry, submit.signal);
        queue.push(entry);
        dispatch();
      });
    },
    supersede(lane) {
      return removeQueued((entry) => entry.lane === lane, 'superseded by a newer request');
    },
    startWorkers() {
      for (const slot of slots) {
        if (closed || slot.worker) continue;
        try {
          freshWorker(slot);
        } catch {
          // As in start(): the slot stays without a worker, and its first task reports the error.
        }
      }
    },
    close() {
      if (closed) return;
      closed = true;
      removeQueued(() => true, 'the pool is closed');
      for (const slot of slots) {
        if (slot.running) settle(slot.running, { error: new CancelledError('the pool is closed') });
        slot.running = undefined;
        const worker = slot.worker;
        slot.worker = undefined;
        worker?.terminate();
      }
    },
  };
}
