import { exp, expm1, log } from '../math/index.js';

/** Small functions the mechanisms and the initialisation share, on the engine's deterministic arithmetic. */

export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

export function logit(p: number): number {
  return log(p / (1 - p));
}

/** Chance within a quarter of an event with the given yearly hazard. */
export function quarterlyChance(yearlyRate: number): number {
  return -expm1(-yearlyRate / 4);
}
