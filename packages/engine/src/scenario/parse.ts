import { parameterPath, type ScenarioIssue } from './issue.js';
import { migrateScenario } from './migrate.js';
import { type Scenario, ScenarioSchema } from './schema.js';

export type ParseResult =
  | {
      ok: true;
      scenario: Scenario;
      /** What migration from an older schema version mapped to what; empty for a current file. */
      notes: readonly string[];
    }
  | { ok: false; issues: ScenarioIssue[] };

/**
 * Validates untrusted input (a parsed JSON value) as a scenario, after migrating an older schema
 * version to the current one; never throws for bad input.
 */
export function parseScenario(input: unknown): ParseResult {
  const migrated = migrateScenario(input);
  if (!migrated.ok) return migrated;
  const result = ScenarioSchema.safeParse(migrated.input);
  const hidden = prototypeKeyIssues(migrated.input);
  if (result.success && hidden.length === 0) return { ok: true, scenario: result.data, notes: migrated.notes };
  const issues = result.success ? [] : result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  return { ok: false, issues: [...issues, ...hidden] };
}

const NOUNS = { levers: 'lever', drivers: 'driver', assumptions: 'assumption' } as const;

// zod builds a record by assignment, which drops an own "__proto__" key without a word (JSON.parse
// makes one from `"__proto__": …`): it is an unknown id like any other, so it is refused as one.
function prototypeKeyIssues(input: Readonly<Record<string, unknown>>): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  for (const section of ['levers', 'drivers', 'assumptions'] as const) {
    const values = input[section];
    if (typeof values === 'object' && values !== null && Object.hasOwn(values, '__proto__')) {
      issues.push({ path: parameterPath(section, '__proto__'), message: `unknown ${NOUNS[section]} id "__proto__"` });
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
    return { ok: false, issues: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
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
