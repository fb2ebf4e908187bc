import { writeIndicators } from '../observe/indicators.js';
import { createRandomSource } from '../rng.js';
import { INDICATOR_IDS } from '../scenario/catalog/index.js';
import type { ResolvedScenario } from '../scenario/resolve.js';
import { createInitialState } from '../state/createInitialState.js';
import type { SimulationState } from '../state/simulationState.js';
import { referenceStep } from '../step/referenceStep.js';

/** A run advanced one quarter at a time: what runScenario loops over, and what a view can drive. */
export interface Simulation {
  readonly state: SimulationState;
  readonly stepsTotal: number;
  /** Steps done so far. */
  step: number;
  /** Runs the next quarter and writes its indicators into `out` at `offset` (INDICATOR_IDS order). */
  advance(out: Float64Array, offset: number): void;
}

export function createSimulation(resolved: ResolvedScenario, seed: number): Simulation {
  const rng = createRandomSource(seed);
  const params = resolved.assumptions;
  const state = createInitialState(resolved, rng);
  // One object, updated in place each step: rules read this step's lever and driver values from it.
  const stepValues: Record<string, number> = {};
  const schedules = [...resolved.schedules.entries()];
  for (const [id] of schedules) stepValues[id] = Number.NaN;
  const simulation: Simulation = {
    state,
    stepsTotal: resolved.timeline.steps,
    step: 0,
    advance(out, offset) {
      const t = simulation.step;
      if (t >= simulation.stepsTotal) throw new Error('the run is already complete');
      for (const [id, values] of schedules) stepValues[id] = values[t];
      state.tallies.fill(0);
      state.newcomersThisStep.fill(0);
      referenceStep(state, stepValues, params, rng, t);
      writeIndicators(state, out, offset);
      simulation.step = t + 1;
    },
  };
  return simulation;
}

export const INDICATOR_COUNT = INDICATOR_IDS.length;
