import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../packages/analysis/src/index.js';
import { main } from '../../packages/cli/src/main.js';
import { INDICATOR_IDS, INDICATORS, parseScenario } from '../../packages/engine/src/index.js';
import { stampOf } from '../../packages/ui/src/lib/exports.js';
import { REPOSITORY, runCli, SCENARIOS } from './support/runCli.js';

// Full-length baseline runs at a coarse scale: 2 seeds of 100 quarters at 2,000 persons per agent.
const COARSE = ['--seeds', '2', '--persons-per-agent', '2000'];
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sim-run-'));
  await writeFile(join(directory, 'my-baseline.json'), await readFile(join(SCENARIOS, 'baseline.json')));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** pnpm as the user runs it: the running pnpm when tests run under pnpm, else the pinned version through npx. */
function pnpmCommand(): string[] {
  const execPath = process.env.npm_execpath;
  if (execPath?.includes('pnpm')) return [process.execPath, execPath];
  const { packageManager } = JSON.parse(readFileSync(join(REPOSITORY, 'package.json'), 'utf8')) as { packageManager: string };
  return ['npx', '-y', packageManager];
}

function parseCsv(text: string): { header: string[]; rows: number[][] } {
  const [head, ...lines] = text.trimEnd().split('\n');
  return { header: head.split(','), rows: lines.map((line) => line.split(',').map(Number)) };
}

