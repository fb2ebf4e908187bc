import { type ScenarioIssue, scenarioIssue } from './issue.js';
import type { MigrationStep } from './migrations/step.js';
import { V1_TO_V2 } from './migrations/v1ToV2.js';
import { type ScenarioNote, scenarioNote } from './note.js';
import { SCHEMA_VERSION } from './schema.js';

/** Every step, oldest first; step i reads version i + 1. A new schema version adds one step here. */
const STEPS: readonly MigrationStep[] = [V1_TO_V2];
const OLDEST = STEPS[0].from;

export type MigrationResult =
  | {
      ok: true;
      /** The input as a file of the current schema version (not yet validated). */
      input: Record<string, unknown>;
      /** The version the input was written in. */
      fromVersion: number;
      /** What each step read differently, in order; empty for a file of the current version. */
      notes: readonly ScenarioNote[];
    }
  | { ok: false; issues: ScenarioIssue[] };

/**
 * Brings a scenario of any supported schema version to the current one, step by step, saying what was
 * mapped to what; refuses, naming the parameter and why, what cannot be carried over. parseScenario
 * calls it first; on its own it serves callers that change a file before validating it (the command
 * line's `--set`, which speaks the current version).
 */
export function migrateScenario(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [scenarioIssue('(file)', { code: 'not_object', params: {} })] };
  }
  const record = input as Record<string, unknown>;
  const version = record.schemaVersion;
  const issue = versionIssue(version);
  if (issue) return { ok: false, issues: [issue] };
  const fromVersion = version as number;
  let current = record;
  const notes: ScenarioNote[] = [];
  for (const step of STEPS.slice(fromVersion - OLDEST)) {
    const result = step.migrate(current);
    if (!result.ok) return result;
    notes.push(scenarioNote({ code: 'schema_migrated', params: { from: step.from, to: step.to, summary: step.summary } }), ...result.notes);
    current = result.input;
  }
  return { ok: true, input: current, fromVersion, notes };
}

function versionIssue(version: unknown): ScenarioIssue | undefined {
  const range = { oldest: OLDEST, newest: SCHEMA_VERSION };
  const issue = (problem: Parameters<typeof scenarioIssue>[1]) => scenarioIssue('schemaVersion', problem);
  if (version === undefined) return issue({ code: 'version_missing', params: range });
  if (typeof version !== 'number') return issue({ code: 'version_not_number', params: {} });
  if (version > SCHEMA_VERSION) return issue({ code: 'version_newer', params: { version, newest: SCHEMA_VERSION } });
  if (!Number.isInteger(version) || version < OLDEST) return issue({ code: 'version_unsupported', params: { version, ...range } });
  return undefined;
}
