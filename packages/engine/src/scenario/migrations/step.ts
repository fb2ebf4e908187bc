import { type IssueProblem, parameterPath, type ScenarioIssue, scenarioIssue } from '../issue.js';
import { type ScenarioNote, scenarioNote } from '../note.js';

/**
 * One step between two schema versions: a pure function from a file of version `from` (already known
 * to say so) to a file of version `to`, with a note for every value it read differently, or the
 * issues that stop it. Steps are frozen once released: each holds what it needs of both catalogues
 * (units, defaults, ranges), so later catalogue changes never alter how an old file is read.
 */
export interface MigrationStep {
  readonly from: number;
  readonly to: number;
  /** One sentence on what changed between the two versions, the first note of every migrated file. */
  readonly summary: string;
  migrate(input: Readonly<Record<string, unknown>>): StepResult;
}

export type StepResult = { ok: true; input: Record<string, unknown>; notes: ScenarioNote[] } | { ok: false; issues: ScenarioIssue[] };

/** An assumption as one catalogue version defines it (frozen copies, not the live catalogue). */
export interface AssumptionSpec {
  readonly unit: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

/**
 * What a step does with a value of an assumption whose id, unit or meaning changed:
 * - `map`: converted (possibly to another id), the result checked against the new range;
 * - `keep`: the same number carries over, with a note on what it means now;
 * - `refuse`: nothing in the new model corresponds; a file setting it is refused, naming it and why,
 *   unless it sets exactly the old default (it asked for nothing the old model did not assume
 *   anyway): then the value is dropped, with a note.
 */
export type AssumptionChange =
  | {
      readonly decision: 'map';
      readonly id: string;
      readonly before: AssumptionSpec;
      readonly to: string;
      readonly after: AssumptionSpec;
      readonly map: (value: number) => number;
      /** How, in a few words, e.g. "× 4, as one unit of orientation is about 4 log-odds near the middle". */
      readonly how: string;
    }
  | {
      readonly decision: 'keep';
      readonly id: string;
      readonly before: AssumptionSpec;
      readonly after: AssumptionSpec;
      readonly note: string;
    }
  | { readonly decision: 'refuse'; readonly id: string; readonly before: AssumptionSpec; readonly why: string };

/**
 * Applies a table of assumption changes to a file's `assumptions`, in the file's order; entries the
 * table does not name carry over untouched (the schema checks them afterwards). Every problem is
 * reported, not only the first.
 */
export function migrateAssumptions(
  input: Readonly<Record<string, unknown>>,
  changes: readonly AssumptionChange[],
  versions: { readonly from: number; readonly to: number },
): StepResult {
  const section = input.assumptions;
  const base = { ...input, schemaVersion: versions.to };
  if (typeof section !== 'object' || section === null || Array.isArray(section)) return { ok: true, input: base, notes: [] };
  const byId = new Map(changes.map((c) => [c.id, c]));
  const version = versions.from;
  const entries: Array<[string, unknown]> = [];
  const notes: ScenarioNote[] = [];
  const issues: ScenarioIssue[] = [];
  const refuse = (id: string, problem: IssueProblem) => issues.push(scenarioIssue(parameterPath('assumptions', id), problem));

  for (const [id, value] of Object.entries(section)) {
    const change = byId.get(id);
    if (!change) {
      entries.push([id, value]);
      continue;
    }
    const { before } = change;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      refuse(id, { code: 'assumption_not_number', params: { id, unit: before.unit, version } });
      continue;
    }
    const old = { id, value, unit: before.unit, version };
    if (value < before.min || value > before.max) {
      refuse(id, { code: 'assumption_outside_old_range', params: { ...old, min: before.min, max: before.max } });
      continue;
    }
    if (change.decision === 'refuse') {
      if (value === before.default)
        notes.push(scenarioNote({ code: 'assumption_dropped', params: { id, value, version, reason: change.why } }));
      else refuse(id, { code: 'assumption_unmappable', params: { ...old, reason: change.why } });
      continue;
    }
    const { after } = change;
    const target = change.decision === 'map' ? change.to : id;
    if (target !== id && Object.hasOwn(section, target)) {
      refuse(id, { code: 'assumption_target_set', params: { id, target } });
      continue;
    }
    const next = change.decision === 'map' ? decimal(change.map(value)) : value;
    const inside = next >= after.min && next <= after.max;
    const range = { min: after.min, max: after.max };
    if (change.decision === 'keep') {
      if (!inside) {
        refuse(id, { code: 'assumption_outside_new_range', params: { ...old, ...range, newUnit: after.unit, reason: change.note } });
        continue;
      }
      notes.push(scenarioNote({ code: 'assumption_kept', params: { id, value, version, reason: change.note } }));
    } else {
      const mapped = { ...old, target, next, newUnit: after.unit, how: change.how };
      if (!inside) {
        refuse(id, { code: 'assumption_maps_outside', params: { ...mapped, ...range } });
        continue;
      }
      const recalibrated = decimal(change.map(before.default)) !== after.default;
      notes.push(scenarioNote({ code: 'assumption_mapped', params: recalibrated ? { ...mapped, newDefault: after.default } : mapped }));
    }
    entries.push([target, next]);
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, input: { ...base, assumptions: Object.fromEntries(entries) }, notes };
}

/**
 * A converted value as a person would write it: 72.3 − 72 is 0.29999999999999716 in binary, shown
 * and stored as 0.3. Twelve significant digits keep every value a file can sensibly hold exact.
 */
function decimal(value: number): number {
  return Number(value.toPrecision(12));
}
