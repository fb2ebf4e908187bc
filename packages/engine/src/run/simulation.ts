import { writeIndicators } from '../observe/indicators.js';
import { writeRegionIndicators } from '../observe/regionIndicators.js';
import { createRandomSource } from '../rng.js';
import { INDICATOR_IDS } from '../scenario/catalog/index.js';
import type { ResolvedScenario } from '../scenario/resolve.js';
import { createInitialState } from '../state/createInitialState.js';
import type { SimulationState } from '../state/simulationState.js';
import { fusedStep } from '../step/fusedStep.js';
import { referenceStep } from '../step/referenceStep.js';

/** A run advanced one quarter at a time: what runScenario loops over, and what a view can drive. */
export interface Simulation {
  readonly state: SimulationState;
  readonly stepsTotal: number;
  /** Steps done so far. */
  step: number;
  /** Runs the next quarter and writes its indicators into `out` at `offset` (INDICATOR_IDS order). */
  advance(out: Float64Array, offset: number): void;
  /** The last quarter's regional indicators into `out` at `offset` (regions × REGION_INDICATORS, region-major). */
  writeRegions(out: Float64Array, offset: number): void;
}

export interface SimulationOptions {
  /** Run the reference step (each kernel over all agents in turn) instead of the fused passes: same bits, slower. */
  readonly reference?: boolean;
}

export function createSimulation(resolved: ResolvedScenario, seed: number, options: SimulationOptions = {}): Simulation {
  const step = options.reference ? referenceStep : fusedStep;
  const rng = createRandomSource(seed);
  const params = resolved.assumptions;
  const state = createInitialState(resolved, rng);
  // One object, updated in place each step: rules read this step's lever and driver values from it.
  const stepValues: Record<string, number> = {};
  // Ids and series apart, read by index each step (iterating the entries allocated an iterator and a
  // pair per lever and quarter).
  const scheduleIds = [...resolved.schedules.keys()];
  const scheduleValues = [...resolved.schedules.values()];
  for (const id of scheduleIds) stepValues[id] = Number.NaN;
  const simulation: Simulation = {
    state,
    stepsTotal: resolved.timeline.steps,
    step: 0,
    advance(out, offset) {
      const t = simulation.step;
      if (t >= simulation.stepsTotal) throw new Error('the run is already complete');
      for (let k = 0; k < scheduleIds.length; k++) stepValues[scheduleIds[k]] = scheduleValues[k][t];
      state.tallies.fill(0);
      state.regionRemittances.fill(0);
      state.newcomersThisStep.fill(0);
      step(state, stepValues, params, rng, t);
      writeIndicators(state, out, offset);
      simulation.step = t + 1;
    },
    writeRegions(out, offset) {
      if (simulation.step === 0) throw new Error('no quarter has been run yet');
      writeRegionIndicators(state, out, offset);
    },
  };
  return simulation;
}

export const INDICATOR_COUNT = INDICATOR_IDS.length;
