import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPOSITORY, runCli, SCENARIOS } from './support/runCli.js';

/** pnpm as the user runs it: the running pnpm when tests run under pnpm, else the pinned version through npx. */
function pnpmCommand(): string[] {
  const execPath = process.env.npm_execpath;
  if (execPath?.includes('pnpm')) return [process.execPath, execPath];
  const { packageManager } = JSON.parse(readFileSync(join(REPOSITORY, 'package.json'), 'utf8')) as { packageManager: string };
  return ['npx', '-y', packageManager];
}

describe('the bundled command line (pnpm sim)', () => {
  const copy = mkdtempSync(join(tmpdir(), 'sim-bundle-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('passes the exit code of bad input through pnpm, with one message and no noise from pnpm', async () => {
    const outcome = await runCli(
      ['--silent', '--dir', REPOSITORY, 'sim', 'run', join(SCENARIOS, 'baseline.json'), '--set', 'no_such.lever=1'],
      {
        cwd: copy,
        command: pnpmCommand(),
      },
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.replace(/^sim: the sources changed.*\n/, '')).toBe(
      'error: --set no_such.lever=1: unknown lever id "no_such.lever"\n',
    );
  });

  it('counts as stale as soon as any source of the engine, analysis or CLI changes, so it is bundled again', async () => {
    // The bundler's own freshness check, on a copy of its inputs (the repository's bundle is left alone).
    for (const path of ['pnpm-lock.yaml', 'packages/cli/bundle.mjs']) cpSync(join(REPOSITORY, path), join(copy, path), { recursive: true });
    for (const name of ['engine', 'analysis', 'cli']) {
      cpSync(join(REPOSITORY, 'packages', name, 'src'), join(copy, 'packages', name, 'src'), { recursive: true });
      cpSync(join(REPOSITORY, 'packages', name, 'package.json'), join(copy, 'packages', name, 'package.json'));
    }
    const bundler = (await import(join(copy, 'packages/cli/bundle.mjs'))) as { fingerprint(): string; isCurrent(): boolean };
    mkdirSync(join(copy, 'packages/cli/dist'), { recursive: true });
    writeFileSync(join(copy, 'packages/cli/dist/fingerprint.txt'), bundler.fingerprint());
    expect(bundler.isCurrent()).toBe(true);
    const rule = join(copy, 'packages/engine/src/version.ts');
    writeFileSync(rule, `${readFileSync(rule, 'utf8')}// changed\n`);
    expect(bundler.isCurrent()).toBe(false);
  });
});
