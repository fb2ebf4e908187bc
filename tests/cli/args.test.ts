import { describe, expect, it } from 'vitest';
import { type CommandLineSpec, formatFlagList, formatUsage, parseArgs, wantsHelp } from '../../packages/cli/src/args.js';
import { CliError } from '../../packages/cli/src/cliError.js';

const SPEC: CommandLineSpec = {
  command: 'try',
  positionals: [{ name: 'file', description: 'a file' }],
  flags: [
    { name: 'seed', type: 'integer', placeholder: 'S', min: 0, description: 'first seed' },
    { name: 'seeds', type: 'integer', placeholder: 'K', min: 1, max: 1000, description: 'how many' },
    { name: 'scale', type: 'number', placeholder: 'N', description: 'persons per agent' },
    { name: 'set', type: 'string', repeatable: true, placeholder: '<id>=<value>', description: 'override\nsecond line' },
    { name: 'dry', type: 'switch', description: 'do nothing' },
  ],
};

function failure(argv: string[]): CliError {
  try {
    parseArgs(argv, SPEC);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('parseArgs', () => {
  it('reads positionals, --flag value, --flag=value, repeatable flags and switches', () => {
    const args = parseArgs(['a.json', '--seed', '7', '--seeds=3', '--set', 'x=1', '--set=y=[[2026,1]]', '--scale', '2.5e2', '--dry'], SPEC);
    expect(args.positionals).toEqual(['a.json']);
    expect(args.number('seed')).toBe(7);
    expect(args.number('seeds')).toBe(3);
    expect(args.number('scale')).toBe(250);
    expect(args.all('set')).toEqual(['x=1', 'y=[[2026,1]]']);
    expect(args.has('dry')).toBe(true);
    expect(args.string('missing')).toBeUndefined();
  });

  it('takes the next token as a value even when it starts with a dash, and -- ends the flags', () => {
    const args = parseArgs(['--set', '-x=1', '--', '--odd-name.json'], SPEC);
    expect(args.all('set')).toEqual(['-x=1']);
    expect(args.positionals).toEqual(['--odd-name.json']);
  });

  it('refuses an unknown flag and suggests the nearest', () => {
    const error = failure(['a.json', '--sed', '3']);
    expect(error.format()).toBe('sim try: unknown option --sed; did you mean --seed?');
    expect(error.showUsage).toBe(true);
    expect(failure(['a.json', '--zzzzzzzz']).message).toBe('unknown option --zzzzzzzz');
  });

  it('refuses non-integers, non-numbers and values out of range, naming the flag', () => {
    expect(failure(['a.json', '--seeds', '2.5']).message).toBe('--seeds takes a whole number, got "2.5"');
    expect(failure(['a.json', '--seeds', 'two']).message).toBe('--seeds takes a whole number, got "two"');
    expect(failure(['a.json', '--seeds', '0']).message).toBe('--seeds must be between 1 and 1000, got 0');
    expect(failure(['a.json', '--seed', '-1']).message).toBe('--seed must be at least 0, got -1');
    expect(failure(['a.json', '--scale', '1e400']).message).toBe('--scale takes a number, got "1e400"');
    expect(failure(['a.json', '--seed']).message).toBe('--seed needs a value (S)');
  });

  it('refuses a repeated single flag, a switch with a value, missing and extra positionals', () => {
    expect(failure(['a.json', '--seed', '1', '--seed', '2']).message).toBe('--seed given more than once');
    expect(failure(['a.json', '--dry=yes']).message).toBe('--dry takes no value');
    expect(failure([]).message).toBe('missing <file>');
    expect(failure(['a.json', 'b.json']).message).toBe('unexpected argument "b.json"');
  });

  it('finds --help anywhere before --', () => {
    expect(wantsHelp(['a.json', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
  });

  it('formats usage and an aligned option list', () => {
    expect(formatUsage(SPEC)).toBe('pnpm sim try <file> [--seed S] [--seeds K] [--scale N] [--set <id>=<value>]... [--dry]');
    const list = formatFlagList(SPEC).split('\n');
    expect(list[0]).toBe('  <file>              a file');
    expect(list[4]).toBe('  --set <id>=<value>  override');
    expect(list[5]).toBe('                      second line');
  });
});
