import type { RandomSource } from '../rng.js';
import type { ResolvedScenario } from '../scenario/resolve.js';
import type { SimulationState } from './simulationState.js';

// Not yet implemented: built from the 2021 data in data/ (populations per region, ages, statuses...).
export function createInitialState(_resolved: ResolvedScenario, _rng: RandomSource): SimulationState {
  throw new Error('createInitialState is not implemented yet');
}
