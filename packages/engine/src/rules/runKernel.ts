import type { Assumptions, StepValues } from '../equations/values.js';
import type { RandomSource } from '../rng.js';
import type { SimulationState } from '../state/simulationState.js';
import type { HostKernel, PersonKernel } from './kernel.js';

/**
 * One kernel over every agent, on its own: begin, the body for each live person (or each host) in slot
 * order, end. The reference step is these calls one after another; tests call it to exercise one
 * mechanism. (The fused passes run the same bodies interleaved: passes/*.generated.ts.)
 */
export function runPersonKernel<S>(
  kernel: PersonKernel<S>,
  state: SimulationState,
  levers: StepValues,
  params: Assumptions,
  rng: RandomSource,
  t: number,
): void {
  kernel.begin(state, levers, params, rng, t);
  const p = state.persons;
  const s = kernel.step;
  for (let i = 0; i < p.end; i++) if (p.alive[i] === 1) kernel.person(i, p, s, rng);
  kernel.end?.(state, levers, params, rng, t);
}

export function runHostKernel<S>(
  kernel: HostKernel<S>,
  state: SimulationState,
  levers: StepValues,
  params: Assumptions,
  rng: RandomSource,
  t: number,
): void {
  kernel.begin(state, levers, params, rng, t);
  const h = state.hosts;
  const s = kernel.step;
  for (let j = 0; j < h.count; j++) kernel.host(j, h, s);
  kernel.end?.(state, levers, params, rng, t);
}
