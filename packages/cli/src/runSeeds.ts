import {
  createSimulation,
  ENGINE_VERSION,
  INDICATOR_IDS,
  REGION_INDICATOR_COUNT,
  type ResolvedScenario,
  type RunResult,
  yearOfStep,
} from '@diaspora-sim/engine';
import { InterruptedError } from './cliError.js';

/** A seed's run with its regional indicators of every quarter. */
export type SeedResult = RunResult & { readonly regionNames: readonly string[]; readonly regionValues: Float64Array };

export interface RunSeedsOptions {
  readonly signal?: AbortSignal;
  /** Steps done over all seeds so far, out of seeds × steps; `seedIndex` is the seed being run. */
  onProgress?(stepsDone: number, stepsTotal: number, seedIndex: number): void;
  /** Each seed's result as soon as it is complete, in seed order. */
  onSeed?(result: SeedResult, seedIndex: number): Promise<void> | void;
}

/** How long the main thread may compute before it lets Ctrl-C and the progress line through. */
const YIELD_EVERY_MS = 100;

/**
 * Runs a resolved scenario for each seed in turn on this thread. It is runScenario's loop, stepping
 * the engine's Simulation itself so that it can yield to the event loop between steps: Ctrl-C is
 * then handled within a step (partial output is discarded) and progress is redrawn.
 */
export async function runSeeds(resolved: ResolvedScenario, seeds: readonly number[], options: RunSeedsOptions = {}): Promise<void> {
  const count = INDICATOR_IDS.length;
  const steps = resolved.timeline.steps;
  const stepsTotal = steps * seeds.length;
  let lastYield = Date.now();
  for (let k = 0; k < seeds.length; k++) {
    const simulation = createSimulation(resolved, seeds[k]);
    const values = new Float64Array(steps * count);
    const years = new Float64Array(steps);
    // The regional indicators too, for regions.csv (the same numbers as runScenario's `regions`).
    const perStep = simulation.state.regions.length * REGION_INDICATOR_COUNT;
    const regionValues = new Float64Array(steps * perStep);
    for (let t = 0; t < steps; t++) {
      simulation.advance(values, t * count);
      simulation.writeRegions(regionValues, t * perStep);
      years[t] = yearOfStep(resolved.timeline, t);
      if (Date.now() - lastYield >= YIELD_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
        if (options.signal?.aborted) throw new InterruptedError();
        options.onProgress?.(k * steps + t + 1, stepsTotal, k);
      }
    }
    options.onProgress?.((k + 1) * steps, stepsTotal, k);
    const regionNames = simulation.state.regions.map((r) => r.name);
    const result = {
      engineVersion: ENGINE_VERSION,
      seed: seeds[k],
      indicatorIds: INDICATOR_IDS,
      steps,
      years,
      values,
      regionNames,
      regionValues,
    };
    await options.onSeed?.(result, k);
  }
}

/** Seeds S, S+1, …, S+K−1. */
export function seedList(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => first + k);
}
