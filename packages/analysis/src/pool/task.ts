import {
  compileSchedule,
  findParameter,
  formatIssues,
  type IssueProblem,
  type ParameterSection,
  parameterPath,
  parseScenarioText,
  type ResolvedScenario,
  type RunResult,
  resolveScenario,
  runScenario,
  type ScenarioIssue,
  ScheduleError,
  scenarioIssue,
} from '@diaspora-sim/engine';

/**
 * One unit of work for a pool: a scenario, one seed, and constant overrides. A pure function of its
 * fields, so its result is the same on whichever worker, in whatever order, it runs.
 */
export interface RunTask {
  /** The scenario as JSON text; the worker validates it and caches the compiled form by text. */
  readonly scenarioText: string;
  readonly seed: number;
  /** Levers (or drivers) held constant over the whole run, replacing their schedules. */
  readonly levers?: Readonly<Record<string, number>>;
  /** Behavioural assumptions replacing the scenario's. */
  readonly assumptions?: Readonly<Record<string, number>>;
  /** Also return the regional indicators of every quarter (for the map and regions.csv; off keeps the payload small). */
  readonly regions?: boolean;
}

/** A task's result with the time the worker spent on it (for overhead accounting). */
export interface TaskOutcome {
  readonly result: RunResult;
  readonly workerMs: number;
  /** Where a run in a worker's slices spent `workerMs` (benchmarks read it; absent elsewhere). */
  readonly slices?: SliceTimes;
}

/** A sliced run's time (ms): set-up, the quarters themselves, and the rest (the yields between slices). */
export interface SliceTimes {
  readonly setUpMs: number;
  readonly quartersMs: number;
  readonly yields: number;
  readonly betweenSlicesMs: number;
  /** Each quarter's time, in order (the first ones show the JIT's warming up). */
  readonly quarterMs: readonly number[];
}

export class TaskInputError extends Error {
  /** A refused scenario's issues, for the lab's languages (the message is their English). */
  readonly issues?: readonly ScenarioIssue[];

  constructor(message: string, issues?: readonly ScenarioIssue[]) {
    super(message);
    if (issues) this.issues = issues;
  }
}

// Compiled scenarios by text: an ensemble sends the same two texts for every seed.
const CACHE_LIMIT = 8;
const resolvedByText = new Map<string, ResolvedScenario>();

function resolveText(text: string): ResolvedScenario {
  const cached = resolvedByText.get(text);
  if (cached) return cached;
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new TaskInputError(formatIssues(parsed.issues), parsed.issues);
  const resolved = resolveScenario(parsed.scenario);
  if (resolvedByText.size >= CACHE_LIMIT) resolvedByText.delete(resolvedByText.keys().next().value as string);
  resolvedByText.set(text, resolved);
  return resolved;
}

/** The scenario with the task's overrides applied; each value checked against its catalogue range. */
export function applyOverrides(base: ResolvedScenario, task: Pick<RunTask, 'levers' | 'assumptions'>): ResolvedScenario {
  const levers = task.levers ?? {};
  const assumptions = task.assumptions ?? {};
  if (Object.keys(levers).length === 0 && Object.keys(assumptions).length === 0) return base;
  const schedules = new Map(base.schedules);
  for (const [id, value] of Object.entries(levers)) {
    const found = findParameter(id);
    if (!found || found.kind === 'assumption')
      throw refusedOverride(`unknown lever or driver id "${id}"`, 'levers', id, { code: 'unknown_id', params: { section: 'levers', id } });
    schedules.set(id, checkedConstant(found.definition, found.kind === 'lever' ? 'levers' : 'drivers', value, base));
  }
  const resolvedAssumptions: Record<string, number> = { ...base.assumptions };
  for (const [id, value] of Object.entries(assumptions)) {
    const found = findParameter(id);
    if (found?.kind !== 'assumption')
      throw refusedOverride(`unknown assumption id "${id}"`, 'assumptions', id, {
        code: 'unknown_id',
        params: { section: 'assumptions', id },
      });
    checkedConstant(found.definition, 'assumptions', value, base);
    resolvedAssumptions[id] = value;
  }
  const scenario = {
    ...base.scenario,
    levers: { ...base.scenario.levers, ...levers },
    assumptions: { ...base.scenario.assumptions, ...assumptions },
  };
  return { scenario, timeline: base.timeline, schedules, assumptions: Object.freeze(resolvedAssumptions) };
}

function checkedConstant(
  definition: Parameters<typeof compileSchedule>[0],
  section: ParameterSection,
  value: number,
  base: ResolvedScenario,
): Float64Array {
  try {
    return compileSchedule(definition, value, base.timeline);
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    const { id } = definition;
    throw refusedOverride(`"${id}": ${error.message}`, section, id, { code: 'schedule', params: { section, id, problem: error.problem } });
  }
}

/** An override refused: the command line's English as before, and the problem as a scenario's issue for the lab. */
function refusedOverride(message: string, section: ParameterSection, id: string, problem: IssueProblem): TaskInputError {
  return new TaskInputError(message, [scenarioIssue(parameterPath(section, id), problem)]);
}

/** The task's scenario, validated and compiled (cached by text), with its overrides applied. */
export function resolveTask(task: RunTask): ResolvedScenario {
  return applyOverrides(resolveText(task.scenarioText), task);
}

/** Runs a task on the calling thread at one go: what tests and fallbacks can call. */
export function executeTask(task: RunTask): TaskOutcome {
  const started = performance.now();
  const result = runScenario(resolveTask(task), task.seed, task.regions ? { regions: true } : {});
  return { result, workerMs: performance.now() - started };
}
