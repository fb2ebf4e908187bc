import {
  AnalysisError,
  type BandKind,
  CancelledError,
  canonicalJson,
  failureCause,
  pairedTasks,
  type RunTask,
  runPairedEnsemble,
  type TaskRunner,
} from '@diaspora-sim/analysis';
import type { RunResult, Scenario } from '@diaspora-sim/engine';

/** The runs of one variant (baseline or scenario): seeds in order, undefined until back. */
export interface VariantRuns {
  readonly scenario: Scenario;
  readonly seeds: readonly number[];
  readonly runs: ReadonlyArray<RunResult | undefined>;
}

/**
 * What the views show: paired baseline and scenario runs of one request, all at the request's own
 * agent scale. The first seed comes first, then the others; `complete` once every seed is back.
 */
export interface LabResults {
  /** Which request these results answer (LabRunner.update returns it). */
  readonly generation: number;
  readonly personsPerAgent: number;
  /** Every seed of the ensemble is back. */
  readonly complete: boolean;
  /** Seeds (pairs) back, and wanted. */
  readonly done: number;
  readonly total: number;
  readonly baseline: VariantRuns;
  readonly scenario: VariantRuns;
  /** What the bands cover: chance alone, or chance and the behavioural assumptions drawn per seed. */
  readonly band: BandKind;
}

/** How the ensembles treat the behavioural assumptions: as set, or drawn per seed from their ranges. */
export type AssumptionMode = 'fixed' | 'sample';

export interface LabRunnerOptions {
  /** Runs the first seed's pair, asked for before the other seeds (so it starts first). */
  readonly first: TaskRunner;
  readonly full: TaskRunner;
  isCached(task: RunTask): boolean;
  /** Runs of these scenario texts should finish even when the request that asked for them is superseded. */
  keep(scenarioTexts: string[]): void;
  onResults(results: LabResults): void;
  /** The run failed: the error as thrown (the lab says it with errorText). */
  onError(error: unknown): void;
  /** Pause in the input before the other seeds start (ms; none by default). */
  readonly fullDelayMs?: number;
  /**
   * When a request's runs are handed to the workers (default: at once). The lab starts them after
   * the frame that says "Updating" is painted, so busy workers do not slow that frame down.
   */
  readonly startRuns?: (start: () => void) => void;
}

const REFINE_INTERVAL_MS = 400;

/** The baseline is run with the scenario's run settings (seeds, size, horizon) so runs pair seed by seed. */
export function effectiveBaseline(baseline: Scenario, scenario: Scenario): Scenario {
  const { seed, seeds, personsPerAgent, startYear, endYear, stepsPerYear } = scenario;
  return { ...baseline, seed, seeds, personsPerAgent, startYear, endYear, stepsPerYear };
}

/** What determines a run's numbers (not its name or description). */
export function runKey(s: Scenario): string {
  const { levers, drivers, assumptions, seed, seeds, personsPerAgent, startYear, endYear, stepsPerYear } = s;
  return canonicalJson({ levers, drivers, assumptions, seed, seeds, personsPerAgent, startYear, endYear, stepsPerYear });
}

/** The engine's paired-ensemble request of a scenario against a baseline (texts are what workers cache by). */
export function ensembleRequest(scenario: Scenario, baseline: Scenario, assumptions: AssumptionMode) {
  return {
    baselineText: JSON.stringify(effectiveBaseline(baseline, scenario)),
    scenarioText: JSON.stringify(scenario),
    firstSeed: scenario.seed,
    seeds: scenario.seeds,
    assumptions,
    samplingSeed: scenario.seed,
  };
}

/**
 * Keeps the views fed while levers move, honestly: every request runs the real ensemble at its own
 * agent scale. The first seed's pair starts at once and is shown as "1 of n seeds"; the other
 * seeds are queued right behind it. Runs are cached, so the baseline runs once until it changes; a
 * newer request aborts the older one.
 */
export class LabRunner {
  private generation = 0;
  private controller: AbortController | undefined;
  /** Requests superseded before the current one started: aborted once it has claimed its runs. */
  private superseded: AbortController[] = [];
  private fullTimer: ReturnType<typeof setTimeout> | undefined;
  private refineTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRefine = Number.NEGATIVE_INFINITY;
  private latest: LabResults | undefined;
  private requestKey = '';

  constructor(private readonly options: LabRunnerOptions) {}