describe('sim run, end to end', () => {
  let viaPnpm: Awaited<ReturnType<typeof runCli>>;
  let viaTsx: Awaited<ReturnType<typeof runCli>>;
  const direct = () => join(directory, 'direct');

  beforeAll(async () => {
    // Through pnpm from the user's directory: pnpm runs the CLI in packages/cli, and relative paths
    // must still resolve against the directory pnpm was started in (INIT_CWD).
    const runThroughPnpm = runCli(['--dir', REPOSITORY, 'sim', 'run', 'my-baseline.json', ...COARSE, '--out', 'results'], {
      cwd: directory,
      command: pnpmCommand(),
    });
    const runDirectly = runCli(['run', join(SCENARIOS, 'baseline.json'), ...COARSE, '--out', direct()], {
      cwd: join(REPOSITORY, 'packages/cli'),
    });
    [viaPnpm, viaTsx] = await Promise.all([runThroughPnpm, runDirectly]);
  });

  it('resolves relative paths against the directory pnpm was started in, and exits 0', async () => {
    expect(viaPnpm.stderr).not.toContain('error');
    expect(viaPnpm.code).toBe(0);
    expect((await readdir(join(directory, 'results'))).sort()).toEqual(['regions.csv', 'series.csv', 'summary.json']);
    expect(viaPnpm.stdout).toContain('Wrote results/series.csv');
    expect(await readdir(join(REPOSITORY, 'packages/cli'))).not.toContain('results');
  });

  it('gives a byte-identical series.csv for the same scenario and seeds', async () => {
    expect(viaTsx.code).toBe(0);
    const first = await readFile(join(directory, 'results', 'series.csv'));
    const second = await readFile(join(direct(), 'series.csv'));
    expect(first.length).toBeGreaterThan(10_000);
    expect(first.equals(second)).toBe(true);
  });

  it('writes seed,step,year then every indicator, one row per seed and quarter; different seeds differ', async () => {
    const { header, rows } = parseCsv(await readFile(join(direct(), 'series.csv'), 'utf8'));
    expect(header).toEqual(['seed', 'step', 'year', ...INDICATOR_IDS]);
    expect(rows).toHaveLength(200);
    expect(rows[0].slice(0, 3)).toEqual([1, 0, 2021]);
    expect(rows[101].slice(0, 3)).toEqual([2, 1, 2021.25]);
    expect(rows[199].slice(0, 3)).toEqual([2, 99, 2045.75]);
    const population = header.indexOf('uz_in_kz.population');
    const seedOne = rows.slice(0, 100).map((r) => r[population]);
    const seedTwo = rows.slice(100).map((r) => r[population]);
    expect(seedOne).not.toEqual(seedTwo);
    expect(rows.every((r) => r.every((v) => !Number.isNaN(v)))).toBe(true);
  });

  it('summarises each indicator by calendar year over seeds, consistently with series.csv', async () => {
    const summary = JSON.parse(await readFile(join(direct(), 'summary.json'), 'utf8'));
    expect(summary.seeds).toEqual([1, 2]);
    expect(summary.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(summary.scenario).toMatchObject({ name: 'Baseline: 2021 status quo', seed: 1, seeds: 2, personsPerAgent: 2000 });
    expect(summary.years).toHaveLength(25);
    expect(Object.keys(summary.indicators)).toEqual(INDICATOR_IDS);
    const { header, rows } = parseCsv(await readFile(join(direct(), 'series.csv'), 'utf8'));
    // 2030 is the tenth year: quarters 36–39 of each seed.
    const check = (id: string, expected: (quarters: number[]) => number) => {
      const column = header.indexOf(id);
      const perSeed = [0, 100].map((offset) => expected(rows.slice(offset + 36, offset + 40).map((r) => r[column])));
      expect(summary.indicators[id].mean[9]).toBeCloseTo((perSeed[0] + perSeed[1]) / 2, 6);
      expect(summary.indicators[id].p5[9]).toBeCloseTo(Math.min(...perSeed) + 0.05 * Math.abs(perSeed[0] - perSeed[1]), 6);
    };
    const flow = INDICATORS.find((d) => d.kind === 'flow')!.id;
    check('uz_in_kz.population', (q) => q[3]);
    check(flow, (q) => (q[0] + q[1] + q[2] + q[3]) / 4);
  });

  it('stamps the summary as the lab stamps the same scenario (canonical JSON, SHA-256)', async () => {
    const summary = JSON.parse(await readFile(join(direct(), 'summary.json'), 'utf8'));
    const file = JSON.parse(await readFile(join(SCENARIOS, 'baseline.json'), 'utf8'));
    const parsed = parseScenario({ ...file, seeds: 2, personsPerAgent: 2000 });
    if (!parsed.ok) throw new Error('the baseline does not parse');
    expect(summary.stamp).toEqual(stampOf(parsed.scenario));
    expect(summary.stamp).toMatchObject({ seeds: [1, 2], personsPerAgent: 2000, engineVersion: summary.engineVersion });
    expect(summary.stamp.scenarioSha256).toMatch(/^[0-9a-f]{64}$/);
    // The FIPS 180-2 test vector, so the hash is SHA-256 and not merely self-consistent.
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('prints a table with units on stdout and keeps progress off it', () => {
    const lines = viaTsx.stdout.split('\n');
    expect(lines[0]).toBe('Baseline: 2021 status quo');
    expect(lines[1]).toBe('2 seeds (1–2), 2000 persons per agent; mean over seeds by calendar year');
    expect(lines[3]).toMatch(/^indicator\s+unit\s+2021\s+2025\s+2030\s+2035\s+2040\s+2045$/);
    expect(viaTsx.stdout).toMatch(/Uzbeks in KZ, settled\s+thousand persons/);
    expect(viaTsx.stdout).not.toContain('elapsed');
    expect(viaTsx.stdout).not.toContain('\r');
    expect(viaTsx.stdout).not.toContain(String.fromCharCode(27));
  });
});

describe('sim run in process', () => {
  it('writes to out/<scenario>-<date>-<time> under the user directory without --out, and says where', async () => {
    const short = JSON.parse(await readFile(join(SCENARIOS, 'baseline.json'), 'utf8'));
    await writeFile(join(directory, 'short.json'), JSON.stringify({ ...short, endYear: 2021, seeds: 1, personsPerAgent: 4000 }));
    let stdout = '';
    const code = await main(['run', 'short.json'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: () => true },
      baseDirectory: directory,
      signal: new AbortController().signal,
      now: () => new Date(2026, 2, 14, 9, 30, 5),
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote out/short-20260314-093005/series.csv');
    expect((await readdir(join(directory, 'out', 'short-20260314-093005'))).sort()).toEqual(['regions.csv', 'series.csv', 'summary.json']);
  });

  it('stops on an aborted signal with exit 130 and writes nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    let stderr = '';
    const code = await main(['run', 'my-baseline.json', '--seeds', '3', '--out', 'stopped'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text) },
      baseDirectory: directory,
      signal: controller.signal,
    });
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted: nothing was written');
    expect((await readdir(directory)).filter((name) => name.includes('stopped'))).toEqual([]);
  });
});
