import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setEngineWorkerFactory } from '../../packages/cli/src/pool/createNodeWorkerPool.js';
import { createRecyclingWorkers } from '../../packages/cli/src/pool/recyclingWorkers.js';
import { parseScenarioText } from '../../packages/engine/src/index.js';
import { scratchWithScenarios, sim } from './support/cliHarness.js';

// Real worker_threads, kept loaded across the commands of this file (loading the engine takes seconds).
const workers = createRecyclingWorkers();
let dir: string;
beforeAll(() => {
  setEngineWorkerFactory(workers.factory);
  dir = scratchWithScenarios();
});
afterAll(() => {
  setEngineWorkerFactory();
  workers.close();
});

const read = (...parts: string[]) => readFileSync(join(dir, ...parts), 'utf8');

describe('sim ensemble', () => {
  it('writes series, diff and summary; the cost cut raises recorded remittances with an interval above zero', async () => {
    const { code, stdout, stderr } = await sim(
      ['ensemble', 'cheap.json', '--baseline', 'base.json', '--workers', '2', '--out', 'ens'],
      dir,
    );
    expect(stderr).not.toContain('error');
    expect(code).toBe(0);
    expect(stdout).toContain('uz_in_kz.remittances_formal_usd');
    const series = read('ens', 'series.csv').split('\n');
    expect(series[0].startsWith('variant,seed,step,year,uz_in_kz.population')).toBe(true);
    expect(series.filter((l) => l.startsWith('baseline,')).length).toBe(2 * 8);
    expect(series.filter((l) => l.startsWith('scenario,')).length).toBe(2 * 8);
    const diff = read('ens', 'diff.csv').split('\n');
    expect(diff[0]).toBe('indicator,step,year,mean,p5,p95,ci_low,ci_high');
    const summary = JSON.parse(read('ens', 'summary.json'));
    expect(summary.band).toBe('chance');
    const remittances = summary.indicators['uz_in_kz.remittances_formal_usd'].difference;
    expect(remittances.ci_low[1]).toBeGreaterThan(0);
  });

  it('refuses bad input with exit code 2 and writes nothing', async () => {
    const cases = [
      ['ensemble', 'cheap.json', '--out', 'bad1'], // no baseline
      ['ensemble', 'cheap.json', '--baseline', 'missing.json', '--out', 'bad2'],
      ['ensemble', 'cheap.json', '--baseline', 'base.json', '--set', 'kz_to_uz.remittance_cost_pc=1', '--out', 'bad3'],
      ['ensemble', 'cheap.json', '--baseline', 'base.json', '--set', 'kz_to_uz.remittance_cost_pct=99', '--out', 'bad4'],
      ['sweep', 'cheap.json', '--lever', 'trade.tariff_equivalent_pct=0:99:3', '--out', 'bad5'],
      ['sensitivity', 'cheap.json', '--method', 'sobol', '--indicator', 'uz_in_kz.remitances_usd', '--year', '2022', '--out', 'bad6'],
      ['sensitivity', 'cheap.json', '--method', 'morris', '--indicator', 'uz_in_kz.remittances_usd', '--year', '2030', '--out', 'bad7'],
      ['sweep', 'cheap.json', '--lever', 'trade.tariff_equivalent_pct=0:30:3', '--shard', '3/2', '--out', 'bad8'],
    ];
    for (const argv of cases) {
      const { code, stderr } = await sim(argv, dir);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr, argv.join(' ')).toMatch(/error: /);
    }
    expect(readdirSync(dir).filter((name) => name.startsWith('bad'))).toEqual([]);
    const suggestion = await sim(cases[2], dir);
    expect(suggestion.stderr).toContain('did you mean "kz_to_uz.remittance_cost_pct"');
  });
});

