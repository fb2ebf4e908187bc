import { type AssumptionScreen, runSensitivity, type SensitivityRequest, sensitivityDesign, type TaskRunner } from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { effectiveBaseline } from '../engine-client/index.js';

/**
 * The brief's Morris screen of the behavioural assumptions: how much each moves the scenario's effect
 * (scenario minus baseline, seed by seed) on the first finding's indicator in the brief's year. Run
 * at a coarse size with few trajectories so that it stays a screen (minutes, not hours); the brief
 * says which assumptions matter most, not by how much exactly.
 */
export const SCREEN_SETTINGS = { trajectories: 4, seeds: 1, personsPerAgent: 10000 } as const;

export function screenRequest(scenario: Scenario, baseline: Scenario, indicator: string, year: number): SensitivityRequest {
  const analysed = {
    ...scenario,
    seeds: SCREEN_SETTINGS.seeds,
    personsPerAgent: Math.max(scenario.personsPerAgent, SCREEN_SETTINGS.personsPerAgent),
    endYear: year,
  };
  return {
    method: 'morris',
    space: 'assumptions',
    scenarioText: JSON.stringify(analysed),
    versusText: JSON.stringify(effectiveBaseline(baseline, analysed)),
    indicator,
    year,
    firstSeed: scenario.seed,
    seeds: SCREEN_SETTINGS.seeds,
    samples: SCREEN_SETTINGS.trajectories,
    designSeed: scenario.seed,
  };
}

/** Runs the screen needs (the analysis layer's own count). */
export function screenRunCount(request: SensitivityRequest): number {
  return sensitivityDesign(request).tasks.length;
}

export async function runAssumptionScreen(
  runner: TaskRunner,
  request: SensitivityRequest,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<AssumptionScreen> {
  const { result } = await runSensitivity(runner, request, { signal, onProgress });
  if (result.method !== 'morris') throw new Error('expected a Morris screen');
  return { indicator: request.indicator, year: request.year, rows: result.rows };
}
