import { isAbsolute, resolve } from 'node:path';

/**
 * The directory the user typed the command in. `pnpm sim` runs the CLI through
 * `pnpm --filter @diaspora-sim/cli exec`, whose working directory is packages/cli; pnpm passes the
 * user's directory as INIT_CWD, so relative paths on the command line are resolved against that.
 */
export function userDirectory(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const initial = env.INIT_CWD;
  return initial && isAbsolute(initial) ? initial : cwd;
}

/** A path from the command line, resolved against the user's directory. */
export function resolveUserPath(path: string, baseDirectory: string): string {
  return isAbsolute(path) ? path : resolve(baseDirectory, path);
}
