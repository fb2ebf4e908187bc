import type { ParameterDefinition } from './catalog/definition.js';
import { compileExpression, ExpressionError } from './expression.js';
import { english, SCHEDULE_ENGLISH, type ScheduleProblem } from './problems.js';
import { type Timeline, yearOfStep } from './timeline.js';

/** A lever or driver value as written in a scenario file. */
export type ScheduleValue = number | ReadonlyArray<readonly [number, number]> | string;

export class ScheduleError extends Error {
  constructor(readonly problem: ScheduleProblem) {
    super(english(SCHEDULE_ENGLISH, problem));
  }
}

/**
 * Turns a schedule into one value per step, computed once before the run: rules read a number,
 * never an expression, and out-of-range values are caught before anything runs.
 */
export function compileSchedule(definition: ParameterDefinition, value: ScheduleValue | undefined, timeline: Timeline): Float64Array {
  const values = new Float64Array(timeline.steps);
  const at = stepFunction(definition, value);
  for (let t = 0; t < timeline.steps; t++) {
    const year = yearOfStep(timeline, t);
    let v: number;
    try {
      v = at(year, t);
    } catch (error) {
      if (error instanceof ExpressionError)
        throw new ScheduleError({ code: 'schedule_expression', params: { expression: error.problem, year } });
      throw error;
    }
    checkValue(definition, v, year);
    values[t] = v;
  }
  return values;
}

function stepFunction(definition: ParameterDefinition, value: ScheduleValue | undefined): (year: number, t: number) => number {
  if (value === undefined) return () => definition.default;
  if (typeof value === 'number') return () => value;
  if (typeof value === 'string') {
    try {
      return compileExpression(value);
    } catch (error) {
      if (error instanceof ExpressionError) throw new ScheduleError({ code: 'schedule_expression', params: { expression: error.problem } });
      throw error;
    }
  }
  for (let i = 1; i < value.length; i++) {
    if (value[i][0] <= value[i - 1][0]) {
      throw new ScheduleError({ code: 'schedule_years_order', params: { year: value[i][0], previous: value[i - 1][0] } });
    }
  }
  // Each [year, value] holds from the start of its year until the next; before the first, the default.
  return (year) => {
    let current = definition.default;
    for (const [from, v] of value) {
      if (year >= from) current = v;
      else break;
    }
    return current;
  };
}

function checkValue(definition: ParameterDefinition, v: number, year: number): void {
  if (!Number.isFinite(v)) throw new ScheduleError({ code: 'schedule_not_finite', params: { year } });
  const { min, max, unit } = definition;
  if (v < min || v > max) throw new ScheduleError({ code: 'schedule_out_of_range', params: { value: v, year, min, max, unit } });
  if (definition.integer && !Number.isInteger(v)) throw new ScheduleError({ code: 'schedule_not_whole', params: { value: v, year } });
}
