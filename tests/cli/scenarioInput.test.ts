import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../packages/cli/src/cliError.js';
import { findSyntaxError, parseJsonText } from '../../packages/cli/src/jsonText.js';
import { parseSetFlag } from '../../packages/cli/src/overrides.js';
import { userDirectory } from '../../packages/cli/src/paths.js';
import { loadScenario } from '../../packages/cli/src/scenarioInput.js';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sim-input-'));
  await writeFile(join(directory, 'plain.json'), JSON.stringify({ schemaVersion: 2, name: 'plain', seed: 4, seeds: 2 }));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function loadError(file: string, overrides = {}): Promise<string> {
  const error = await loadScenario(file, { baseDirectory: directory, stderr: { write: () => true } }, overrides).catch((e: unknown) => e);
  if (!(error instanceof CliError)) throw new Error(`expected a CliError, got ${String(error)}`);
  return error.format();
}

describe('JSON syntax errors', () => {
  it('gives line, column and what was expected', () => {
    const text = '{\n  "name": "x",\n  "levers": { "a": 1, }\n}\n';
    const result = parseJsonText(text);
    expect(result).toEqual({
      ok: false,
      error: { line: 3, column: 23, message: 'expected another property (a trailing comma is not allowed), found "}"' },
    });
  });

  it('finds the first error in many shapes, and none in valid JSON', () => {
    expect(findSyntaxError('{"a" 1}')).toEqual({ offset: 5, message: 'expected ":" after the property name, found "1"' });
    expect(findSyntaxError('[1, 2')?.message).toBe('expected "," or "]" after a list item, found the end of the file');
    expect(findSyntaxError('{"a": tru}')).toEqual({ offset: 6, message: expect.stringMatching(/^expected a value .* found "tru"$/) });
    expect(findSyntaxError('{"a": "x\ny"}')?.message).toMatch(/closing quote is probably missing/);
    expect(findSyntaxError('{} x')?.message).toBe('expected nothing more after the end of the JSON value, found "x"');
    expect(findSyntaxError('{"a": [1, -2.5e3, true, null, {"b": "\\u00e9\\n"}]}')).toBeUndefined();
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('--set values', () => {
  it('reads a number, a JSON list of steps or an expression, and files it under its section', () => {
    expect(parseSetFlag('kz_to_uz.remittance_cost_pct=1')).toMatchObject({ section: 'levers', value: 1 });
    expect(parseSetFlag('trade.border_delay_days=[[2026, 1], [2030, 0.5]]')).toMatchObject({
      value: [
        [2026, 1],
        [2030, 0.5],
      ],
    });
    expect(parseSetFlag('kz_to_uz.remittance_cost_pct = 2 - 0.1*(year-2021)')).toMatchObject({ value: '2 - 0.1*(year-2021)' });
    expect(parseSetFlag('kz.gdp_growth_pct=-2')).toMatchObject({ section: 'drivers', value: -2 });
    // An unknown id goes to the section of its nearest id, so the suggestion comes from the right list.
    expect(parseSetFlag('russia.migraton_pull=2').section).toBe('drivers');
    expect(parseSetFlag('nothing.like.anything.here=2').section).toBe('levers');
  });

  it('refuses a --set without =, without an id or value, or with a broken list', () => {
    expect(() => parseSetFlag('trade.border_delay_days')).toThrow('expected <id>=<value>');
    expect(() => parseSetFlag('=3')).toThrow('the id before "=" is empty');
    expect(() => parseSetFlag('trade.border_delay_days=')).toThrow('no value after "trade.border_delay_days="');
    expect(() => parseSetFlag('trade.border_delay_days=[[2026, 1]')).toThrow(
      'a value starting with "[" must be a JSON list of [year, value] steps; at character 11: expected "," or "]" after a list item, found the end of the value',
    );
  });
});

describe('loading a scenario with overrides', () => {
  it('applies --seed, --seeds, --persons-per-agent and --set before validating', async () => {
    const loaded = await loadScenario(
      'plain.json',
      { baseDirectory: directory, stderr: { write: () => true } },
      {
        seed: 9,
        personsPerAgent: 1000,
        set: ['trade.cooperation_zone=[[2027, 1]]', 'kz_to_uz.remittance_cost_pct=max(0.5, 2 - 0.1*(year-2021))', 'kz.gdp_growth_pct=5'],
      },
    );
    const { scenario } = loaded;
    expect([scenario.seed, scenario.seeds, scenario.personsPerAgent]).toEqual([9, 2, 1000]);
    expect(scenario.levers).toEqual({
      'trade.cooperation_zone': [[2027, 1]],
      'kz_to_uz.remittance_cost_pct': 'max(0.5, 2 - 0.1*(year-2021))',
    });
    expect(scenario.drivers).toEqual({ 'kz.gdp_growth_pct': 5 });
    expect(loaded.overrides.map((o) => o.text)).toHaveLength(3);
  });

  it('says which flag or which place in the file is wrong', async () => {
    expect(await loadError('plain.json', { set: ['kz_to_uz.remittance_cost_pct=20'] })).toBe(
      '--set kz_to_uz.remittance_cost_pct=20: lever "kz_to_uz.remittance_cost_pct": value 20 at year 2021 is outside the range 0 to 15 % of 200 USD',
    );
    expect(await loadError('plain.json', { set: ['kz_to_uz.remitance_cost_pct=1'] })).toBe(
      '--set kz_to_uz.remitance_cost_pct=1: unknown lever id "kz_to_uz.remitance_cost_pct"; did you mean "kz_to_uz.remittance_cost_pct"?',
    );
    // Found by the property tests: this override used to vanish (it set the section's prototype).
    expect(await loadError('plain.json', { set: ['__proto__=[[2026, 1]]'] })).toBe(
      '--set __proto__=[[2026, 1]]: unknown lever id "__proto__"',
    );
    // Falls below zero in 2041 Q2: caught at the quarter it happens, before anything runs.
    expect(await loadError('plain.json', { set: ['kz_to_uz.remittance_cost_pct=2 - 0.1*(year-2021)'] })).toMatch(
      /^--set kz_to_uz.remittance_cost_pct=2 - 0.1\*\(year-2021\): lever "kz_to_uz.remittance_cost_pct": value -0.02\d* at year 2041.25 is outside the range 0 to 15/,
    );
    expect(await loadError('plain.json', { seeds: 5000 })).toMatch(/^--seeds 5000: .*1000/);
    expect(await loadError('plain.json', { set: ['trade.cooperation_zone=1', 'trade.cooperation_zone=0'] })).toBe(
      '--set trade.cooperation_zone=0: "trade.cooperation_zone" is set more than once',
    );
    expect(await loadError('missing.json')).toBe(
      `missing.json: cannot read the scenario file: no such file (looked for ${join(directory, 'missing.json')})`,
    );
    expect(await loadError('.')).toBe('.: cannot read the scenario file: is a directory, not a scenario file');
  });

  it('resolves relative paths against INIT_CWD when pnpm sets it', () => {
    expect(userDirectory({ INIT_CWD: '/home/analyst/work' }, '/repo/packages/cli')).toBe('/home/analyst/work');
    expect(userDirectory({}, '/repo/packages/cli')).toBe('/repo/packages/cli');
    expect(userDirectory({ INIT_CWD: 'relative' }, '/repo')).toBe('/repo');
  });
});
