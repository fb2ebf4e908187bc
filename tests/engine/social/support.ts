import { ASSUMPTIONS, LEVERS } from '../../../packages/engine/src/scenario/catalog/index.js';

/** Every assumption at its default, with overrides (rules read them through param()). */
export function defaultParams(overrides: Record<string, number> = {}): Record<string, number> {
  const params: Record<string, number> = {};
  for (const a of ASSUMPTIONS) params[a.id] = a.default;
  return { ...params, ...overrides };
}

/** Every lever at its 2021 default, with overrides. */
export function defaultLevers(overrides: Record<string, number> = {}): Record<string, number> {
  const levers: Record<string, number> = {};
  for (const l of LEVERS) levers[l.id] = l.default;
  return { ...levers, ...overrides };
}

/** A small seeded generator for building test states (never used by the engine). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
