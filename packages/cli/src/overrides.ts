import { CATALOG, closestName, findParameter, type ParameterKind } from '@diaspora-sim/engine';
import { CliError } from './cliError.js';
import { parseJsonText } from './jsonText.js';

/** The section of a scenario file a parameter id belongs to. */
export type ScenarioSection = 'levers' | 'drivers' | 'assumptions';
const SECTION: Record<ParameterKind, ScenarioSection> = { lever: 'levers', driver: 'drivers', assumption: 'assumptions' };

/** One `--set <id>=<value>` from the command line, not yet validated against the schema. */
export interface ParameterOverride {
  readonly id: string;
  readonly section: ScenarioSection;
  readonly value: number | unknown[] | string;
  /** The flag as typed, for messages. */
  readonly text: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * `--set` takes a number (`2`), a JSON list of [year, value] steps (`[[2026,1],[2030,0.5]]`) or an
 * expression in `year` and `t` (`max(0.5, 2 - 0.1*(year-2021))`). The value is checked later by the same
 * schema as scenario files; here only its shape is read.
 */
export function parseSetFlag(text: string): ParameterOverride {
  const where = `--set ${text}`;
  const equals = text.indexOf('=');
  if (equals < 0) throw new CliError('expected <id>=<value>, e.g. --set kz_to_uz.remittance_cost_pct=1', { where, showUsage: true });
  const id = text.slice(0, equals).trim();
  const raw = text.slice(equals + 1).trim();
  if (id === '') throw new CliError('the id before "=" is empty', { where, showUsage: true });
  if (raw === '') throw new CliError(`no value after "${id}="`, { where, showUsage: true });
  const section = sectionOf(id);
  let value: number | unknown[] | string;
  if (NUMBER.test(raw)) value = Number(raw);
  else if (raw.startsWith('[')) {
    const parsed = parseJsonText(raw, 'the end of the value');
    if (!parsed.ok) {
      throw new CliError(
        `a value starting with "[" must be a JSON list of [year, value] steps; at character ${parsed.error.column}: ${parsed.error.message}`,
        {
          where,
        },
      );
    }
    if (!Array.isArray(parsed.value)) throw new CliError('expected a JSON list of [year, value] steps', { where });
    value = parsed.value;
  } else value = raw;
  if (section === 'assumptions' && typeof value !== 'number') {
    throw new CliError(`"${id}" is an assumption and takes a single number (assumptions are not scheduled)`, { where });
  }
  return { id, section, value, text };
}

// A known id goes to its own section; an unknown one to the section of its nearest id, so that the
// schema's "did you mean" suggestion comes from the right list.
function sectionOf(id: string): ScenarioSection {
  const known = findParameter(id);
  if (known) return SECTION[known.kind];
  const kinds = Object.keys(CATALOG) as ParameterKind[];
  const guess = closestName(
    id,
    kinds.flatMap((kind) => CATALOG[kind].map((d) => d.id)),
  );
  return guess ? SECTION[findParameter(guess)!.kind] : 'levers';
}
