import type { Assumptions, StepValues } from '../equations/values.js';
import type { RandomSource } from '../rng.js';
import type { SimulationState } from '../state/simulationState.js';
import { acculturationPass, acculturationPassKernels } from './passes/acculturationPass.generated.js';
import { economyPass, economyPassKernels } from './passes/economyPass.generated.js';
import { hostAttitudesPass, hostAttitudesPassKernels } from './passes/hostAttitudesPass.generated.js';
import { hostContactsPass, hostContactsPassKernels } from './passes/hostContactsPass.generated.js';
import { snapshotPass, snapshotPassKernels } from './passes/snapshotPass.generated.js';
import { socialPass, socialPassKernels } from './passes/socialPass.generated.js';
import { STEP_PLAN } from './plan.js';

/**
 * The quarter as the engine runs it: the rules of STEP_PLAN, and each pass as its generated loop
 * (every kernel of the pass for one agent before the next agent). Same bits as the reference step
 * (tests/engine/step); 1.2–1.3 times as fast at 10^5 agents, 1.1 at 10^6 (pnpm bench prints the
 * ratios).
 */
type Pass = (state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number) => void;

const PASSES: Record<string, { run: Pass; kernels: readonly string[] }> = {
  snapshot: { run: snapshotPass, kernels: snapshotPassKernels },
  social: { run: socialPass, kernels: socialPassKernels },
  acculturation: { run: acculturationPass, kernels: acculturationPassKernels },
  economy: { run: economyPass, kernels: economyPassKernels },
  hostContacts: { run: hostContactsPass, kernels: hostContactsPassKernels },
  hostAttitudes: { run: hostAttitudesPass, kernels: hostAttitudesPassKernels },
};

type Compiled = (state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number) => void;

/** The plan's phases as calls, checked once against the generated passes (stale passes fail loudly). */
const PHASES: readonly Compiled[] = STEP_PLAN.map((phase): Compiled => {
  if (phase.kind === 'rule') return phase.apply;
  const pass = PASSES[phase.name];
  const planned = phase.kernels.map((k) => k.name);
  if (!pass || pass.kernels.join('\n') !== planned.join('\n'))
    throw new Error(`the generated pass "${phase.name}" does not match step/plan.ts: run pnpm generate:passes`);
  return pass.run;
});

export function fusedStep(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number): void {
  for (let k = 0; k < PHASES.length; k++) PHASES[k](state, levers, params, rng, t);
}
