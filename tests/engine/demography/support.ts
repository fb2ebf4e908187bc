import { INDICATOR_INDEX } from '../../../packages/engine/src/scenario/catalog/index.js';
import { parseScenario } from '../../../packages/engine/src/scenario/parse.js';
import { type ResolvedScenario, resolveScenario } from '../../../packages/engine/src/scenario/resolve.js';
import baselineJson from '../../../scenarios/baseline.json' with { type: 'json' };

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

import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { ASSUMPTIONS, DRIVERS, LEVERS } from '../../../packages/engine/src/scenario/catalog/index.js';

/** Every assumption at its default, some replaced (rules read other domains' hooks' assumptions too). */
export function paramsWith(overrides: Record<string, number> = {}): Record<string, number> {
  const params: Record<string, number> = {};
  for (const d of ASSUMPTIONS) params[d.id] = d.default;
  return { ...params, ...overrides };
}

/** Every lever and driver at its default, some replaced. */
export function leversWith(overrides: Record<string, number> = {}): Record<string, number> {
  const levers: Record<string, number> = {};
  for (const d of [...LEVERS, ...DRIVERS]) levers[d.id] = d.default;
  return { ...levers, ...overrides };
}

export const rng = createRandomSource(7);
