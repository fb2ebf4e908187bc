import {
  type ChangedLever,
  calendarYearValues,
  type Finding,
  findings,
  type Locale,
  PairedAccumulator,
  type PairedSummary,
} from '@diaspora-sim/analysis';
import { LEVERS, type ResolvedScenario, type RunResult, resolveScenario, type Scenario } from '@diaspora-sim/engine';

/** The comparison a brief is made from: paired runs of scenario and baseline over the same seeds. */
export interface BriefRuns {
  readonly baseline: readonly RunResult[];
  readonly scenario: readonly RunResult[];
  readonly band: PairedSummary['band'];
}

/**
 * The calendar-year paired summary (flows: mean of the year's quarters; stocks: the last quarter),
 * as `sim ensemble`'s summary.json and runPairedEnsemble's `annual`: what the findings read.
 */
export function annualSummary(runs: BriefRuns): { summary: PairedSummary; years: readonly number[]; indicatorIds: readonly string[] } {
  if (runs.scenario.length === 0 || runs.scenario.length !== runs.baseline.length) throw new Error('a brief needs paired runs');
  const first = calendarYearValues(runs.scenario[0]);
  const accumulator = new PairedAccumulator(first.years.length, first.indicatorIds.length, runs.scenario.length, runs.band);
  runs.scenario.forEach((run, s) => {
    accumulator.add(s, calendarYearValues(runs.baseline[s]).values, calendarYearValues(run).values);
  });
  return { summary: accumulator.summarize(), years: first.years, indicatorIds: first.indicatorIds };
}

/** The first quarter of `year` on a resolved timeline (clamped to the run). */
function stepOf(resolved: ResolvedScenario, year: number): number {
  const { startYear, stepsPerYear, steps } = resolved.timeline;
  return Math.min(steps - 1, Math.max(0, (year - startYear) * stepsPerYear));
}

/**
 * The levers whose schedules differ between scenario and baseline in any quarter, with the values in
 * force at the start of the brief's year, in the catalogue's order.
 */
export function changedLevers(scenario: Scenario, baseline: Scenario, year: number): ChangedLever[] {
  const s = resolveScenario(scenario);
  const b = resolveScenario({ ...baseline, startYear: scenario.startYear, endYear: scenario.endYear, stepsPerYear: scenario.stepsPerYear });
  const t = stepOf(s, year);
  return LEVERS.flatMap((lever) => {
    const a = b.schedules.get(lever.id);
    const c = s.schedules.get(lever.id);
    if (!a || !c || a.every((v, i) => v === c[i])) return [];
    return [{ id: lever.id, baseline: a[t], scenario: c[t] }];
  });
}

/**
 * The brief's findings for the comparison, in `locale`. The policy they name is the levers that differ
 * in the brief's year ("from 2% to 2%" would say nothing); the brief's table lists every lever changed.
 */
export function briefFindings(scenario: Scenario, baseline: Scenario, runs: BriefRuns, year: number, locale: Locale = 'en'): Finding[] {
  const { summary, years, indicatorIds } = annualSummary(runs);
  const acting = changedLevers(scenario, baseline, year).filter((lever) => lever.scenario !== lever.baseline);
  return findings({ summary, years, indicatorIds, changedLevers: acting, year, locale });
}
