import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../tests/ui/support/build.js';

const run = promisify(execFile);
const PNPM = ['-y', 'pnpm@10.34.8'];

/**
 * The lab as built from another commit (e.g. the state before a change), for a benchmark that
 * measures both in one run: the commit's tree is exported, installed from the local store and built
 * as `pnpm build` does, once per commit. Returns the built site's folder.
 */
export async function builtLabAt(ref: string): Promise<{ commit: string; dist: string }> {
  const commit = (await run('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: ROOT })).stdout.trim();
  const cache = join(ROOT, 'node_modules/.cache/ui-bench-refs');
  const dist = join(cache, `${commit.slice(0, 12)}-dist`);
  if (existsSync(join(dist, 'index.html'))) return { commit, dist };
  const tree = join(cache, `${commit.slice(0, 12)}-tree`);
  await rm(tree, { recursive: true, force: true });
  await mkdir(tree, { recursive: true });
  await run('bash', ['-c', `git archive ${commit} | tar -x -C "${tree}"`], { cwd: ROOT, maxBuffer: 1 << 26 });
  await run('npx', [...PNPM, 'install', '--offline', '--frozen-lockfile'], { cwd: tree, maxBuffer: 1 << 26 });
  const ui = join(tree, 'packages/ui');
  const partial = `${dist}.partial`;
  await run(join(ui, 'node_modules/.bin/vite'), ['build', '--outDir', partial, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ui,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  await rename(partial, dist);
  await rm(tree, { recursive: true, force: true });
  return { commit, dist };
}
