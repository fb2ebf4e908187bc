import type { RandomSource } from '../../rng.js';
import type { Assumptions, StepValues } from '../../rules/rule.js';
import type { SimulationState } from '../simulationState.js';

/**
 * Economic traits at the start (2021): employment, income, savings, home ties, business owners and
 * trade links; the economy state (GDP, wages, trade turnover). Called last in createInitialState.
 * `levers` holds every lever and driver at step 0.
 */
export function initialiseEconomy(_state: SimulationState, _levers: StepValues, _params: Assumptions, _rng: RandomSource): void {
  // Not yet implemented.
}

/** Economic traits of a newcomer in `slot` (see initialiseNewcomerSocialTraits for the rules on draws). */
export function initialiseNewcomerEconomicTraits(
  _state: SimulationState,
  _slot: number,
  _mother: number,
  _levers: StepValues,
  _params: Assumptions,
  _rng: RandomSource,
  _step: number,
): void {
  // Not yet implemented.
}
