import type { RandomSource } from '../rng.js';
import type { SimulationState } from '../state/simulationState.js';

/** This step's value of every lever and driver, by id. */
export type StepValues = Readonly<Record<string, number>>;
/** Behavioural assumptions, by id (constant over a run). */
export type Assumptions = Readonly<Record<string, number>>;

/** Every mechanism has this one signature; the step runs them in a fixed order (rules/order.ts). */
export type Rule = (state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, step: number) => void;

/** Reads an assumption, failing loudly on a misspelt id instead of computing with undefined. */
export function param(params: Assumptions, id: string): number {
  const value = params[id];
  if (value === undefined) throw new Error(`unknown assumption "${id}"`);
  return value;
}

/** Reads a lever or driver, failing loudly on a misspelt id. */
export function lever(levers: StepValues, id: string): number {
  const value = levers[id];
  if (value === undefined) throw new Error(`unknown lever or driver "${id}"`);
  return value;
}
