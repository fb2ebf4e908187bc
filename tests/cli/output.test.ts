import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatField, formatNumber, formatRow, prettyJson } from '../../packages/analysis/src/index.js';
import { checkOutputTarget, createAtomicOutput, removeUnfinishedOutputs } from '../../packages/cli/src/atomicOutput.js';
import { CliError } from '../../packages/cli/src/cliError.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sim-output-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('atomic output', () => {
  it('writes into a hidden directory beside the target and renames it into place on commit', async () => {
    const target = join(root, 'results');
    const output = await createAtomicOutput(target);
    expect(output.workDirectory.startsWith(join(root, '.results.partial-'))).toBe(true);
    await writeFile(output.path('a.csv'), 'x\n');
    expect(await readdir(root)).toEqual([output.workDirectory.slice(root.length + 1)]);
    await output.commit();
    expect(await readdir(root)).toEqual(['results']);
    expect(await readFile(join(target, 'a.csv'), 'utf8')).toBe('x\n');
  });

  it('leaves nothing behind on abort, not even the parent directories it created', async () => {
    const target = join(root, 'deep', 'er', 'results');
    const output = await createAtomicOutput(target);
    await writeFile(output.path('a.csv'), 'x\n');
    await output.abort();
    expect(await readdir(root)).toEqual([]);
  });

  it('removes unfinished outputs synchronously on a hard exit, and leaves committed ones alone', async () => {
    const done = await createAtomicOutput(join(root, 'done'));
    await done.commit();
    const unfinished = await createAtomicOutput(join(root, 'unfinished'));
    await writeFile(unfinished.path('series.csv'), 'x\n');
    removeUnfinishedOutputs();
    expect(await readdir(root)).toEqual(['done']);
  });

  it('replaces a previous output of the same kind and keeps nothing of it', async () => {
    const target = join(root, 'results');
    await mkdir(target);
    await writeFile(join(target, 'series.csv'), 'old\n');
    await writeFile(join(target, 'summary.json'), '{}\n');
    await checkOutputTarget(target, ['series.csv', 'summary.json']);
    const output = await createAtomicOutput(target);
    await writeFile(output.path('series.csv'), 'new\n');
    await output.commit();
    expect(await readdir(root)).toEqual(['results']);
    expect(await readdir(target)).toEqual(['series.csv']);
    expect(await readFile(join(target, 'series.csv'), 'utf8')).toBe('new\n');
  });

  it('refuses a target holding other files, or a file in the way', async () => {
    const target = join(root, 'mine');
    await mkdir(target);
    await writeFile(join(target, 'thesis.docx'), 'precious');
    const refusal = await checkOutputTarget(target, ['series.csv']).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(CliError);
    expect((refusal as CliError).format()).toBe(
      `--out: ${target} already holds other files (thesis.docx); choose a new directory or empty it`,
    );
    await writeFile(join(root, 'file'), '');
    await expect(checkOutputTarget(join(root, 'file'), [])).rejects.toThrow('exists and is not a directory');
    await expect(checkOutputTarget(join(root, 'new'), [])).resolves.toBeUndefined();
  });
});

describe('CSV and JSON text', () => {
  it('prints numbers at full precision, the same way every time', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatNumber(2021.25)).toBe('2021.25');
    expect(formatNumber(588000000)).toBe('588000000');
    expect(formatNumber(1e21)).toBe('1e+21');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('-Inf');
    expect(Number(formatNumber(Math.PI))).toBe(Math.PI);
  });

  it('quotes only fields that need it', () => {
    expect(formatField('plain')).toBe('plain');
    expect(formatField('a,b')).toBe('"a,b"');
    expect(formatField('say "hi"')).toBe('"say ""hi"""');
    expect(formatRow(['seed', 1, 0.5])).toBe('seed,1,0.5\n');
  });

  it('writes lists of plain values on one line and NaN as null', () => {
    expect(prettyJson({ a: [1, 2, Number.NaN], b: { c: 'x' }, d: [], e: undefined })).toBe(
      '{\n  "a": [1, 2, null],\n  "b": {\n    "c": "x"\n  },\n  "d": []\n}',
    );
    expect(JSON.parse(prettyJson({ list: [{ a: 1 }, [1, 2]] }))).toEqual({ list: [{ a: 1 }, [1, 2]] });
  });
});
