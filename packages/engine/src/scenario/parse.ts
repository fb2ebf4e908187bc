import { SCHEMA_VERSION, type Scenario, ScenarioSchema } from './schema.js';

export interface ScenarioIssue {
  /** Where in the file, e.g. `levers["uz_in_kz.anti_discrimination"]`. */
  readonly path: string;
  readonly message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Validates untrusted input (a parsed JSON value) as a scenario; never throws for bad input. */
export function parseScenario(input: unknown): ParseResult {
  const versionIssue = checkVersion(input);
  if (versionIssue) return { ok: false, issues: [versionIssue] };
  const result = ScenarioSchema.safeParse(input);
  if (result.success) return { ok: true, scenario: result.data };
  const issues = result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  return { ok: false, issues };
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

export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

// Only one schema version exists so far; older or newer files are refused with a clear message.
function checkVersion(input: unknown): ScenarioIssue | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { path: '(file)', message: 'a scenario must be a JSON object' };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined)
    return { path: 'schemaVersion', message: `missing; this version of diaspora-sim reads schemaVersion ${SCHEMA_VERSION}` };
  if (typeof version !== 'number') return { path: 'schemaVersion', message: 'must be a number' };
  if (version > SCHEMA_VERSION) {
    return {
      path: 'schemaVersion',
      message: `the file is schema version ${version}, newer than this diaspora-sim reads (${SCHEMA_VERSION}); update diaspora-sim`,
    };
  }
  if (version < SCHEMA_VERSION)
    return { path: 'schemaVersion', message: `schema version ${version} is not supported (no migration exists to ${SCHEMA_VERSION})` };
  return undefined;
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
