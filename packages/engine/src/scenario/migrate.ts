import type { ScenarioIssue } from './issue.js';
import type { MigrationStep } from './migrations/step.js';
import { V1_TO_V2 } from './migrations/v1ToV2.js';
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
      notes: readonly string[];
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
    return { ok: false, issues: [{ path: '(file)', message: 'a scenario must be a JSON object' }] };
  }
  const record = input as Record<string, unknown>;
  const version = record.schemaVersion;
  const issue = versionIssue(version);
  if (issue) return { ok: false, issues: [issue] };
  const fromVersion = version as number;
  let current = record;
  const notes: string[] = [];
  for (const step of STEPS.slice(fromVersion - OLDEST)) {
    const result = step.migrate(current);
    if (!result.ok) return result;
    notes.push(`schema version ${step.from} read as ${step.to}: ${step.summary}`, ...result.notes);
    current = result.input;
  }
  return { ok: true, input: current, fromVersion, notes };
}

function versionIssue(version: unknown): ScenarioIssue | undefined {
  const path = 'schemaVersion';
  const readable = `this version of diaspora-sim reads schema versions ${OLDEST} to ${SCHEMA_VERSION} (older ones through migrations)`;
  if (version === undefined) return { path, message: `missing; ${readable}` };
  if (typeof version !== 'number') return { path, message: 'must be a number' };
  if (version > SCHEMA_VERSION) {
    return {
      path,
      message: `the file is schema version ${version}, newer than this diaspora-sim reads (${SCHEMA_VERSION}); update diaspora-sim`,
    };
  }
  if (!Number.isInteger(version) || version < OLDEST) return { path, message: `schema version ${version} is not supported; ${readable}` };
  return undefined;
}
