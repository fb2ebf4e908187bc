import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSeeds } from '../../packages/cli/src/runSeeds.js';
import { parseScenario, type RunResult, resolveScenario, runScenario } from '../../packages/engine/src/index.js';

// The CLI's own stepping loop gives runScenario's numbers, bit for bit, and a seed's run does not
// depend on the runs before it. (Worker threads against the main thread: tests/analysis/workers.cli.test.ts.)
const input = {
  ...JSON.parse(readFileSync(new URL('../../scenarios/full-cooperation.json', import.meta.url), 'utf8')),
  endYear: 2030,
  personsPerAgent: 2000,
};
const parsed = parseScenario(input);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const scenario = parsed.scenario;

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

describe('the CLI runs seeds as the engine does', () => {
  it('gives identical values from its stepping loop and from runScenario', async () => {
    const [fromCli] = await cliRuns([3]);
    const fromMain = runScenario(scenario, 3);
    expect(fromCli.values.length).toBe(40 * fromMain.indicatorIds.length);
    expect(firstDifference(fromCli, fromMain), 'the CLI loop vs runScenario').toBe('none');
    expect(Array.from(fromCli.years)).toEqual(Array.from(fromMain.years));
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
