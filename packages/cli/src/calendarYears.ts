import type { IndicatorKind } from '@diaspora-sim/engine';

/**
 * From quarterly rows to one value per calendar year and indicator:
 * - flows (already yearly rates, the quarter's flow times four) take the mean of the year's four
 *   quarters, which is the year's total flow;
 * - stocks, shares and indices take the value at the end of the year (the last quarter's value,
 *   measured at the end of its step), as a census or a year-end survey would.
 */
export const CALENDAR_YEAR_RULE: Readonly<Record<'flow' | 'stock', string>> = {
  flow: "mean of the year's quarterly values, each a yearly rate (so the year's total flow)",
  stock: 'value at the end of the year (the last quarter; stocks, shares and indices)',
};

export function calendarYearRule(kind: IndicatorKind): 'mean of quarters' | 'end of year' {
  return kind === 'flow' ? 'mean of quarters' : 'end of year';
}

export interface CalendarYearInput {
  /** Decimal year at the start of each step. */
  readonly years: ArrayLike<number>;
  /** Row-major: values[step * indicatorCount + indicator]. */
  readonly values: ArrayLike<number>;
  readonly indicatorCount: number;
}

/** The calendar years a run covers, in order (only complete and partial years that have steps). */
export function calendarYearsOf(years: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let t = 0; t < years.length; t++) {
    const year = Math.floor(years[t]);
    if (out.at(-1) !== year) out.push(year);
  }
  return out;
}

/** Row-major result: out[yearIndex * indicatorCount + indicator]. */
export function aggregateCalendarYears(run: CalendarYearInput, kinds: readonly IndicatorKind[]): { years: number[]; values: Float64Array } {
  const years = calendarYearsOf(run.years);
  const count = run.indicatorCount;
  const values = new Float64Array(years.length * count);
  const quarters = new Float64Array(years.length);
  let yearIndex = -1;
  for (let t = 0; t < run.years.length; t++) {
    if (Math.floor(run.years[t]) !== years[yearIndex]) yearIndex++;
    quarters[yearIndex]++;
    const row = t * count;
    const out = yearIndex * count;
    // Flows are summed here and divided below; for stocks the last quarter's value wins.
    for (let i = 0; i < count; i++) values[out + i] = kinds[i] === 'flow' ? values[out + i] + run.values[row + i] : run.values[row + i];
  }
  for (let y = 0; y < years.length; y++) {
    for (let i = 0; i < count; i++) if (kinds[i] === 'flow') values[y * count + i] /= quarters[y];
  }
  return { years, values };
}
