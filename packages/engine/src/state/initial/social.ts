import type { RandomSource } from '../../rng.js';
import type { Assumptions } from '../../rules/rule.js';
import type { SimulationState } from '../simulationState.js';

/**
 * Social traits at the start (2021): heritage and host language, orientations h and n, trust,
 * association membership; host-majority prejudice and attitudes. Called once persons, regions and
 * hosts exist (after the demographic initialisation, before the economic one).
 */
export function initialiseSocialTraits(_state: SimulationState, _params: Assumptions, _rng: RandomSource): void {
  // Not yet implemented.
}

/**
 * Social traits of a newcomer in `slot` (its kind, diaspora, age, region already set).
 * `mother` is the mother's slot for a birth, -1 for an arrival. Must draw only from streams keyed
 * by the newcomer's own id so that common random numbers hold.
 */
export function initialiseNewcomerSocialTraits(
  _state: SimulationState,
  _slot: number,
  _mother: number,
  _params: Assumptions,
  _rng: RandomSource,
  _step: number,
): void {
  // Not yet implemented.
}
