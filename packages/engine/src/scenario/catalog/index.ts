import { ASSUMPTIONS } from './assumptions/index.js';
import type { ParameterDefinition } from './definition.js';
import { DRIVERS } from './drivers.js';
import { LEVERS } from './levers.js';

export * from './definition.js';
export type { IndicatorDefinition, IndicatorKind } from './indicators.js';
export { INDICATOR_IDS, INDICATOR_INDEX, INDICATORS, PER_DIASPORA_KEYS } from './indicators.js';
export { type EffectBasis, type EffectMeasure, LEVER_EFFECTS, type LeverEffect } from './leverEffects.js';
export { ASSUMPTIONS, DRIVERS, LEVERS };

export type ParameterKind = 'lever' | 'driver' | 'assumption';

export const CATALOG: Readonly<Record<ParameterKind, readonly ParameterDefinition[]>> = {
  lever: LEVERS,
  driver: DRIVERS,
  assumption: ASSUMPTIONS,
};

const byId = new Map<string, { kind: ParameterKind; definition: ParameterDefinition }>();
for (const kind of Object.keys(CATALOG) as ParameterKind[]) {
  for (const definition of CATALOG[kind]) {
    if (byId.has(definition.id)) throw new Error(`duplicate parameter id ${definition.id}`);
    byId.set(definition.id, { kind, definition });
  }
}

export function findParameter(id: string): { kind: ParameterKind; definition: ParameterDefinition } | undefined {
  return byId.get(id);
}
