import { ASSUMPTIONS, LEVERS, type ParameterDefinition } from '@diaspora-sim/engine';
import { AnalysisError } from '../analysisProblem.js';
import { valueInRange } from '../ensemble/assumptionSampling.js';

/**
 * The inputs a sensitivity analysis varies. Policy ranges (levers) and assumption ranges (behavioural
 * parameters) are different questions, "what could we choose" against "what do we not know", so they
 * are never mixed in one analysis.
 */
export type FactorSpace = 'policy' | 'assumptions';

export interface Factor {
  readonly id: string;
  readonly space: FactorSpace;
  readonly definition: ParameterDefinition;
}

export function factorsOf(space: FactorSpace, only?: readonly string[]): Factor[] {
  const definitions = space === 'policy' ? LEVERS : ASSUMPTIONS;
  const chosen = only ? definitions.filter((d) => only.includes(d.id)) : definitions;
  if (only) {
    const known = new Set(definitions.map((d) => d.id));
    const unknown = only.filter((id) => !known.has(id));
    if (unknown.length) throw new AnalysisError({ code: 'sensitivity_unknown', params: { space, ids: unknown } });
  }
  return chosen.map((definition) => ({ id: definition.id, space, definition }));
}

/** A factor's value at unit coordinate u in [0, 1] (whole-number factors rounded, see valueInRange). */
export function factorValue(factor: Factor, u: number): number {
  return valueInRange(factor.definition, u);
}

/** Where a value sits in its factor's range, 0 to 1: the unit an elementary effect is measured in. */
export function unitOfValue(factor: Factor, value: number): number {
  const { min, max } = factor.definition;
  return max > min ? (value - min) / (max - min) : 0;
}

/** The overrides a task carries for one design point. */
export function overridesAt(factors: readonly Factor[], point: ArrayLike<number>): Record<string, number> {
  const values: Record<string, number> = {};
  factors.forEach((factor, j) => {
    values[factor.id] = factorValue(factor, point[j]);
  });
  return values;
}

/** The unit coordinates a design point really runs at, after whole-number factors are rounded. */
export function effectiveUnits(factors: readonly Factor[], points: Float64Array): Float64Array {
  const k = factors.length;
  const out = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) {
    const factor = factors[i % k];
    out[i] = unitOfValue(factor, factorValue(factor, points[i]));
  }
  return out;
}
