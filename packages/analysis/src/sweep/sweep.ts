import { AnalysisError } from '../analysisProblem.js';
import type { CalendarYearValues } from '../ensemble/calendarYear.js';
import { PairedAccumulator, type PairedSummary } from '../ensemble/pairedAccumulator.js';
import type { RunTask } from '../pool/task.js';
import { gridPoints, type SweepAxis } from './grid.js';

/**
 * A sweep: one or two levers or assumptions over a grid, each point a paired ensemble against a
 * baseline over the same seeds. Swept levers change the scenario only; swept assumptions are
 * set in both variants (the question is then how the policy's effect depends on the assumption).
 */
export interface SweepRequest {
  readonly scenarioText: string;
  /** The reference each point is paired with (often the scenario file itself, unswept). */
  readonly baselineText: string;
  readonly axes: readonly SweepAxis[];
  readonly firstSeed: number;
  readonly seeds: number;
}

/** The design's task list: baseline runs first, then each point's scenario runs, seed fastest. */
export interface SweepDesign {
  readonly points: readonly (readonly number[])[];
  readonly tasks: readonly RunTask[];
  /** Task index of the baseline run for a point and seed index. */
  baselineTask(point: number, seedIndex: number): number;
  scenarioTask(point: number, seedIndex: number): number;
}

export function sweepDesign(request: SweepRequest): SweepDesign {
  if (request.axes.length < 1 || request.axes.length > 2)
    throw new AnalysisError({ code: 'sweep_axes', params: { count: request.axes.length } });
  const points = gridPoints(request.axes);
  const K = request.seeds;
  const overrides = (point: readonly number[], kind: 'lever' | 'assumption') => {
    const values: Record<string, number> = {};
    request.axes.forEach((axis, a) => {
      if (axis.kind === kind) values[axis.id] = point[a];
    });
    return Object.keys(values).length ? values : undefined;
  };
  const baselinePerPoint = request.axes.some((axis) => axis.kind === 'assumption');
  const tasks: RunTask[] = [];
  const baselinePoints = baselinePerPoint ? points : [points[0]];
  for (const point of baselinePoints) {
    const assumptions = baselinePerPoint ? overrides(point, 'assumption') : undefined;
    for (let s = 0; s < K; s++)
      tasks.push({ scenarioText: request.baselineText, seed: request.firstSeed + s, ...(assumptions && { assumptions }) });
  }
  const scenarioStart = tasks.length;
  for (const point of points) {
    const levers = overrides(point, 'lever');
    const assumptions = overrides(point, 'assumption');
    for (let s = 0; s < K; s++) {
      tasks.push({
        scenarioText: request.scenarioText,
        seed: request.firstSeed + s,
        ...(levers && { levers }),
        ...(assumptions && { assumptions }),
      });
    }
  }
  return {
    points,
    tasks,
    baselineTask: (point, seedIndex) => (baselinePerPoint ? point : 0) * K + seedIndex,
    scenarioTask: (point, seedIndex) => scenarioStart + point * K + seedIndex,
  };
}

/** A run reduced to what a sweep keeps: calendar-year values of every indicator (calendarYearValues). */
export type YearlyRun = CalendarYearValues;

export interface SweepPointSummary {
  readonly point: readonly number[];
  /** Per calendar year and indicator (`row = year index`). */
  readonly summary: PairedSummary;
}

export interface SweepResult {
  readonly axes: readonly SweepAxis[];
  readonly years: readonly number[];
  readonly indicatorIds: readonly string[];
  readonly points: readonly SweepPointSummary[];
}

/** Summaries per point from every task's yearly values (indexed as the design's tasks). */
export function analyseSweep(request: SweepRequest, design: SweepDesign, runs: readonly YearlyRun[]): SweepResult {
  const first = runs[design.scenarioTask(0, 0)];
  const points = design.points.map((point, p) => {
    const accumulator = new PairedAccumulator(first.years.length, first.indicatorIds.length, request.seeds, 'chance');
    for (let s = 0; s < request.seeds; s++) {
      accumulator.add(s, runs[design.baselineTask(p, s)].values, runs[design.scenarioTask(p, s)].values);
    }
    return { point, summary: accumulator.summarize() };
  });
  return { axes: request.axes, years: first.years, indicatorIds: first.indicatorIds, points };
}
