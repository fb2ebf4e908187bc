import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runInProcess, SCENARIOS } from './support/runCli.js';

// Each bad input: a clear message on stderr saying what and where, exit code 2, nothing written.
let directory: string;
const FILES: Record<string, string> = {
  'broken.json': '{\n  "schemaVersion": 2,\n  "name": "broken",\n  "levers": { "trade.cooperation_zone": 1, }\n}\n',
  'wrong-values.json': JSON.stringify({
    schemaVersion: 2,
    name: 'three mistakes',
    levers: {
      'uz_in_kz.anti_discrimnation': 0.5,
      'trade.border_delay_days': '2 + foo',
      'kz_to_uz.remittance_cost_pct': [
        [2021, 2],
        [2030, 20],
      ],
    },
  }),
  'future.json': JSON.stringify({ schemaVersion: 7, name: 'from the future' }),
};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sim-bad-input-'));
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(directory, name), text);
  await mkdir(join(directory, 'mine'));
  await writeFile(join(directory, 'mine', 'notes.txt'), 'keep me');
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const baseline = join(SCENARIOS, 'baseline.json');
// `child`: also run as a child process (slow: each child loads the engine), to check the real exit code.
const CASES: ReadonlyArray<{ what: string; args: string[]; messages: string[]; child?: boolean }> = [
  {
    what: 'a missing file',
    args: ['run', 'nowhere.json'],
    child: true,
    messages: ['error: nowhere.json: cannot read the scenario file: no such file'],
  },
  {
    what: 'broken JSON, with line and column',
    args: ['run', 'broken.json'],
    child: true,
    messages: ['error: broken.json:4:44: not valid JSON: expected another property (a trailing comma is not allowed), found "}"'],
  },
  {
    what: 'an unknown lever id, a bad expression and a value out of range in a file',
    args: ['run', 'wrong-values.json'],
    messages: [
      'the scenario is not valid (3 problems)',
      'wrong-values.json: levers["uz_in_kz.anti_discrimnation"]: unknown lever id "uz_in_kz.anti_discrimnation"; did you mean "uz_in_kz.anti_discrimination"?',
      'wrong-values.json: levers["trade.border_delay_days"]: lever "trade.border_delay_days": bad expression: unknown name "foo": use year, t, pi or e (at character 5)',
      'wrong-values.json: levers["kz_to_uz.remittance_cost_pct"]: lever "kz_to_uz.remittance_cost_pct": value 20 at year 2030 is outside the range 0 to 15',
    ],
  },
  {
    what: 'an unsupported schema version',
    args: ['run', 'future.json'],
    messages: ['schemaVersion: the file is schema version 7, newer than this'],
  },
  {
    what: 'an unknown lever id in --set',
    args: ['run', baseline, '--set', 'kz_to_uz.remitance_cost_pct=1'],
    child: true,
    messages: [
      'error: --set kz_to_uz.remitance_cost_pct=1: unknown lever id "kz_to_uz.remitance_cost_pct"; did you mean "kz_to_uz.remittance_cost_pct"?',
    ],
  },
  {
    what: 'a forbidden expression in --set, with the lever and the position',
    args: ['run', baseline, '--set', 'trade.border_delay_days=1 + import("fs")'],
    messages: [
      'error: --set trade.border_delay_days=1 + import("fs"): lever "trade.border_delay_days": bad expression: function "import" is not allowed',
      '(at character 5)',
    ],
  },
  {
    what: 'a --set value out of range at the year it happens',
    args: ['run', baseline, '--set', 'trade.border_delay_days=year >= 2040 ? 12 : 2'],
    messages: ['lever "trade.border_delay_days": value 12 at year 2040 is outside the range 0 to 10 days'],
  },
  {
    what: 'a --set without a value',
    args: ['run', baseline, '--set', 'trade.border_delay_days'],
    messages: ['error: --set trade.border_delay_days: expected <id>=<value>'],
  },
  {
    what: 'a --set with a broken list',
    args: ['run', baseline, '--set', 'trade.border_delay_days=[[2026,1],[2030'],
    messages: ['a value starting with "[" must be a JSON list of [year, value] steps'],
  },
  {
    what: 'an unknown flag',
    args: ['run', baseline, '--sed', '3'],
    child: true,
    messages: ['error: sim run: unknown option --sed; did you mean --seed?', '(see: pnpm sim run --help)'],
  },
  {
    what: 'a non-integer --seeds',
    args: ['run', baseline, '--seeds', '2.5'],
    messages: ['error: sim run: --seeds takes a whole number, got "2.5"'],
  },
  { what: 'an unknown command', args: ['rn', baseline], messages: ['error: sim: unknown command "rn"; did you mean "run"?'] },
  {
    what: 'an output directory holding other files',
    args: ['run', baseline, '--out', 'mine'],
    messages: ['error: --out:', 'already holds other files (notes.txt)'],
  },
];

describe.concurrent('bad input to sim run', () => {
  for (const { what, args, messages, child } of CASES) {
    it(`${what}: message, exit 2, nothing written${child ? ' (child process)' : ''}`, async () => {
      const before = await readdir(directory);
      const fullArgs = [...args, ...(args.includes('--out') ? [] : ['--out', 'results'])];
      const outcome = child ? await runCli(fullArgs, { cwd: directory }) : await runInProcess(fullArgs, directory);
      for (const message of messages) expect(outcome.stderr).toContain(message);
      expect(outcome.code).toBe(2);
      expect(outcome.stdout).toBe('');
      expect((await readdir(directory)).sort()).toEqual(before.sort());
      expect(await readdir(join(directory, 'mine'))).toEqual(['notes.txt']);
      expect(await readFile(join(directory, 'mine', 'notes.txt'), 'utf8')).toBe('keep me');
    });
  }
});
