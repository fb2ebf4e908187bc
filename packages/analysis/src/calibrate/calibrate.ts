import { findParameter, type RunResult } from '@diaspora-sim/engine';
import { calendarYearValue, calendarYearValues } from '../ensemble/calendarYear.js';
import type { TaskRunner } from '../pool/runTaskList.js';
import type { RunTask } from '../pool/task.js';
import type { SubmitOptions } from '../pool/workerPool.js';
import { nelderMead } from './nelderMead.js';
import type { CalibrationTarget } from './targets.js';

/** A parameter to fit, within [min, max], starting from `start`. */
export interface FittedParameter {
  readonly id: string;
  readonly kind: 'lever' | 'assumption';
  readonly min: number;
  readonly max: number;
  readonly start: number;
}

export interface CalibrationRequest {
  readonly scenarioText: string;
  readonly parameters: readonly FittedParameter[];
  readonly targets: readonly CalibrationTarget[];
  /** The same seeds at every evaluation (common random numbers), so the objective is smooth in the parameters. */
  readonly firstSeed: number;
  readonly seeds: number;
  readonly maxEvaluations?: number;
}

export interface TargetFit {
  readonly indicator: string;
  readonly year: number;
  readonly target: number;
  readonly simulated: number;
  /** (simulated - target) / |target|. */
  readonly relativeError: number;
}

export interface CalibrationResult {
  readonly values: Readonly<Record<string, number>>;
  readonly fits: readonly TargetFit[];
  /** Sum of squared relative errors at the fitted values. */
  readonly objective: number;
  readonly startObjective: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

/** Runs a task and returns its value of each target (a pool run, or a journal lookup when resuming). */
export type TargetEvaluator = (task: RunTask) => Promise<Float64Array>;

export function targetValues(result: RunResult, targets: readonly CalibrationTarget[]): Float64Array {
  const annual = calendarYearValues(result);
  return Float64Array.from(targets, (t) => calendarYearValue(annual, t.indicator, t.year));
}

export function poolEvaluator(runner: TaskRunner, targets: readonly CalibrationTarget[], submit?: SubmitOptions): TargetEvaluator {
  return async (task) => targetValues((await runner.run(task, submit)).result, targets);
}

/** A parameter by id with its catalogue range, optionally narrowed. */
export function fittedParameter(id: string, start: number, range?: { min: number; max: number }): FittedParameter {
  const found = findParameter(id);
  if (!found || found.kind === 'driver') throw new Error(`"${id}" is not a lever or an assumption id`);
  if (found.definition.integer) throw new Error(`"${id}" takes whole numbers; calibration fits continuous parameters only`);
  const { min, max } = range ?? found.definition;
  if (!(min >= found.definition.min && max <= found.definition.max && min < max)) {
    throw new Error(`range ${min}:${max} of "${id}" must lie within ${found.definition.min} to ${found.definition.max} and not be empty`);
  }
  return { id, kind: found.kind, min, max, start: Math.min(max, Math.max(min, start)) };
}

export function calibrationTasks(request: CalibrationRequest, values: Readonly<Record<string, number>>): RunTask[] {
  const levers: Record<string, number> = {};
  const assumptions: Record<string, number> = {};
  for (const p of request.parameters) (p.kind === 'lever' ? levers : assumptions)[p.id] = values[p.id];
  return Array.from({ length: request.seeds }, (_, s) => ({
    scenarioText: request.scenarioText,
    seed: request.firstSeed + s,
    ...(Object.keys(levers).length && { levers }),
    ...(Object.keys(assumptions).length && { assumptions }),
  }));
}

/**
 * Fits the parameters by Nelder–Mead on the seed-paired objective: the sum over targets of the
 * squared relative error of the mean over seeds. Whole-number parameters are not supported (the
 * simplex needs a continuous objective).
 */
export async function calibrate(
  evaluate: TargetEvaluator,
  request: CalibrationRequest,
  options: { onIteration?: (best: { values: Record<string, number>; objective: number; evaluations: number }) => void } = {},
): Promise<CalibrationResult> {
  const toValues = (unit: readonly number[]) =>
    Object.fromEntries(request.parameters.map((p, j) => [p.id, p.min + unit[j] * (p.max - p.min)])) as Record<string, number>;
  const memo = new Map<string, Promise<number[]>>();
  const simulate = (values: Record<string, number>) => {
    const key = JSON.stringify(values);
    let simulated = memo.get(key);
    if (!simulated) {
      simulated = Promise.all(calibrationTasks(request, values).map(evaluate)).then((perSeed) =>
        request.targets.map((_, i) => perSeed.reduce((sum, v) => sum + v[i], 0) / perSeed.length),
      );
      memo.set(key, simulated);
    }
    return simulated;
  };
  const objectiveOf = (simulated: number[]) =>
    request.targets.reduce((sum, t, i) => sum + ((simulated[i] - t.value) / (Math.abs(t.value) || 1)) ** 2, 0);
  const start = request.parameters.map((p) => (p.start - p.min) / (p.max - p.min));
  const result = await nelderMead(async (unit) => objectiveOf(await simulate(toValues(unit))), start, {
    maxEvaluations: request.maxEvaluations ?? 60 * request.parameters.length,
    functionTolerance: 1e-8,
    pointTolerance: 1e-3,
    onIteration: (best) => options.onIteration?.({ values: toValues(best.point), objective: best.value, evaluations: best.evaluations }),
  });
  const values = toValues(result.point);
  // Both are points the simplex already evaluated: answered from the memo.
  const simulated = await simulate(values);
  const startObjective = objectiveOf(await simulate(toValues(start)));
  const fits = request.targets.map((t, i) => ({
    indicator: t.indicator,
    year: t.year,
    target: t.value,
    simulated: simulated[i],
    relativeError: (simulated[i] - t.value) / (Math.abs(t.value) || 1),
  }));
  return { values, fits, objective: objectiveOf(simulated), startObjective, evaluations: result.evaluations, converged: result.converged };
}
