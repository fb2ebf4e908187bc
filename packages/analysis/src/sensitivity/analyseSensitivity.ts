import { analyseMorris } from './morris.js';
import type { SensitivityDesign, SensitivityRequest } from './sensitivityDesign.js';
import { analyseSobol } from './sobol.js';

export interface MorrisRow {
  readonly parameter: string;
  readonly muStar: number;
  readonly sigma: number;
  readonly mu: number;
  readonly muStarLow: number;
  readonly muStarHigh: number;
}

export interface SobolRow {
  readonly parameter: string;
  readonly S1: number;
  readonly S1Low: number;
  readonly S1High: number;
  readonly ST: number;
  readonly STLow: number;
  readonly STHigh: number;
}

export type SensitivityResult =
  | { readonly method: 'morris'; readonly rows: readonly MorrisRow[]; readonly outputs: Float64Array }
  | { readonly method: 'sobol'; readonly rows: readonly SobolRow[]; readonly outputs: Float64Array; readonly variance: number };

/** The output at each design point: mean over seeds of the task values (minus the baseline's, if any). */
export function pointOutputs(design: SensitivityDesign, seeds: number, taskValues: ArrayLike<number>): Float64Array {
  const outputs = new Float64Array(design.pointCount);
  for (let p = 0; p < design.pointCount; p++) {
    let sum = 0;
    for (let s = 0; s < seeds; s++) {
      sum += taskValues[design.scenarioTask(p, s)];
      if (design.baselineTask) sum -= taskValues[design.baselineTask(p, s)];
    }
    outputs[p] = sum / seeds;
  }
  return outputs;
}

/** Indices from every task's value of the chosen indicator in the chosen year (indexed as the design's tasks). */
export function analyseSensitivity(
  request: SensitivityRequest,
  design: SensitivityDesign,
  taskValues: ArrayLike<number>,
): SensitivityResult {
  const outputs = pointOutputs(design, request.seeds, taskValues);
  const ids = design.factors.map((f) => f.id);
  if (design.morris) {
    const m = analyseMorris(design.morris, outputs, design.points, request.designSeed);
    const rows = ids.map((parameter, j) => ({
      parameter,
      muStar: m.muStar[j],
      sigma: m.sigma[j],
      mu: m.mu[j],
      muStarLow: m.muStarLow[j],
      muStarHigh: m.muStarHigh[j],
    }));
    return { method: 'morris', rows, outputs };
  }
  if (!design.saltelli) throw new Error('the design has neither a Morris nor a Saltelli sample');
  const s = analyseSobol(design.saltelli, outputs, request.designSeed);
  const rows = ids.map((parameter, j) => ({
    parameter,
    S1: s.firstOrder[j],
    S1Low: s.firstOrderLow[j],
    S1High: s.firstOrderHigh[j],
    ST: s.totalOrder[j],
    STLow: s.totalOrderLow[j],
    STHigh: s.totalOrderHigh[j],
  }));
  return { method: 'sobol', rows, outputs, variance: s.variance };
}
