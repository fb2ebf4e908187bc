import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../../packages/cli/src/main.js';

export const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
export const SCENARIOS = fileURLToPath(new URL('../../../scenarios/', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const MAIN = fileURLToPath(new URL('../../../packages/cli/src/main.ts', import.meta.url));

export interface CliOutcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// Two children at a time at most: the machine has two cores and each child loads the engine.
let running = 0;
const waiting: Array<() => void> = [];
async function slot(): Promise<() => void> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/**
 * Runs the CLI as a child process, as a user would (`npx tsx packages/cli/src/main.ts ...`).
 * INIT_CWD is removed unless given, so relative paths resolve against `cwd` as outside pnpm.
 */
export async function runCli(
  args: readonly string[],
  options: { cwd: string; initCwd?: string; command?: readonly string[] },
): Promise<CliOutcome> {
  const release = await slot();
  try {
    const env = { ...process.env };
    delete env.INIT_CWD;
    if (options.initCwd) env.INIT_CWD = options.initCwd;
    const [program, ...prefix] = options.command ?? [TSX, MAIN];
    return await new Promise<CliOutcome>((resolve, reject) => {
      const child = spawn(program, [...prefix, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
      });
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  } finally {
    release();
  }
}

/** `sim` in this process (main() with captured output), from `baseDirectory`: for tests that need no child process. */
export async function runInProcess(
  args: readonly string[],
  baseDirectory: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    baseDirectory,
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}
