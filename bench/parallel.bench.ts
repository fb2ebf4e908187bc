import { availableParallelism } from 'node:os';
import { createWorkerPool, type EnginePool, type TaskOutcome } from '../packages/analysis/src/index.js';
import { createRecyclingWorkers } from '../packages/cli/src/pool/recyclingWorkers.js';

/**
 * Parallel efficiency of ensembles on the worker pool (issue 3): runs per second with P = 1, 2, ...
 * up to the cores present, each worker_threads thread already loaded and warmed, and the pool's
 * overhead per run (dispatch, messages, transfer of the result: round trip minus time in the worker).
 * `npx tsx bench/parallel.bench.ts [--quick]`. Targets: speed-up at least 0.8 x P; overhead under 1 ms.
 */
const quick = process.argv.includes('--quick');
const cores = availableParallelism();
const scenarioText = JSON.stringify({
  schemaVersion: 2,
  name: 'bench: baseline, short',
  endYear: quick ? 2022 : 2025,
  personsPerAgent: quick ? 1000 : 400,
});
const runsPerWorker = quick ? 3 : 6;
const threads = createRecyclingWorkers();

async function runBatch(
  pool: EnginePool,
  count: number,
  firstSeed: number,
): Promise<{ seconds: number; outcomes: TaskOutcome[]; coresUsed: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const outcomes = await Promise.all(Array.from({ length: count }, (_, i) => pool.run({ scenarioText, seed: firstSeed + i })));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // Cores this process (all its threads) had on average: below P means other processes took the rest.
  return { seconds, outcomes, coresUsed: (used.user + used.system) / 1e6 / seconds };
}

const line = (label: string, value: string, target = '') => console.log(`${label.padEnd(58)} ${value.padStart(12)}   ${target}`);
console.log(
  `diaspora-sim parallel ensembles (${cores} cores; runs of ${JSON.parse(scenarioText).endYear - 2020} years at ${JSON.parse(scenarioText).personsPerAgent} persons per agent)\n`,
);

// Load and warm every thread first (loading the engine in a thread takes seconds; JIT warms on the first runs).
const warm = createWorkerPool({ size: cores, createWorker: threads.factory });
await runBatch(warm, 2 * cores, 10_000);
warm.close();

let single = 0;
for (let p = 1; p <= cores; p++) {
  const pool = createWorkerPool({ size: p, createWorker: threads.factory });
  const { seconds, outcomes, coresUsed } = await runBatch(pool, p * runsPerWorker, 1);
  const runsPerSecond = outcomes.length / seconds;
  if (p === 1) single = runsPerSecond;
  const speedUp = runsPerSecond / single;
  line(
    `P = ${p}: runs per second`,
    runsPerSecond.toFixed(2),
    p === 1 ? '' : `speed-up ${speedUp.toFixed(2)} x, efficiency ${(speedUp / p).toFixed(2)} (target >= 0.8)`,
  );
  line(
    `  cores this process got on average (of ${p} wanted)`,
    coresUsed.toFixed(2),
    coresUsed < 0.9 * p ? 'other processes took the rest' : '',
  );
  // Throughput per core actually received: flat across P when the pool itself costs nothing.
  line('  runs per CPU-second', (runsPerSecond / coresUsed).toFixed(2));
  if (p === 1) {
    const workerMs = outcomes.reduce((sum, o) => sum + o.workerMs, 0);
    const overheadMs = (pool.stats.roundTripMs - workerMs) / outcomes.length;
    line('pool overhead per run (round trip minus time in the worker), ms', overheadMs.toFixed(3), 'target < 1');
    line('mean time in the worker per run, ms', (workerMs / outcomes.length).toFixed(1));
  }
  pool.close();
}
threads.close();
if (cores < 2) console.log('\nonly one core: parallel efficiency cannot be measured here');
