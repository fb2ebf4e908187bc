import type { Assumptions, StepValues } from '../../../packages/engine/src/equations/values.js';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { ASSUMPTIONS, DRIVERS, LEVERS } from '../../../packages/engine/src/scenario/catalog/index.js';

/** Every assumption at its default, with overrides. */
export function assumptions(overrides: Record<string, number> = {}): Assumptions {
  const values: Record<string, number> = {};
  for (const a of ASSUMPTIONS) values[a.id] = a.default;
  for (const [id, value] of Object.entries(overrides)) {
    if (!(id in values)) throw new Error(`unknown assumption ${id}`);
    values[id] = value;
  }
  return values;
}

/** Every lever and driver at its default, with overrides. */
export function stepValues(overrides: Record<string, number> = {}): StepValues {
  const values: Record<string, number> = {};
  for (const p of [...LEVERS, ...DRIVERS]) values[p.id] = p.default;
  for (const [id, value] of Object.entries(overrides)) {
    if (!(id in values)) throw new Error(`unknown lever or driver ${id}`);
    values[id] = value;
  }
  return values;
}

export const rng = createRandomSource(7);

/** Arc (midpoint) elasticity of y to x between two points. */
export function arcElasticity(x1: number, y1: number, x2: number, y2: number): number {
  return (y2 - y1) / ((y1 + y2) / 2) / ((x2 - x1) / ((x1 + x2) / 2));
}
