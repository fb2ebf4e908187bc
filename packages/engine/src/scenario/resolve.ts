import { ASSUMPTIONS, DRIVERS, LEVERS, type ParameterDefinition } from './catalog/index.js';
import { compileSchedule, type ScheduleValue } from './schedule.js';
import type { Scenario } from './schema.js';
import { createTimeline, type Timeline } from './timeline.js';

/**
 * A scenario ready to run: every lever and driver compiled to one value per step,
 * every assumption filled with its default where the file is silent.
 */
export interface ResolvedScenario {
  readonly scenario: Scenario;
  readonly timeline: Timeline;
  /** Per lever or driver id, one value per step. */
  readonly schedules: ReadonlyMap<string, Float64Array>;
  readonly assumptions: Readonly<Record<string, number>>;
}

export function resolveScenario(scenario: Scenario): ResolvedScenario {
  const timeline = createTimeline(scenario.startYear, scenario.endYear, scenario.stepsPerYear);
  const schedules = new Map<string, Float64Array>();
  const compileAll = (definitions: readonly ParameterDefinition[], values: Record<string, ScheduleValue>) => {
    for (const d of definitions) schedules.set(d.id, compileSchedule(d, values[d.id], timeline));
  };
  compileAll(LEVERS, scenario.levers);
  compileAll(DRIVERS, scenario.drivers);
  const assumptions: Record<string, number> = {};
  for (const d of ASSUMPTIONS) assumptions[d.id] = scenario.assumptions[d.id] ?? d.default;
  return { scenario, timeline, schedules, assumptions: Object.freeze(assumptions) };
}