  /** Asks for results of this pair; returns the generation the answer will carry. */
  update(scenario: Scenario, baseline: Scenario, assumptions: AssumptionMode = 'fixed'): number {
    const full = { baseline: effectiveBaseline(baseline, scenario), scenario };
    const key = `${runKey(full.scenario)}\n${runKey(full.baseline)}\n${assumptions}`;
    if (key === this.requestKey) {
      // Same runs; only names or descriptions may differ: show the results under the new ones.
      const latest = this.latest;
      if (latest?.generation === this.generation) {
        this.latest = { ...latest, baseline: { ...latest.baseline, scenario: full.baseline }, scenario: { ...latest.scenario, scenario } };
        this.options.onResults(this.latest);
      }
      return this.generation;
    }
    this.requestKey = key;
    const generation = ++this.generation;
    const request = ensembleRequest(scenario, baseline, assumptions);
    this.options.keep([request.baselineText]);
    const previous = this.controller;
    const controller = new AbortController();
    this.controller = controller;
    clearTimeout(this.fullTimer);
    clearTimeout(this.refineTimer);
    const seeds = Array.from({ length: scenario.seeds }, (_, i) => scenario.seed + i);
    const runs = {
      baseline: seeds.map((): RunResult | undefined => undefined),
      scenario: seeds.map((): RunResult | undefined => undefined),
    };
    const band: BandKind = assumptions === 'sample' ? 'chance-and-assumptions' : 'chance';
    const doneOf = () => runs.scenario.filter((r, i) => r && runs.baseline[i]).length;
    let shown = false;
    const emit = () => {
      if (generation !== this.generation) return;
      const done = doneOf();
      this.lastRefine = performance.now();
      this.latest = {
        generation,
        personsPerAgent: scenario.personsPerAgent,
        complete: done === seeds.length,
        done,
        total: seeds.length,
        baseline: { scenario: full.baseline, seeds, runs: [...runs.baseline] },
        scenario: { scenario, seeds, runs: [...runs.scenario] },
        band,
      };
      shown = true;
      this.options.onResults(this.latest);
    };
    const record = (index: number, baselineRun: RunResult, scenarioRun: RunResult) => {
      if (runs.scenario[index]) return;
      runs.baseline[index] = baselineRun;
      runs.scenario[index] = scenarioRun;
      // Seeds arriving one after another tighten the bands; redraw a few times a second at most.
      clearTimeout(this.refineTimer);
      const wait = this.lastRefine + REFINE_INTERVAL_MS - performance.now();
      if (shown && doneOf() < seeds.length && wait > 0) this.refineTimer = setTimeout(emit, wait);
      else emit();
    };
    const fail = (error: unknown) => {
      if (generation !== this.generation || controller.signal.aborted || (error as Error).name === 'CancelledError') return;
      this.options.onError(error);
    };
    const startFull = () => {
      if (generation !== this.generation) return;
      runPairedEnsemble(this.options.full, request, {
        signal: controller.signal,
        onSeed: ({ pair }) => record(pair.seedIndex, pair.baseline, pair.scenario),
      })
        .then((result) => {
          const failures = result.failures.map((f) => ({ seed: f.seed, cause: failureCause(f.error) }));
          if (failures.length) fail(new AnalysisError({ code: 'seeds_failed', params: { failures } }));
        })
        .catch(fail);
    };
    const pairs = pairedTasks(request);
    if (previous) this.superseded.push(previous);
    const start = () => {
      if (generation !== this.generation) return;
      if (pairs.every((p) => this.options.isCached(p.baseline) && this.options.isCached(p.scenario))) {
        startFull();
        this.dropSuperseded();
        return;
      }
      // The ensemble's own first pair (the same tasks, so the full ensemble takes it from the cache).
      const signal = controller.signal;
      Promise.all([this.options.first.run(pairs[0].baseline, { signal }), this.options.first.run(pairs[0].scenario, { signal })])
        .then(([b, s]) => record(0, b.result, s.result))
        .catch(fail);
      this.dropSuperseded();
      // No pause by default: a superseded run gives its worker up within a quarter, while a pause left
      // every worker but the first seed's idle for it at each move (250 ms of 8 seeds' 4 s on 2 cores).
      this.fullTimer = setTimeout(startFull, this.options.fullDelayMs ?? 0);
    };
    if (this.options.startRuns) this.options.startRuns(start);
    else start();
    return generation;
  }

  /** Aborts the superseded requests: only once the new one has claimed its runs, so runs they share go on. */
  private dropSuperseded(): void {
    for (const old of this.superseded.splice(0)) old.abort();
  }

  dispose(): void {
    // A request whose runs were not handed over yet never starts.
    this.generation++;
    this.controller?.abort();
    this.dropSuperseded();
    clearTimeout(this.fullTimer);
    clearTimeout(this.refineTimer);
  }
}

export { CancelledError };
