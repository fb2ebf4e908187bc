import { closestName } from '@diaspora-sim/engine';
import { CliError } from './cliError.js';

/**
 * A small command-line parser (no dependency): `--name value`, `--name=value`, repeatable flags,
 * switches without a value, `--` to end flags. Every mistake is a CliError naming the flag.
 */
export type FlagValueType = 'string' | 'integer' | 'number' | 'switch';

export interface FlagSpec {
  /** Without the leading dashes, e.g. `persons-per-agent`. */
  readonly name: string;
  readonly type: FlagValueType;
  /** Shown in help, e.g. `S` in `--seed S`. */
  readonly placeholder?: string;
  readonly repeatable?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** One or more lines for the help text, units included. */
  readonly description: string;
}

export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
}

export interface CommandLineSpec {
  /** e.g. `run`, used in messages. */
  readonly command: string;
  readonly positionals: readonly PositionalSpec[];
  readonly flags: readonly FlagSpec[];
}

export class ParsedArgs {
  constructor(
    readonly positionals: readonly string[],
    private readonly values: ReadonlyMap<string, readonly string[]>,
  ) {}

  has(name: string): boolean {
    return this.values.has(name);
  }

  string(name: string): string | undefined {
    return this.values.get(name)?.at(-1);
  }

  /** Every value of a repeatable flag, in the order given. */
  all(name: string): readonly string[] {
    return this.values.get(name) ?? [];
  }

  /** A numeric flag's value, already checked by parseArgs. */
  number(name: string): number | undefined {
    const raw = this.string(name);
    return raw === undefined ? undefined : Number(raw);
  }
}

const HELP_FLAGS = new Set(['-h', '--help']);

export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => HELP_FLAGS.has(a));
}

export function parseArgs(argv: readonly string[], spec: CommandLineSpec): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string[]>();
  const usage = { showUsage: true };
  let flagsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (flagsEnded || !token.startsWith('-') || token === '-' || /^-\d/.test(token)) {
      positionals.push(token);
      continue;
    }
    if (token === '--') {
      flagsEnded = true;
      continue;
    }
    const equals = token.indexOf('=');
    const name = (equals < 0 ? token : token.slice(0, equals)).replace(/^--?/, '');
    const flag = spec.flags.find((f) => f.name === name);
    if (!flag) {
      const guess = closestName(
        name,
        spec.flags.map((f) => f.name),
      );
      const hint = guess ? `; did you mean --${guess}?` : '';
      throw new CliError(`unknown option ${token.slice(0, equals < 0 ? undefined : equals)}${hint}`, {
        where: `sim ${spec.command}`,
        ...usage,
      });
    }
    let value: string;
    if (flag.type === 'switch') {
      if (equals >= 0) throw new CliError(`--${name} takes no value`, { where: `sim ${spec.command}`, ...usage });
      value = 'true';
    } else if (equals >= 0) {
      value = token.slice(equals + 1);
    } else {
      if (i + 1 >= argv.length)
        throw new CliError(`--${name} needs a value (${flag.placeholder ?? 'value'})`, { where: `sim ${spec.command}`, ...usage });
      value = argv[++i];
    }
    checkValue(flag, value, spec.command);
    const list = values.get(name);
    if (list && !flag.repeatable) throw new CliError(`--${name} given more than once`, { where: `sim ${spec.command}`, ...usage });
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  const expected = spec.positionals.length;
  if (positionals.length < expected) {
    const missing = spec.positionals.slice(positionals.length).map((p) => `<${p.name}>`);
    throw new CliError(`missing ${missing.join(' ')}`, { where: `sim ${spec.command}`, ...usage });
  }
  if (positionals.length > expected) {
    throw new CliError(`unexpected argument "${positionals[expected]}"`, { where: `sim ${spec.command}`, ...usage });
  }
  return new ParsedArgs(positionals, values);
}

function checkValue(flag: FlagSpec, value: string, command: string): void {
  const where = `sim ${command}`;
  if (flag.type === 'string' || flag.type === 'switch') {
    if (flag.type === 'string' && value === '') throw new CliError(`--${flag.name} needs a non-empty value`, { where, showUsage: true });
    return;
  }
  const integer = flag.type === 'integer';
  const pattern = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
  const number = Number(value);
  if (!pattern.test(value.trim()) || !Number.isFinite(number)) {
    throw new CliError(`--${flag.name} takes ${integer ? 'a whole number' : 'a number'}, got "${value}"`, { where, showUsage: true });
  }
  const range = describeRange(flag);
  if ((flag.min !== undefined && number < flag.min) || (flag.max !== undefined && number > flag.max)) {
    throw new CliError(`--${flag.name} must be ${range}, got ${value}`, { where, showUsage: true });
  }
}

function describeRange(flag: FlagSpec): string {
  if (flag.min !== undefined && flag.max !== undefined) return `between ${flag.min} and ${flag.max}`;
  if (flag.min !== undefined) return `at least ${flag.min}`;
  if (flag.max !== undefined) return `at most ${flag.max}`;
  return 'a number';
}

/** The usage line and option list of a command, for its --help. */
export function formatUsage(spec: CommandLineSpec): string {
  const flags = spec.flags.map((f) => {
    const shown = f.type === 'switch' ? `--${f.name}` : `--${f.name} ${f.placeholder ?? 'VALUE'}`;
    return `[${shown}]${f.repeatable ? '...' : ''}`;
  });
  const positionals = spec.positionals.map((p) => `<${p.name}>`);
  return `pnpm sim ${spec.command} ${[...positionals, ...flags].join(' ')}`;
}

export function formatFlagList(spec: CommandLineSpec): string {
  const rows = [
    ...spec.positionals.map((p) => [`<${p.name}>`, p.description] as const),
    ...spec.flags.map((f) => [f.type === 'switch' ? `--${f.name}` : `--${f.name} ${f.placeholder ?? 'VALUE'}`, f.description] as const),
  ];
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows
    .map(([left, text]) => {
      const [first, ...rest] = text.split('\n');
      return [`  ${left.padEnd(width)}${first}`, ...rest.map((line) => `  ${' '.repeat(width)}${line}`)].join('\n');
    })
    .join('\n');
}
