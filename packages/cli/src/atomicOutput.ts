import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cliError.js';

/**
 * An output directory that appears whole or not at all: files are written into a temporary
 * directory next to the target (same file system, so the final rename is atomic) and renamed into
 * place by commit(); abort() removes everything, including parent directories it created.
 */
export interface AtomicOutput {
  /** The final directory, as the user will see it. */
  readonly target: string;
  /** Where to write now. */
  readonly workDirectory: string;
  path(fileName: string): string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Checks before any work that the target can receive the output: it must not exist, be empty, or
 * hold only files a previous run of the same kind wrote (which are then replaced). Anything else is
 * refused rather than overwritten.
 */
export async function checkOutputTarget(target: string, replaceableFiles: readonly string[], flag = '--out'): Promise<void> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw new CliError(`${target} exists and is not a directory`, { where: flag });
  const foreign = (await readdir(target)).filter((name) => !replaceableFiles.includes(name));
  if (foreign.length > 0) {
    throw new CliError(
      `${target} already holds other files (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', ...' : ''}); choose a new directory or empty it`,
      { where: flag },
    );
  }
}

/** Work directories not yet committed or aborted: removed even if the process is made to exit early. */
const pending = new Set<string>();

/** For a hard exit (a second Ctrl-C, process.exit): synchronously removes every unfinished output. */
export function removeUnfinishedOutputs(): void {
  for (const directory of pending) rmSync(directory, { recursive: true, force: true });
  pending.clear();
}

export async function createAtomicOutput(target: string): Promise<AtomicOutput> {
  const parent = dirname(target);
  const createdParent = await mkdir(parent, { recursive: true });
  const workDirectory = await makeHiddenSibling(target, 'partial');
  pending.add(workDirectory);
  let finished = false;
  return {
    target,
    workDirectory,
    path: (fileName) => join(workDirectory, fileName),
    async commit() {
      if (finished) throw new Error('output already committed or aborted');
      finished = true;
      pending.delete(workDirectory);
      const existing = await stat(target).catch(() => undefined);
      if (!existing) {
        await rename(workDirectory, target);
        return;
      }
      // Replace a previous output: move it aside, move the new one in, then delete the old.
      const old = await makeHiddenSibling(target, 'old');
      await rename(target, join(old, 'previous'));
      await rename(workDirectory, target);
      await rm(old, { recursive: true, force: true });
    },
    async abort() {
      if (finished) return;
      finished = true;
      pending.delete(workDirectory);
      await rm(workDirectory, { recursive: true, force: true });
      if (createdParent) await removeEmptyDirectories(parent, createdParent);
    },
  };
}

/** A new hidden directory beside the target (mkdir, unlike mkdtemp, keeps the user's umask permissions). */
async function makeHiddenSibling(target: string, purpose: string): Promise<string> {
  for (;;) {
    const path = join(dirname(target), `.${basename(target)}.${purpose}-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await mkdir(path);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Removes `from` and its parents up to and including `upTo`, as long as they are empty. */
async function removeEmptyDirectories(from: string, upTo: string): Promise<void> {
  let directory = from;
  for (;;) {
    try {
      await rmdir(directory);
    } catch {
      return;
    }
    if (directory === upTo) return;
    const next = dirname(directory);
    if (next === directory) return;
    directory = next;
  }
}
