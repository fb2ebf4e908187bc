import { AnalysisError } from '../analysisProblem.js';
import type { RunTask } from '../pool/task.js';
import { effectiveUnits, type Factor, type FactorSpace, factorsOf, overridesAt } from './factors.js';
import { type MorrisDesign, morrisDesign } from './morris.js';
import { type SaltelliDesign, saltelliDesign } from './sobol.js';

/**
 * Global sensitivity of one indicator in one calendar year (or of its paired difference from a
 * baseline) to the levers or to the assumptions, never both at once (see factors.ts).
 */
export interface SensitivityRequest {
  readonly method: 'morris' | 'sobol';
  readonly space: FactorSpace;
  /** A subset of the space's ids; all of them when absent. */
  readonly only?: readonly string[];
  readonly scenarioText: string;
  /** With a baseline, the output is scenario minus baseline, seed by seed. */
  readonly versusText?: string;
  readonly indicator: string;
  readonly year: number;
  /** Seeds per design point (the same seeds at every point: common random numbers), averaged. */
  readonly firstSeed: number;
  readonly seeds: number;
  /** Morris trajectories r, or Saltelli base rows N. */
  readonly samples: number;
  readonly designSeed: number;
  readonly levels?: number;
}

export interface SensitivityDesign {
  readonly factors: readonly Factor[];
  readonly morris?: MorrisDesign;
  readonly saltelli?: SaltelliDesign;
  /** Unit coordinates of every point, k per point. */
  readonly points: Float64Array;
  readonly pointCount: number;
  readonly tasks: readonly RunTask[];
  scenarioTask(point: number, seedIndex: number): number;
  /** Only with a baseline. */
  baselineTask?(point: number, seedIndex: number): number;
}

/**
 * The runs of the design, points in design order with seeds fastest; a policy-space baseline does not
 * depend on the point, so its K runs come first and are shared; an assumption-space baseline runs at
 * every point with that point's assumptions.
 */
export function sensitivityDesign(request: SensitivityRequest): SensitivityDesign {
  const factors = factorsOf(request.space, request.only);
  if (factors.length === 0) throw new AnalysisError({ code: 'sensitivity_nothing_to_vary', params: { space: request.space } });
  const k = factors.length;
  const morris = request.method === 'morris' ? morrisDesign(k, request.samples, request.designSeed, request.levels) : undefined;
  const saltelli = request.method === 'sobol' ? saltelliDesign(k, request.samples, request.designSeed) : undefined;
  // Morris points run at their rounded (effective) coordinates, so the elementary effects divide by the real step.
  const points = morris ? effectiveUnits(factors, morris.points) : (saltelli as SaltelliDesign).points;
  const pointCount = points.length / k;
  const K = request.seeds;
  const tasks: RunTask[] = [];
  const sharedBaseline = request.versusText !== undefined && request.space === 'policy';
  const perPointBaseline = request.versusText !== undefined && request.space === 'assumptions';
  if (sharedBaseline) for (let s = 0; s < K; s++) tasks.push({ scenarioText: request.versusText as string, seed: request.firstSeed + s });
  const scenarioStart = tasks.length;
  for (let p = 0; p < pointCount; p++) {
    const values = overridesAt(factors, points.subarray(p * k, (p + 1) * k));
    const overrides = request.space === 'policy' ? { levers: values } : { assumptions: values };
    for (let s = 0; s < K; s++) {
      tasks.push({ scenarioText: request.scenarioText, seed: request.firstSeed + s, ...overrides });
      if (perPointBaseline) tasks.push({ scenarioText: request.versusText as string, seed: request.firstSeed + s, assumptions: values });
    }
  }
  const stride = perPointBaseline ? 2 : 1;
  const design: SensitivityDesign = {
    factors,
    ...(morris && { morris }),
    ...(saltelli && { saltelli }),
    points,
    pointCount,
    tasks,
    scenarioTask: (p, s) => scenarioStart + (p * K + s) * stride,
  };
  if (sharedBaseline) return { ...design, baselineTask: (_p, s) => s };
  if (perPointBaseline) return { ...design, baselineTask: (p, s) => scenarioStart + (p * K + s) * 2 + 1 };
  return design;
}
