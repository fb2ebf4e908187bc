import { exp, expInPlace, expm1, log, operands } from '../math/index.js';

/** Small functions the mechanisms and the initialisation share, on the engine's deterministic arithmetic. */

export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

/**
 * operands[0] = logistic(operands[0]) (math/rounding.ts operands), the same formula: for loops where
 * V8 does not inline the exact exp (the economy pass), and a double passed to or returned from it
 * would be allocated. (logistic itself stays small: the acculturation pass inlines it whole.)
 */
export function logisticInPlace(): void {
  operands[0] = -operands[0];
  expInPlace();
  operands[0] = 1 / (1 + operands[0]);
}

export function logit(p: number): number {
  return log(p / (1 - p));
}

/** Chance within a quarter of an event with the given yearly hazard. */
export function quarterlyChance(yearlyRate: number): number {
  return -expm1(-yearlyRate / 4);
}
