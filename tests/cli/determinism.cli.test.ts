import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runSeeds } from '../../packages/cli/src/runSeeds.js';
import { createNodeEngineWorker } from '../../packages/cli/src/workers/createNodeEngineWorker.js';
import { parseScenario, type RunResult, resolveScenario, runScenario } from '../../packages/engine/src/index.js';

// The same scenario and seed give the same numbers, bit for bit, on the main thread (the engine's
// runScenario and the CLI's own stepping loop) and in a worker_threads worker through comlink.
const input = {
  ...JSON.parse(readFileSync(new URL('../../scenarios/full-cooperation.json', import.meta.url), 'utf8')),
  endYear: 2030,
  personsPerAgent: 2000,
};
const parsed = parseScenario(input);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const scenario = parsed.scenario;
const worker = createNodeEngineWorker();
afterAll(async () => {
  await worker.terminate();
});

/** Where two runs first differ ("none" when they are bit-identical), for a failure worth reading. */
function firstDifference(a: RunResult, b: RunResult): string {
  if (a.values.length !== b.values.length) return `lengths ${a.values.length} and ${b.values.length}`;
  const count = a.indicatorIds.length;
  for (let i = 0; i < a.values.length; i++) {
    if (!Object.is(a.values[i], b.values[i]))
      return `step ${Math.floor(i / count)}, ${a.indicatorIds[i % count]}: ${a.values[i]} vs ${b.values[i]}`;
  }
  return 'none';
}

async function cliRuns(seeds: number[]): Promise<RunResult[]> {
  const results: RunResult[] = [];
  await runSeeds(resolveScenario(scenario), seeds, { onSeed: (result) => void results.push(result) });
  return results;
}

describe('determinism across threads', () => {
  it('starts the engine in a worker_threads worker', async () => {
    expect(await worker.api.ping()).toBe('pong');
  });

  it('gives identical values from the worker and from the main thread', async () => {
    const [fromWorker, [fromCli]] = await Promise.all([worker.api.run(input, 3), cliRuns([3])]);
    const fromMain = runScenario(scenario, 3);
    expect(fromWorker.values.length).toBe(fromMain.values.length);
    expect(fromWorker.values.length).toBe(40 * fromMain.indicatorIds.length);
    expect(firstDifference(fromWorker, fromMain), 'worker thread vs runScenario').toBe('none');
    expect(firstDifference(fromCli, fromMain), 'the CLI loop vs runScenario').toBe('none');
    expect(Array.from(fromCli.years)).toEqual(Array.from(fromWorker.years));
  });

  it('gives different values for different seeds, and a seed does not depend on the runs before it', async () => {
    const [three, four] = await cliRuns([3, 4]);
    const [fourAlone] = await cliRuns([4]);
    expect(firstDifference(four, fourAlone)).toBe('none');
    let differing = 0;
    for (let i = 0; i < three.values.length; i++) if (three.values[i] !== four.values[i]) differing++;
    expect(differing).toBeGreaterThan(three.values.length / 4);
  });
});
