import { ASSUMPTIONS, type ParameterDefinition } from '@diaspora-sim/engine';
import { latinHypercube } from './latinHypercube.js';

/** Maps u in [0, 1) onto a parameter's range (whole numbers stay whole, each equally likely). */
export function valueInRange(definition: ParameterDefinition, u: number): number {
  if (definition.integer) return Math.min(definition.max, Math.floor(definition.min + u * (definition.max - definition.min + 1)));
  // Clamped: at u = 1, min + (max − min) can round to one ulp past max (0.3 + 0.6 = 0.9000000000000001), which the schema refuses.
  return Math.min(definition.max, Math.max(definition.min, definition.min + u * (definition.max - definition.min)));
}

/**
 * One draw of every behavioural assumption per seed of an ensemble, by Latin hypercube over the
 * catalogue's ranges (uniform within each). Baseline and scenario of a seed get the same draw, so
 * their difference still pairs. The draws depend on the number of seeds: a 16-seed ensemble is not
 * the first 16 seeds of a 32-seed one.
 */
export function sampleAssumptions(
  seeds: number,
  samplingSeed: number,
  definitions: readonly ParameterDefinition[] = ASSUMPTIONS,
): Record<string, number>[] {
  const unit = latinHypercube(seeds, definitions.length, samplingSeed);
  return Array.from({ length: seeds }, (_, i) => {
    const draw: Record<string, number> = {};
    definitions.forEach((definition, j) => {
      draw[definition.id] = valueInRange(definition, unit[i * definitions.length + j]);
    });
    return draw;
  });
}
