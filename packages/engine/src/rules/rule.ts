import type { Assumptions, StepValues } from '../equations/values.js';
import type { RandomSource } from '../rng.js';
import type { SimulationState } from '../state/simulationState.js';

/**
 * A mechanism over the whole state (demography, which adds and removes agents; national aggregates).
 * Per-agent mechanisms are kernels (rules/kernel.ts). The step runs both in the order of step/plan.ts.
 */
export type Rule = (state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, step: number) => void;
