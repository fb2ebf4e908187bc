import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');
const PACKAGES = readdirSync(join(ROOT, 'packages'));

/** `pnpm lint:deps` as package.json spells it, run with the repository's dependency-cruiser in `cwd`. */
async function lintDependencies(cwd: string): Promise<{ code: number; output: string }> {
  const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['lint:deps'] as string;
  const [command, ...args] = script.split(' ');
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin', command), args, { cwd });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

/**
 * A copy of the workspace's sources and configuration, with each package's
 * node_modules rebuilt from links: workspace packages point into the copy, the others at the
 * repository's installed packages.
 */
function copyWorkspace(): string {
  const copy = mkdtempSync(join(tmpdir(), 'ds-dependency-rules-'));
  for (const file of ['.dependency-cruiser.cjs', 'tsconfig.json', 'tsconfig.base.json', 'package.json'])
    cpSync(join(ROOT, file), join(copy, file));
  for (const name of PACKAGES) {
    const from = join(ROOT, 'packages', name);
    const to = join(copy, 'packages', name);
    cpSync(join(from, 'src'), join(to, 'src'), { recursive: true });
    cpSync(join(from, 'package.json'), join(to, 'package.json'));
    for (const dependency of readdirSync(join(from, 'node_modules'))) {
      if (dependency.startsWith('.')) continue;
      const scoped = dependency.startsWith('@')
        ? readdirSync(join(from, 'node_modules', dependency)).map((n) => `${dependency}/${n}`)
        : [dependency];
      for (const entry of scoped) {
        const link = join(to, 'node_modules', entry);
        const workspace = entry.startsWith('@diaspora-sim/') ? join(copy, 'packages', entry.slice('@diaspora-sim/'.length)) : undefined;
        mkdirSync(dirname(link), { recursive: true });
        symlinkSync(workspace ?? realpathSync(join(from, 'node_modules', entry)), link);
      }
    }
  }
  return copy;
}

function plant(copy: string, file: string, text: string): void {
  const path = join(copy, file);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\n${text}\n`);
}

describe('dependency rules (pnpm lint)', () => {
  let copy: string;
  beforeAll(() => {
    copy = copyWorkspace();
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('pass on the workspace as it is', async () => {
    const result = await lintDependencies(ROOT);
    expect(result.output).toContain('no dependency violations found');
    expect(result.code).toBe(0);
  });

  it('pass on the untouched copy, so the copy is a fair place to plant violations', async () => {
    const result = await lintDependencies(copy);
    expect(result.output).toContain('no dependency violations found');
    expect(result.code).toBe(0);
  });

  it.each([
    {
      what: 'the ui importing the cli',
      file: 'packages/ui/src/lib/format.ts',
      text: "export { main as plantedMain } from '../../../cli/src/main.js';",
      rules: ['ui-imports-no-cli', 'no-cross-package-relative-import'],
    },
    {
      what: 'the engine importing analysis by name',
      file: 'packages/engine/src/version.ts',
      text: "export { PairedAccumulator as Planted } from '@diaspora-sim/analysis';",
      rules: ['engine-imports-no-other-package'],
    },
    {
      what: 'the engine importing analysis by a relative path',
      file: 'packages/engine/src/version.ts',
      text: "export { PairedAccumulator as Planted } from '../../analysis/src/index.js';",
      rules: ['engine-imports-no-other-package', 'no-cross-package-relative-import'],
    },
    {
      what: "the cli reaching into the engine's internals",
      file: 'packages/cli/src/paths.ts',
      text: "export { STEP_PLAN as Planted } from '../../engine/src/step/plan.js';",
      rules: ['only-through-entry-points', 'no-cross-package-relative-import'],
    },
    {
      what: 'a new import of a mechanism into state/',
      file: 'packages/engine/src/state/regions.ts',
      text: "export { contacts as Planted } from '../rules/contacts.js';",
      rules: ['state-imports-no-mechanism'],
    },
    {
      what: 'an import cycle',
      file: 'packages/engine/src/version.ts',
      text: "export { ENGINE_VERSION as Planted } from './index.js';",
      rules: ['no-import-cycle'],
    },
  ])('fail on $what, naming the rule', async ({ file, text, rules }) => {
    const original = readFileSync(join(copy, file), 'utf8');
    plant(copy, file, text);
    try {
      const result = await lintDependencies(copy);
      expect(result.code).not.toBe(0);
      // The copy passed before the plant, so every message is about it: it names the rule and the module
      // (a cycle is listed over several lines, from one of its modules).
      for (const rule of rules) expect(result.output).toContain(`error ${rule}: `);
      expect(result.output).toContain(file);
    } finally {
      writeFileSync(join(copy, file), original);
    }
  });
});
