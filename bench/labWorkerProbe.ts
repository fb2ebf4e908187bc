import type { SliceTimes } from '../packages/analysis/src/pool/task.js';

/** One run's times, as seen from outside the worker and inside it (ms). */
export interface RunTimes {
  readonly roundTripMs: number;
  /** The worker's own time for the task (`TaskOutcome.workerMs`); NaN for `run`, which does not say. */
  readonly workerMs: number;
  /** The worker's own account of a sliced run. */
  readonly slices?: SliceTimes;
}

export interface ProbeTimes {
  /** From creating the worker to its first answer (modules loaded). */
  readonly loadMs: number;
  readonly warmUpMs: number;
  readonly sliced: RunTimes[];
  readonly unsliced: RunTimes[];
  /** Whether every unsliced run's values equal the sliced run's of the same seed, bit for bit. */
  readonly sameBits: boolean;
}

export interface ProbePort {
  post(message: unknown): void;
  listen(listener: (data: unknown) => void): void;
}

/**
 * Drives the engine worker through comlink's wire format (APPLY of a method with raw arguments),
 * so the same function runs in a page and in Node. Self-contained: the browser gets its source text.
 */
export async function probeWorker(port: ProbePort, scenarioText: string, runs: number, now: () => number): Promise<ProbeTimes> {
  type Reply = {
    id: string;
    type: string;
    value: { workerMs?: number; slices?: SliceTimes; result?: { values: Float64Array }; values?: Float64Array };
  };
  let next = 0;
  const waiting = new Map<string, (reply: Reply) => void>();
  port.listen((data) => {
    const reply = data as Reply;
    const resolve = waiting.get(reply.id);
    waiting.delete(reply.id);
    resolve?.(reply);
  });
  const call = (name: string, ...args: unknown[]) =>
    new Promise<Reply['value']>((resolve, reject) => {
      const id = `probe-${++next}`;
      waiting.set(id, (reply) => (reply.type === 'HANDLER' ? reject(new Error(JSON.stringify(reply.value))) : resolve(reply.value)));
      port.post({ id, type: 'APPLY', path: [name], argumentList: args.map((value) => ({ type: 'RAW', value })) });
    });
  const loadStart = now();
  await call('ping');
  const loadMs = now() - loadStart;
  const warmStart = now();
  await call('warmUp');
  const warmUpMs = now() - warmStart;
  const sliced: RunTimes[] = [];
  const unsliced: RunTimes[] = [];
  let sameBits = true;
  // Interleaved, so that neither form gains from running later (warmer) than the other.
  for (let i = 0; i < runs; i++) {
    const start = now();
    const outcome = await call('runTask', { scenarioText, seed: 1 + i }, i + 1);
    sliced.push({ roundTripMs: now() - start, workerMs: outcome.workerMs ?? Number.NaN, slices: outcome.slices });
    const unslicedStart = now();
    const result = await call('run', JSON.parse(scenarioText), 1 + i);
    unsliced.push({ roundTripMs: now() - unslicedStart, workerMs: Number.NaN });
    const a = new Uint32Array((result.values as Float64Array).buffer);
    const b = new Uint32Array((outcome.result as { values: Float64Array }).values.buffer);
    sameBits &&= a.length === b.length && a.every((x, k) => x === b[k]);
  }
  return { loadMs, warmUpMs, sliced, unsliced, sameBits };
}
