import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../packages/engine/src/index.js';
import { runInProcess } from './support/runCli.js';

// A v1 scenario file runs after migration, its notes on stderr; one that cannot be migrated stops
// with exit code 2, the message naming the assumption, and nothing written.
const V1 = fileURLToPath(new URL('../scenarios/fixtures/v1/', import.meta.url));
const COARSE = ['--seeds', '1', '--persons-per-agent', '10000'];
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sim-migration-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const sim = (args: readonly string[]) => runInProcess(args, directory);

describe('sim run on a v1 scenario file', () => {
  it('prints what was mapped to what on stderr, runs the migrated scenario and exits 0', async () => {
    const file = join(V1, 'edited-in-the-lab.json');
    const outcome = await sim(['run', file, ...COARSE, '--out', 'edited']);
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain(`note: ${file} is schema version 1, migrated:\n  - schema version 1 read as 2: the model was revised`);
    expect(outcome.stderr).toContain(
      '  - assumption acculturation.language_pull: 0.3 (orientation per proficiency point, v1) mapped to 1.2',
    );
    expect(outcome.stdout).toContain('Wrote edited/series.csv');
    const summary = JSON.parse(await readFile(join(directory, 'edited', 'summary.json'), 'utf8'));
    expect(summary.scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(summary.scenario.assumptions['acculturation.language_pull']).toBe(1.2);
  });

  it('applies --set in the current units, after the migration', async () => {
    const file = join(V1, 'edited-in-the-lab.json');
    const outcome = await sim(['run', file, ...COARSE, '--set', 'acculturation.language_pull=1.5', '--out', 'set']);
    expect(outcome.code).toBe(0);
    const summary = JSON.parse(await readFile(join(directory, 'set', 'summary.json'), 'utf8'));
    expect(summary.scenario.assumptions['acculturation.language_pull']).toBe(1.5);
  });

  it('refuses an assumption the model no longer has: exit 2, the message names it, nothing written', async () => {
    const before = await readdir(directory);
    const outcome = await sim(['run', join(V1, 'unmappable-orientation-drop.json'), ...COARSE, '--out', 'refused']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(
      'unmappable-orientation-drop.json: assumptions["discrimination.orientation_drop"]: assumption discrimination.orientation_drop: 0.1 (share of host orientation per event, v1) cannot be carried over',
    );
    expect(outcome.stdout).toBe('');
    expect(await readdir(directory)).toEqual(before);
  });
});
