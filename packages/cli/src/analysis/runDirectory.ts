import { appendFile, mkdir, readdir, readFile, rename, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '@diaspora-sim/analysis';
import { CliError } from '../cliError.js';

/**
 * The directory of a long analysis command (ensemble, sweep, sensitivity, calibrate). It holds
 *   run.json     what was asked: the kind, the full request (scenario texts included), the shard;
 *   tasks.jsonl  one line per finished run, `{"k": key, "v": values}`, the values as the base64 of
 *                their little-endian float64 bytes (exact: merged and resumed results are bit-identical);
 * and, once complete, the command's outputs, each written to a temporary name and renamed.
 * Ctrl-C or a crash leaves run.json and every complete journal line; `--resume DIR` continues.
 */
export interface Manifest<Request = unknown> {
  readonly format: 'diaspora-sim analysis';
  readonly formatVersion: 1;
  readonly kind: string;
  readonly engineVersion: string;
  /** The JavaScript runtime (results are bit-identical only on the same one; merge warns otherwise). */
  readonly runtime?: string;
  /** Identifies the design (kind, engine version, request): shards of one design share it. */
  readonly designHash: string;
  readonly taskCount: number;
  readonly shard?: { readonly index: number; readonly count: number };
  readonly request: Request;
}

export const MANIFEST_FILE = 'run.json';
export const JOURNAL_FILE = 'tasks.jsonl';

export function designHash(kind: string, engineVersion: string, request: unknown): string {
  return sha256Hex(JSON.stringify({ kind, engineVersion, request })).slice(0, 16);
}

export function encodeValues(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function decodeValues(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  const values = new Float64Array(bytes.byteLength / 8);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}

export class RunDirectory<Request = unknown> {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    readonly manifest: Manifest<Request>,
    /** Results recorded so far, by key. */
    readonly results: Map<string, Float64Array>,
  ) {}

  /** A new run: the directory must not exist or be empty (nothing else is overwritten). */
  static async create<R>(path: string, manifest: Manifest<R>, flag = '--out'): Promise<RunDirectory<R>> {
    const info = await stat(path).catch(() => undefined);
    if (info && !info.isDirectory()) throw new CliError(`${path} exists and is not a directory`, { where: flag });
    if (info && (await readdir(path)).length > 0) {
      const hint = (await readdir(path)).includes(MANIFEST_FILE) ? '; to continue that run use --resume' : '';
      throw new CliError(`${path} is not empty${hint}; choose a new directory`, { where: flag });
    }
    await mkdir(path, { recursive: true });
    await writeAtomically(join(path, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await writeFile(join(path, JOURNAL_FILE), '');
    return new RunDirectory(path, manifest, new Map());
  }

  /** An existing run, with its journal (a line cut short by a hard kill is dropped). */
  static async open(path: string, flag = '--resume'): Promise<RunDirectory> {
    let manifestText: string;
    try {
      manifestText = await readFile(join(path, MANIFEST_FILE), 'utf8');
    } catch {
      throw new CliError(`${path} holds no ${MANIFEST_FILE}: not a run directory of ensemble, sweep, sensitivity or calibrate`, {
        where: flag,
      });
    }
    const manifest = JSON.parse(manifestText) as Manifest;
    if (manifest.format !== 'diaspora-sim analysis') throw new CliError(`${path}/${MANIFEST_FILE} is not an analysis run`, { where: flag });
    const journalPath = join(path, JOURNAL_FILE);
    const journal = await readFile(journalPath, 'utf8').catch(() => '');
    const results = new Map<string, Float64Array>();
    let complete = 0;
    for (const line of journal.split('\n')) {
      if (line === '') continue;
      try {
        const entry = JSON.parse(line) as { k: string; v: string };
        results.set(entry.k, decodeValues(entry.v));
        complete += Buffer.byteLength(line) + 1;
      } catch {
        break;
      }
    }
    if (complete < Buffer.byteLength(journal)) await truncate(journalPath, complete);
    return new RunDirectory(path, manifest, results);
  }

  /** Records a finished run (appends are queued, so lines never interleave). */
  append(key: string, values: Float64Array): Promise<void> {
    this.results.set(key, values);
    const line = `${JSON.stringify({ k: key, v: encodeValues(values) })}\n`;
    this.writing = this.writing.then(() => appendFile(join(this.path, JOURNAL_FILE), line));
    return this.writing;
  }

  flush(): Promise<void> {
    return this.writing;
  }

  writeOutput(name: string, content: string): Promise<void> {
    return writeAtomically(join(this.path, name), content);
  }
}

export async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = `${path}.partial-${process.pid}`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

/** The journal of a set of results, in key order (what merge writes). */
export function journalText(results: ReadonlyMap<string, Float64Array>): string {
  const keys = [...results.keys()].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  return keys.map((k) => `${JSON.stringify({ k, v: encodeValues(results.get(k) as Float64Array) })}\n`).join('');
}