describe('sim sweep with shards', () => {
  it('gives the same files, byte for byte, from two merged shards as from one run', async () => {
    const sweep = ['sweep', 'base.json', '--lever', 'kz_to_uz.remittance_cost_pct=0:4:2', '--workers', '2'];
    expect((await sim([...sweep, '--out', 'whole'], dir)).code).toBe(0);
    expect((await sim([...sweep, '--shard', '1/2', '--out', 'part1'], dir)).code).toBe(0);
    expect((await sim([...sweep, '--shard', '2/2', '--out', 'part2'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'part1', 'sweep.csv'))).toBe(false);
    const alone = await sim(['merge', 'part1', '--out', 'half'], dir);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('uncovered');
    const merged = await sim(['merge', 'part2', 'part1', '--out', 'merged'], dir);
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    for (const file of ['sweep.csv', 'sweep-diff.csv', 'summary.json']) expect(read('merged', file)).toBe(read('whole', file));
    // The journals hold the same runs (in completion order in one, task order in the other).
    const journal = (name: string) => read(name, 'tasks.jsonl').trim().split('\n').sort();
    expect(journal('merged')).toEqual(journal('whole'));
    const header = read('whole', 'sweep.csv').split('\n')[0];
    expect(header).toBe('kz_to_uz.remittance_cost_pct,seed,year,indicator,value');
  });
});

describe('Ctrl-C and --resume', () => {
  it('keeps finished runs on Ctrl-C, and --resume gives the same result as an uninterrupted run', async () => {
    const sensitivity = [
      'sensitivity',
      'base.json',
      '--method',
      'morris',
      '--indicator',
      'uz_in_kz.remittances_formal_usd',
      '--year',
      '2022',
      '--space',
      'policy',
      '--parameters',
      'kz_to_uz.remittance_cost_pct,uz_in_kz.migrant_legal_access',
      '--samples',
      '2',
      '--workers',
      '2',
    ];
    expect((await sim([...sensitivity, '--out', 'straight'], dir)).code).toBe(0);
    const controller = new AbortController();
    let finished = 0;
    setEngineWorkerFactory(() => {
      const worker = workers.factory();
      return {
        ...worker,
        run: async (task) => {
          const outcome = await worker.run(task);
          if (++finished === 2) controller.abort();
          return outcome;
        },
      };
    });
    const interrupted = await sim([...sensitivity, '--out', 'stopped'], dir, controller);
    setEngineWorkerFactory(workers.factory);
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toContain('--resume');
    const kept = read('stopped', 'tasks.jsonl').trim().split('\n').length;
    expect(kept).toBeGreaterThanOrEqual(1);
    expect(kept).toBeLessThan(6);
    expect(existsSync(join(dir, 'stopped', 'sensitivity.csv'))).toBe(false);
    const resumed = await sim(['sensitivity', '--resume', 'stopped', '--workers', '2'], dir);
    expect(resumed.code).toBe(0);
    expect(read('stopped', 'sensitivity.csv')).toBe(read('straight', 'sensitivity.csv'));
    const rows = read('straight', 'sensitivity.csv').trim().split('\n');
    expect(rows[0]).toBe('parameter,mu_star,sigma,mu,mu_star_low,mu_star_high,space');
    expect(rows).toHaveLength(3);
  });
});

describe('sim calibrate', () => {
  it('writes a fitted scenario that validates, a report of target, simulated and error, and its journal', async () => {
    writeFileSync(
      join(dir, 'targets.json'),
      JSON.stringify({
        targets: [
          { id: 'uz_in_kz.migrants', year: 2022, value: 330000, source: 'made up for the test' },
          { id: 'not.an_indicator', year: 2022, value: 1 },
        ],
      }),
    );
    const { code, stdout, stderr } = await sim(
      [
        'calibrate',
        'base.json',
        '--targets',
        'targets.json',
        '--fit',
        'migration.stock_potential=200000:600000',
        '--seeds',
        '1',
        '--max-evaluations',
        '8',
        '--workers',
        '2',
        '--out',
        'fitted.json',
      ],
      dir,
    );
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('not fitted');
    expect(stdout).toContain('migration.stock_potential');
    const fitted = parseScenarioText(read('fitted.json'));
    expect(fitted.ok).toBe(true);
    if (fitted.ok) expect(fitted.scenario.assumptions['migration.stock_potential']).toBeGreaterThan(360000);
    const report = read('fitted.calibration', 'report.csv').trim().split('\n');
    expect(report[0]).toBe('indicator,year,target,simulated,relative_error');
    expect(Math.abs(Number(report[1].split(',')[4]))).toBeLessThan(0.05);
  });
});
