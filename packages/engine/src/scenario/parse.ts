import type { z } from 'zod';
import { type IssueProblem, parameterPath, SCHEDULE_SHAPE_MESSAGE, type ScenarioIssue, type SchemaIssue, scenarioIssue } from './issue.js';
import { migrateScenario } from './migrate.js';
import type { ScenarioNote } from './note.js';
import { type Scenario, ScenarioSchema } from './schema.js';

export type ParseResult =
  | {
      ok: true;
      scenario: Scenario;
      /** What migration from an older schema version mapped to what; empty for a current file. */
      notes: readonly ScenarioNote[];
    }
  | { ok: false; issues: ScenarioIssue[] };

/**
 * Validates untrusted input (a parsed JSON value) as a scenario, after migrating an older schema
 * version to the current one; never throws for bad input.
 */
export function parseScenario(input: unknown): ParseResult {
  const migrated = migrateScenario(input);
  if (!migrated.ok) return migrated;
  // The input is reported so that an issue can say what type it met (zod's locales name it).
  const result = ScenarioSchema.safeParse(migrated.input, { reportInput: true });
  const hidden = prototypeKeyIssues(migrated.input);
  if (result.success && hidden.length === 0) return { ok: true, scenario: result.data, notes: migrated.notes };
  const issues = result.success ? [] : result.error.issues.map((issue) => scenarioIssue(formatPath(issue.path), problemOf(issue)));
  return { ok: false, issues: [...issues, ...hidden] };
}

/** The project's own problem a refinement raised, or zod's issue as data (without the input itself). */
function problemOf(issue: z.core.$ZodIssue): IssueProblem {
  if (issue.code === 'custom' && issue.params?.problem) return issue.params.problem as IssueProblem;
  if (issue.code === 'invalid_union' && issue.message === SCHEDULE_SHAPE_MESSAGE) return { code: 'schedule_shape', params: {} };
  const { path: _path, input, errors: _errors, ...fields } = issue as z.core.$ZodIssue & { input?: unknown; errors?: unknown };
  const data = { ...fields, ...(issue.code === 'invalid_type' ? { received: typeName(input) } : {}) } as SchemaIssue;
  return { code: 'schema', params: { issue: data } };
}

/** The type of a value as zod's messages name it (util.parsedType, which zod does not export). */
function typeName(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : 'number';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

// zod builds a record by assignment, which drops an own "__proto__" key without a word (JSON.parse
// makes one from `"__proto__": …`): it is an unknown id like any other, so it is refused as one.
function prototypeKeyIssues(input: Readonly<Record<string, unknown>>): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  for (const section of ['levers', 'drivers', 'assumptions'] as const) {
    const values = input[section];
    if (typeof values === 'object' && values !== null && Object.hasOwn(values, '__proto__')) {
      const problem: IssueProblem = { code: 'unknown_id', params: { section, id: '__proto__' } };
      issues.push(scenarioIssue(parameterPath(section, '__proto__'), problem));
    }
  }
  return issues;
}

/** Parses JSON text then validates it; a syntax error is reported with its position. */
export function parseScenarioText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [scenarioIssue('(file)', { code: 'json_syntax', params: { detail: (error as Error).message } })] };
  }
  return parseScenario(value);
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(file)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
