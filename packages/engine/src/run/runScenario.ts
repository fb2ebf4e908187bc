import { REGION_INDICATOR_COUNT } from '../observe/regionIndicators.js';
import { INDICATOR_IDS } from '../scenario/catalog/index.js';
import { type ResolvedScenario, resolveScenario } from '../scenario/resolve.js';
import type { Scenario } from '../scenario/schema.js';
import { yearOfStep } from '../scenario/timeline.js';
import { ENGINE_VERSION } from '../version.js';
import { createSimulation, INDICATOR_COUNT } from './simulation.js';

/** The indicators of one run: `values[step * indicatorIds.length + i]`. */
export interface RunResult {
  readonly engineVersion: string;
  readonly seed: number;
  readonly indicatorIds: readonly string[];
  readonly steps: number;
  /** Decimal year at the start of each step. */
  readonly years: Float64Array;
  readonly values: Float64Array;
  /** With `regions`: the region names, and `regionValues[(step × regions + r) × REGION_INDICATORS.length + k]`. */
  readonly regionNames?: readonly string[];
  readonly regionValues?: Float64Array;
}

export interface RunOptions {
  /** Called after each step with that step's indicators (a view into the result; copy to keep). */
  onStep?: (step: number, row: Float64Array) => void;
  /** Checked between steps; a run whose signal is aborted throws. */
  signal?: { readonly aborted: boolean };
  /** Also record the regional indicators of every quarter. */
  regions?: boolean;
}

/**
 * A run advanced a few quarters at a time, so that its host can do other work (or give the run up)
 * between quarters; the quarters it runs, and so its result, do not depend on how it is split.
 */
export interface RunInProgress {
  readonly stepsTotal: number;
  readonly stepsDone: number;
  /** Runs up to `quarters` more quarters; true once every quarter has run. */
  advance(quarters: number): boolean;
  /** The result, once every quarter has run. */
  result(): RunResult;
}

/** Starts a run of a validated scenario for one seed (nothing runs until `advance`). */
export function startRun(scenario: Scenario | ResolvedScenario, seed: number, options: Omit<RunOptions, 'signal'> = {}): RunInProgress {
  const resolved = 'timeline' in scenario ? scenario : resolveScenario(scenario);
  const simulation = createSimulation(resolved, seed);
  const steps = simulation.stepsTotal;
  const values = new Float64Array(steps * INDICATOR_COUNT);
  const years = new Float64Array(steps);
  const perStep = simulation.state.regions.length * REGION_INDICATOR_COUNT;
  const regionValues = options.regions ? new Float64Array(steps * perStep) : undefined;
  return {
    stepsTotal: steps,
    get stepsDone() {
      return simulation.step;
    },
    advance(quarters) {
      const end = Math.min(steps, simulation.step + quarters);
      for (let t = simulation.step; t < end; t++) {
        simulation.advance(values, t * INDICATOR_COUNT);
        if (regionValues) simulation.writeRegions(regionValues, t * perStep);
        years[t] = yearOfStep(resolved.timeline, t);
        options.onStep?.(t, values.subarray(t * INDICATOR_COUNT, (t + 1) * INDICATOR_COUNT));
      }
      return simulation.step === steps;
    },
    result() {
      if (simulation.step < steps) throw new Error(`the run is not complete: ${simulation.step} of ${steps} quarters`);
      const result: RunResult = { engineVersion: ENGINE_VERSION, seed, indicatorIds: INDICATOR_IDS, steps, years, values };
      if (!regionValues) return result;
      return { ...result, regionNames: simulation.state.regions.map((r) => r.name), regionValues };
    },
  };
}

/** Runs a validated scenario for one seed. */
export function runScenario(scenario: Scenario | ResolvedScenario, seed: number, options: RunOptions = {}): RunResult {
  const run = startRun(scenario, seed, options);
  for (;;) {
    if (options.signal?.aborted) throw new Error('run cancelled');
    if (run.advance(1)) return run.result();
  }
}
