import { INDICATORS } from '@diaspora-sim/engine';

/**
 * Calendar-year values of a run, the one rule used everywhere (`sim run`'s summary, ensembles, sweeps, sensitivity, the UI):
 * flows, already yearly rates, take the mean of the year's quarters (the year's total flow); stocks,
 * shares and indices take the value at the end of the year (its last quarter), as a census would.
 * Sweeps, sensitivity and calibration all read indicators "in a year" through this.
 */
export interface CalendarYearValues {
  /** The calendar years covered, ascending. */
  readonly years: readonly number[];
  readonly indicatorIds: readonly string[];
  /** `values[yearIndex * indicatorIds.length + i]`. */
  readonly values: Float64Array;
}

const isFlowById = new Map(INDICATORS.map((d) => [d.id, d.kind === 'flow']));

/** The quarterly rows a calendar-year summary needs (a RunResult, or a run read back from series.csv). */
export interface QuarterlyRun {
  readonly indicatorIds: readonly string[];
  readonly steps: number;
  /** Decimal year at the start of each step. */
  readonly years: ArrayLike<number>;
  /** `values[step * indicatorIds.length + i]`. */
  readonly values: ArrayLike<number>;
}

export function calendarYearValues(run: QuarterlyRun): CalendarYearValues {
  const width = run.indicatorIds.length;
  const isFlow = run.indicatorIds.map((id) => isFlowById.get(id) ?? false);
  const first = Math.floor(run.years[0]);
  const yearCount = Math.floor(run.years[run.steps - 1]) - first + 1;
  const values = new Float64Array(yearCount * width);
  const quarters = new Float64Array(yearCount);
  for (let t = 0; t < run.steps; t++) {
    const y = Math.floor(run.years[t]) - first;
    quarters[y]++;
    const from = t * width;
    const to = y * width;
    // Flows are summed here and divided below; for the others the year's last step wins.
    for (let i = 0; i < width; i++) values[to + i] = isFlow[i] ? values[to + i] + run.values[from + i] : run.values[from + i];
  }
  for (let y = 0; y < yearCount; y++) {
    for (let i = 0; i < width; i++) if (isFlow[i]) values[y * width + i] /= quarters[y];
  }
  const years = Array.from({ length: yearCount }, (_, y) => first + y);
  return { years, indicatorIds: run.indicatorIds, values };
}

/** One indicator's value in one calendar year; throws with the valid choices when either is unknown. */
export function calendarYearValue(annual: CalendarYearValues, indicatorId: string, year: number): number {
  const i = annual.indicatorIds.indexOf(indicatorId);
  if (i < 0) throw new Error(`unknown indicator "${indicatorId}"`);
  const y = annual.years.indexOf(year);
  if (y < 0) throw new Error(`year ${year} is outside the run (${annual.years[0]} to ${annual.years[annual.years.length - 1]})`);
  return annual.values[y * annual.indicatorIds.length + i];
}
