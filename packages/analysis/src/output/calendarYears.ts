import type { IndicatorKind } from '@diaspora-sim/engine';

/**
 * How one seed's calendar-year value is formed from its quarters (computed by the engine's
 * calendarYearValues, shared with ensembles, sweeps and the UI):
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
