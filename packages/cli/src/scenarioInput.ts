import { readFile } from 'node:fs/promises';
import { migrateScenario, parameterPath, parseScenario, type Scenario, type ScenarioIssue } from '@diaspora-sim/engine';
import { CliError } from './cliError.js';
import type { CommandContext } from './commands/command.js';
import { parseJsonText } from './jsonText.js';
import { type ParameterOverride, parseSetFlag } from './overrides.js';
import { resolveUserPath } from './paths.js';

/** Command-line values that replace the scenario file's own (each optional). */
export interface ScenarioOverrides {
  readonly seed?: number;
  readonly seeds?: number;
  readonly personsPerAgent?: number;
  /** Raw `--set` texts, in order. */
  readonly set?: readonly string[];
}

export interface LoadedScenario {
  /** Validated, defaults filled in, overrides applied. */
  readonly scenario: Scenario;
  /** The path as the user typed it (for messages and summaries). */
  readonly shownPath: string;
  readonly absolutePath: string;
  readonly overrides: readonly ParameterOverride[];
  /** What migration from an older schema version mapped to what (also printed on stderr). */
  readonly notes: readonly string[];
}

const FIELD_FLAGS: ReadonlyArray<{ field: 'seed' | 'seeds' | 'personsPerAgent'; flag: string }> = [
  { field: 'seed', flag: '--seed' },
  { field: 'seeds', flag: '--seeds' },
  { field: 'personsPerAgent', flag: '--persons-per-agent' },
];

/**
 * Reads a scenario file, brings a file of an older schema version to the current one (its notes go
 * to stderr), applies the command line's overrides (which speak the current version) and validates
 * the result with the engine's schema (the same one that checks files), so a `--set` is held to the
 * same rules as a file. Every problem becomes a CliError that says what and where.
 */
export async function loadScenario(
  pathArgument: string,
  context: Pick<CommandContext, 'baseDirectory' | 'stderr'>,
  overrides: ScenarioOverrides = {},
): Promise<LoadedScenario> {
  const absolutePath = resolveUserPath(pathArgument, context.baseDirectory);
  const text = await readScenarioText(pathArgument, absolutePath);
  const json = parseJsonText(text);
  if (!json.ok) {
    throw new CliError(`not valid JSON: ${json.error.message}`, { where: `${pathArgument}:${json.error.line}:${json.error.column}` });
  }
  const parameterOverrides = (overrides.set ?? []).map(parseSetFlag);
  const seen = new Set<string>();
  for (const o of parameterOverrides) {
    if (seen.has(o.id)) throw new CliError(`"${o.id}" is set more than once`, { where: `--set ${o.text}` });
    seen.add(o.id);
  }
  const migrated = migrateScenario(json.value);
  if (!migrated.ok) throw scenarioIssuesError(migrated.issues, pathArgument, overrides, []);
  const parsed = parseScenario(applyOverrides(migrated.input, overrides, parameterOverrides));
  if (!parsed.ok) throw scenarioIssuesError(parsed.issues, pathArgument, overrides, parameterOverrides);
  const notes = migrated.notes.map((note) => note.message);
  if (notes.length > 0) {
    context.stderr.write(
      `note: ${pathArgument} is schema version ${migrated.fromVersion}, migrated:\n${notes.map((n) => `  - ${n}\n`).join('')}`,
    );
  }
  return { scenario: parsed.scenario, shownPath: pathArgument, absolutePath, overrides: parameterOverrides, notes };
}

async function readScenarioText(shown: string, absolute: string): Promise<string> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `no such file (looked for ${absolute})`
        : code === 'EISDIR'
          ? 'is a directory, not a scenario file'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new CliError(`cannot read the scenario file: ${reason}`, { where: shown });
  }
}

function applyOverrides(
  value: Readonly<Record<string, unknown>>,
  overrides: ScenarioOverrides,
  parameters: readonly ParameterOverride[],
): Record<string, unknown> {
  const input: Record<string, unknown> = structuredClone(value);
  for (const { field } of FIELD_FLAGS) if (overrides[field] !== undefined) input[field] = overrides[field];
  for (const o of parameters) {
    const section = input[o.section];
    // A computed key defines an own property even for "__proto__" (an assignment would set the
    // prototype and the override would vanish); the schema then refuses the unknown id.
    if (section === undefined) input[o.section] = { [o.id]: o.value };
    else if (typeof section === 'object' && section !== null && !Array.isArray(section)) input[o.section] = { ...section, [o.id]: o.value };
  }
  return input;
}

function scenarioIssuesError(
  issues: readonly ScenarioIssue[],
  file: string,
  overrides: ScenarioOverrides,
  parameters: readonly ParameterOverride[],
): CliError {
  const lines = issues.map((issue) => {
    const fromSet = parameters.find((o) => issue.path.startsWith(parameterPath(o.section, o.id)));
    if (fromSet) return `--set ${fromSet.text}: ${issue.message}`;
    const fromFlag = FIELD_FLAGS.find((f) => issue.path === f.field && overrides[f.field] !== undefined);
    if (fromFlag) return `${fromFlag.flag} ${overrides[fromFlag.field]}: ${issue.message}`;
    return `${file}: ${issue.path}: ${issue.message}`;
  });
  if (lines.length === 1) return new CliError(lines[0]);
  return new CliError(`the scenario is not valid (${lines.length} problems):\n${lines.map((l) => `  ${l}`).join('\n')}`);
}
