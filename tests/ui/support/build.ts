import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = new URL('../../../', import.meta.url).pathname.replace(/\/$/, '');
const UI = join(ROOT, 'packages/ui');

/** A site the browser tests build with the lab's vite: what it reads (for the cache key) and how. */
export interface SiteBuild {
  readonly name: string;
  /** Files and folders (from the repository's root) whose contents determine the build. */
  readonly inputs: readonly string[];
  /** Extra arguments of `vite build`, e.g. another config. */
  readonly viteArguments: readonly string[];
}

/** The policy lab as `pnpm build` makes it. */
export const LAB_SITE: SiteBuild = {
  name: 'lab',
  inputs: [
    'packages/ui/src',
    'packages/ui/index.html',
    'packages/ui/vite.config.ts',
    'packages/ui/modelDocs.ts',
    'packages/engine/src',
    'packages/analysis/src',
    'packages/cli/src',
    'scenarios',
    'docs',
  ],
  viteArguments: [],
};

async function files(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  const info = await stat(path);
  if (info.isFile()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => files(join(path, e.name))));
  return nested.flat();
}

/** A fingerprint of everything the build reads, so a test run reuses a build of the same sources. */
async function fingerprint(inputs: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of (await files(join(ROOT, input))).sort()) {
      hash.update(relative(ROOT, file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the site once per source state (`pnpm build`'s vite build, into a cache folder) and returns
 * its folder. Concurrent test files wait for one another through a lock directory.
 */
export async function ensureBuilt(site: SiteBuild = LAB_SITE): Promise<string> {
  const cache = join(UI, 'node_modules/.cache/ui-test-builds');
  await mkdir(cache, { recursive: true });
  const key = `${site.name === LAB_SITE.name ? '' : `${site.name}-`}${await fingerprint(site.inputs)}`;
  const out = join(cache, key);
  const lock = join(cache, `${key}.lock`);
  for (;;) {
    if (existsSync(join(out, 'index.html'))) return out;
    try {
      await mkdir(lock);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (existsSync(join(out, 'index.html'))) return out;
    const temporary = `${out}.partial`;
    await rm(temporary, { recursive: true, force: true });
    await run(
      join(UI, 'node_modules/.bin/vite'),
      ['build', ...site.viteArguments, '--outDir', temporary, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: UI,
        // As `pnpm build` runs it: a production build (vitest sets NODE_ENV=test, which would bundle Lit's dev mode).
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    await rename(temporary, out);
    return out;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
