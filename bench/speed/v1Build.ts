import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * v1 built from its git tag for the benchmark's comparison: its engine sources and baseline scenario
 * extracted into bench/.v1 (ignored by git), resolving its dependencies through this checkout's
 * engine package (same mathjs, seedrandom and zod ranges). Re-extracted when the tag moves.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const V1_ROOT = fileURLToPath(new URL('../.v1', import.meta.url));

export function buildV1(tag = 'v1'): string {
  const commit = execFileSync('git', ['rev-parse', `${tag}^{commit}`], { cwd: REPO, encoding: 'utf8' }).trim();
  const stamp = `${V1_ROOT}/COMMIT`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === commit) return commit;
  rmSync(V1_ROOT, { recursive: true, force: true });
  mkdirSync(V1_ROOT, { recursive: true });
  const archive = execFileSync('git', ['archive', commit, 'packages/engine/src', 'scenarios/baseline.json'], { cwd: REPO });
  execFileSync('tar', ['-x', '-C', V1_ROOT], { input: archive });
  symlinkSync(`${REPO}/packages/engine/node_modules`, `${V1_ROOT}/packages/engine/node_modules`);
  writeFileSync(stamp, commit);
  return commit;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`v1 at ${buildV1()} in ${V1_ROOT}`);
