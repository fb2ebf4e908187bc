import type { Assumptions, StepValues } from '../equations/values.js';
import type { RandomSource } from '../rng.js';
import { runHostKernel, runPersonKernel } from '../rules/runKernel.js';
import type { SimulationState } from '../state/simulationState.js';
import { STEP_PLAN } from './plan.js';

/**
 * The quarter as written: every phase of STEP_PLAN in order, each kernel of a pass over all agents
 * before the next. The fused step must give the same bits (tests/engine/step).
 */
export function referenceStep(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number): void {
  for (const phase of STEP_PLAN) {
    if (phase.kind === 'rule') phase.apply(state, levers, params, rng, t);
    else if (phase.kind === 'persons') for (const kernel of phase.kernels) runPersonKernel(kernel, state, levers, params, rng, t);
    else for (const kernel of phase.kernels) runHostKernel(kernel, state, levers, params, rng, t);
  }
}
