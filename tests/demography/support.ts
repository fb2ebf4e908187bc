import { INDICATOR_INDEX } from '../../packages/engine/src/scenario/catalog/index.js';
import { parseScenario } from '../../packages/engine/src/scenario/parse.js';
import { type ResolvedScenario, resolveScenario } from '../../packages/engine/src/scenario/resolve.js';
import baselineJson from '../../scenarios/baseline.json' with { type: 'json' };

/** The baseline scenario with some fields or levers replaced, resolved. */
export function baselineWith(fields: Record<string, unknown> = {}, levers: Record<string, unknown> = {}): ResolvedScenario {
  const parsed = parseScenario({ ...baselineJson, ...fields, levers: { ...baselineJson.levers, ...levers } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return resolveScenario(parsed.scenario);
}

/** Reads indicator `id` from a row of indicators. */
export function indicator(row: ArrayLike<number>, id: string, offset = 0): number {
  const index = INDICATOR_INDEX.get(id);
  if (index === undefined) throw new Error(`unknown indicator ${id}`);
  return row[offset + index];
}
