import { type EnglishOf, english, type Problem, type ScenarioIssue } from '@diaspora-sim/engine';

/** A sensitivity analysis varies the levers ('policy') or the assumptions, never both (see sensitivity/factors.ts). */
type Space = 'policy' | 'assumptions';

/**
 * Why a run failed, as far as it is known: the error's own message (a JavaScript exception's words
 * are English), with the project's own problem when it raised one, or a scenario's issues when a
 * worker refused the scenario; the lab says those in its language and quotes only the rest.
 */
export interface FailureCause {
  readonly message: string;
  readonly problem?: AnalysisProblem;
  readonly issues?: readonly ScenarioIssue[];
}

/** What the analyses refuse or meet, by code (see the engine's problems.ts); `text` is a sweep axis as written. */
export interface AnalysisParams {
  sweep_form: { readonly text: string };
  sweep_not_parameter: { readonly id: string };
  sweep_not_numbers: { readonly text: string; readonly id: string };
  sweep_points: { readonly text: string; readonly id: string; readonly max: number };
  sweep_one_point: { readonly text: string; readonly id: string };
  sweep_outside_range: {
    readonly text: string;
    readonly id: string;
    readonly value: number;
    readonly min: number;
    readonly max: number;
    readonly unit: string;
  };
  sweep_not_whole: { readonly text: string; readonly id: string; readonly value: number };
  sweep_axes: { readonly count: number };
  sensitivity_nothing_to_vary: { readonly space: Space };
  sensitivity_unknown: { readonly space: Space; readonly ids: readonly string[] };
  morris_levels: { readonly levels: number };
  runs_failed: { readonly count: number; readonly first: FailureCause };
  seeds_failed: { readonly failures: readonly { readonly seed: number; readonly cause: FailureCause }[] };
}
export type AnalysisProblem = Problem<AnalysisParams>;

// The command line's words, unchanged since they were plain strings (its tests compare them).
export const ANALYSIS_ENGLISH: EnglishOf<AnalysisParams> = {
  sweep_form: ({ text }) => `expected <id>=<from>:<to>:<points>, e.g. trade.tariff_equivalent_pct=0:30:7; got "${text}"`,
  sweep_not_parameter: ({ id }) => `"${id}" is not a lever or an assumption id`,
  sweep_not_numbers: ({ text }) => `"${text}": from and to must be numbers`,
  sweep_points: ({ text, max }) => `"${text}": points must be a whole number from 1 to ${max}`,
  sweep_one_point: ({ text }) => `"${text}": one point needs from = to`,
  sweep_outside_range: ({ text, id, value, min, max, unit }) => `"${text}": ${value} is outside ${id}'s range ${min} to ${max} ${unit}`,
  sweep_not_whole: ({ text, id, value }) => `"${text}": ${id} takes whole numbers, and the grid gives ${value}`,
  sweep_axes: () => 'a sweep has one or two axes',
  sensitivity_nothing_to_vary: ({ space }) => `no ${space === 'policy' ? 'levers' : 'assumptions'} to vary`,
  sensitivity_unknown: ({ space, ids }) => `not ${space === 'policy' ? 'a lever' : 'an assumption'}: ${ids.join(', ')}`,
  morris_levels: () => 'Morris levels must be an even number of at least 2',
  runs_failed: ({ count, first }) => `${count} runs failed; first: ${first.message}`,
  seeds_failed: ({ failures }) => failures.map((f) => `seed ${f.seed}: ${f.cause.message}`).join('; '),
};

/** An analysis refused its input or its runs failed: the English message, and the problem as data for the lab. */
export class AnalysisError extends Error {
  constructor(readonly problem: AnalysisProblem) {
    super(english(ANALYSIS_ENGLISH, problem));
  }
}

/** Whatever was thrown, as a failure's cause (a worker's error arrives with its fields copied, see workerApi.ts). */
export function failureCause(error: unknown): FailureCause {
  const { message, problem, issues } = (error ?? {}) as { message?: unknown; problem?: AnalysisProblem; issues?: unknown };
  const own = problem !== undefined && Object.hasOwn(ANALYSIS_ENGLISH, problem.code);
  return {
    message: typeof message === 'string' ? message : String(error),
    ...(own && { problem }),
    ...(Array.isArray(issues) && issues.length > 0 && { issues: issues as ScenarioIssue[] }),
  };
}
