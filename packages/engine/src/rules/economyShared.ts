import { exp } from '../math/index.js';
import type { RandomSource } from '../rng.js';
import { streamId } from '../rng.js';
import { DIASPORAS, findParameter } from '../scenario/catalog/index.js';
import type { EconomyState } from '../state/economy.js';

/** Small pieces the economy rules and the economic initialisation share. */

export const ADULT_QUARTERS = 18 * 4;
export const RETIREMENT_QUARTERS = 65 * 4;
/** Owners close their business at this age. */
export const BUSINESS_EXIT_QUARTERS = 70 * 4;

export function logistic(x: number): number {
  return 1 / (1 + exp(-x));
}

/** Average monthly wage (USD) of the diaspora's host country: Uzbeks live in Kazakhstan, Kazakhs in Uzbekistan. */
export function hostWage(economy: EconomyState, diaspora: number): number {
  return diaspora === 0 ? economy.wageKazakhstan : economy.wageUzbekistan;
}

/** Per-diaspora lever ids built once (a rule must not build strings every step). */
export function perDiasporaIds(suffix: string): readonly string[] {
  return DIASPORAS.map((d) => `${d}.${suffix}`);
}

/** A lever's 2021 status-quo value (its catalogue default). */
export function leverDefault(id: string): number {
  const found = findParameter(id);
  if (!found) throw new Error(`unknown lever "${id}"`);
  return found.definition.default;
}

const CREDIT_STREAM = streamId('credit access');

/**
 * Whether a person can borrow, given the share of diaspora entrepreneurs able to: one fixed draw per
 * person (not per step), so the same people are bankable in every quarter and every rule, and raising
 * the share only adds borrowers.
 */
export function creditAccessKey(rng: RandomSource): number {
  return rng.streamKey(CREDIT_STREAM, 0);
}

export function hasCreditAccess(rng: RandomSource, creditKey: number, agentId: number, share: number): boolean {
  return rng.uniform(creditKey, agentId, 0) < share;
}

/** Berry's strategies from the two orientations (threshold 0.5): +1 integration, -1 marginalisation, 0 otherwise. */
export function integrationSign(heritageOrientation: number, hostOrientation: number): number {
  const h = heritageOrientation >= 0.5;
  const n = hostOrientation >= 0.5;
  if (h && n) return 1;
  if (!h && !n) return -1;
  return 0;
}
