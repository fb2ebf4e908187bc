import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionsHeader, regionsRows } from '../../packages/analysis/src/index.js';
import { parseScenario, REGION_INDICATORS, REGIONS, runScenario } from '../../packages/engine/src/index.js';
import { REPOSITORY, runCli, SCENARIOS } from './support/runCli.js';

// regions.csv as the README documents it: `pnpm sim run` and `pnpm sim ensemble` on a short, coarse scenario.
const scenarioJson = () => {
  const { $schema: _schema, ...baseline } = JSON.parse(readFileSync(join(SCENARIOS, 'baseline.json'), 'utf8'));
  return { ...baseline, name: 'Regions test', endYear: 2022, personsPerAgent: 10000, seeds: 2 };
};
const cheaper = () => ({ ...scenarioJson(), levers: { 'kz_to_uz.remittance_cost_pct': 0.5 } });

function pnpmCommand(): string[] {
  const execPath = process.env.npm_execpath;
  if (execPath?.includes('pnpm')) return [process.execPath, execPath];
  const { packageManager } = JSON.parse(readFileSync(join(REPOSITORY, 'package.json'), 'utf8')) as { packageManager: string };
  return ['npx', '-y', packageManager];
}

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sim-regions-'));
  await writeFile(join(directory, 'base.json'), JSON.stringify(scenarioJson()));
  await writeFile(join(directory, 'cheap.json'), JSON.stringify(cheaper()));
  const sim = (...args: string[]) => runCli(['--silent', '--dir', REPOSITORY, 'sim', ...args], { cwd: directory, command: pnpmCommand() });
  const outcomes = [
    await sim('run', 'cheap.json', '--out', 'run'),
    await sim('ensemble', 'cheap.json', '--baseline', 'base.json', '--out', 'ens'),
  ];
  for (const outcome of outcomes) expect(outcome.code, outcome.stderr).toBe(0);
}, 300_000);
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('regions.csv', () => {
  it('sim run writes one row per seed, quarter and region: the engine’s regional indicators, at full precision', async () => {
    const text = await readFile(join(directory, 'run', 'regions.csv'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(`seed,step,year,region,${REGION_INDICATORS.map((i) => i.id).join(',')}`);
    const parsed = parseScenario(cheaper());
    if (!parsed.ok) throw new Error('bad scenario');
    const steps = 4 * (2022 - 2021 + 1);
    expect(lines.length - 1).toBe(2 * steps * REGIONS.length);
    // The same numbers as runScenario's `regions`, through the one writer the lab uses too.
    let expected = regionsHeader();
    for (const seed of [parsed.scenario.seed, parsed.scenario.seed + 1]) {
      const run = runScenario(parsed.scenario, seed, { regions: true });
      expected += regionsRows({ ...run, regionNames: run.regionNames ?? [], regionValues: run.regionValues ?? [] });
    }
    expect(text).toBe(expected);
    expect(lines[1].split(',').slice(0, 4)).toEqual([String(parsed.scenario.seed), '0', '2021', REGIONS[0].name]);
  });

  it('sim ensemble writes both variants; the scenario’s rows are sim run’s', async () => {
    const text = await readFile(join(directory, 'ens', 'regions.csv'), 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(`variant,${regionsHeader().trimEnd()}`);
    const scenarioRows = lines.filter((l) => l.startsWith('scenario,')).map((l) => l.slice('scenario,'.length));
    const runLines = (await readFile(join(directory, 'run', 'regions.csv'), 'utf8')).trimEnd().split('\n').slice(1);
    expect(scenarioRows).toEqual(runLines);
    expect(lines.filter((l) => l.startsWith('baseline,')).length).toBe(runLines.length);
    // The cheaper transfer changes the Uzbek diaspora's remittances in some region; the baseline differs.
    expect(lines.filter((l) => l.startsWith('baseline,')).map((l) => l.slice(9))).not.toEqual(runLines);
  });
});
