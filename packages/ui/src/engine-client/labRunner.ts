import {
  type BandKind,
  CancelledError,
  canonicalJson,
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

/** What the views show: paired baseline and scenario runs, from the preview or the full ensemble. */
export interface LabResults {
  readonly generation: number;
  /** A fast preview (one seed, fewer agents): the view says so until the full runs arrive. */
  readonly preview: boolean;
  readonly personsPerAgent: number;
  /** Every seed of the ensemble is back. */
  readonly complete: boolean;
  /** Seeds (pairs) done and wanted by the full ensemble. */
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
  readonly preview: TaskRunner;
  readonly full: TaskRunner;
  /** Whether a task's result is already cached (a cached ensemble starts without waiting). */
  isCached(task: RunTask): boolean;
  /** Runs of these scenario texts should finish even when the request that asked for them is superseded. */
  keep(scenarioTexts: string[]): void;
  onResults(results: LabResults): void;
  onError(message: string): void;
  /** Pause in the input before the full ensemble of a changed scenario starts (ms). */
  readonly fullDelayMs?: number;
  /** Wall time a preview run should take (ms); previews use fewer agents until they fit. */
  readonly previewTargetMs?: number;
}

const MAX_PERSONS_PER_AGENT = 10000;
const REFINE_INTERVAL_MS = 400;

/** The baseline is run with the scenario's run settings (seeds, size, horizon) so runs pair seed by seed. */
export function effectiveBaseline(baseline: Scenario, scenario: Scenario): Scenario {
  return {
    ...baseline,
    seed: scenario.seed,
    seeds: scenario.seeds,
    personsPerAgent: scenario.personsPerAgent,
    startYear: scenario.startYear,
    endYear: scenario.endYear,
    stepsPerYear: scenario.stepsPerYear,
  };
}

/** What determines a run's numbers (not its name or description). */
export function runKey(s: Scenario): string {
  const { levers, drivers, assumptions, seed, seeds, personsPerAgent, startYear, endYear, stepsPerYear } = s;
  return canonicalJson({ levers, drivers, assumptions, seed, seeds, personsPerAgent, startYear, endYear, stepsPerYear });
}

/**
 * Keeps the charts fed while levers move. Each request runs the engine's paired ensemble twice: at
 * once a one-seed preview with fewer agents (on the preview worker), and after a pause in the input
 * the full ensemble (on the batch workers). Runs are cached by task, so the baseline is run once
 * until it changes and returning to an earlier setting costs nothing; a newer request aborts the
 * older one, whose runs are dropped or stopped.
 */
export class LabRunner {
  private generation = 0;
  private controller: AbortController | undefined;
  private fullTimer: ReturnType<typeof setTimeout> | undefined;
  private refineTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRefine = Number.NEGATIVE_INFINITY;
  /** Persons per agent multiplier of previews, chosen from measured run times. */
  private previewScale = 16;
  /** Measured cost of a run: worker milliseconds times persons per agent (time falls about as 1 / persons per agent). */
  private costMsPersons: number | undefined;
  private readonly sizeOfText = new Map<string, number>();
  private readonly fullDelayMs: number;
  private readonly previewTargetMs: number;
  private latest: LabResults | undefined;
  private requestKey = '';

  constructor(private readonly options: LabRunnerOptions) {
    this.fullDelayMs = options.fullDelayMs ?? 250;
    this.previewTargetMs = options.previewTargetMs ?? 40;
  }

  /** Called by the runners with each run's worker time. */
  measure(task: RunTask, workerMs: number): void {
    const personsPerAgent = this.sizeOfText.get(task.scenarioText);
    if (!personsPerAgent || workerMs <= 0) return;
    const cost = workerMs * personsPerAgent;
    this.costMsPersons = this.costMsPersons === undefined ? cost : 0.7 * this.costMsPersons + 0.3 * cost;
  }

  update(scenario: Scenario, baseline: Scenario, assumptions: AssumptionMode = 'fixed'): void {
    // A slider's input and change events often carry the same value: nothing new to run.
    const key = `${runKey(scenario)}\n${runKey(effectiveBaseline(baseline, scenario))}\n${assumptions}`;
    if (key === this.requestKey) {
      // Same runs; only names or descriptions may differ: show the results under the new ones.
      const latest = this.latest;
      if (latest && !latest.preview) {
        this.latest = {
          ...latest,
          baseline: { ...latest.baseline, scenario: effectiveBaseline(baseline, scenario) },
          scenario: { ...latest.scenario, scenario },
        };
        this.options.onResults(this.latest);
      }
      return;
    }
    this.requestKey = key;
    const generation = ++this.generation;
    const full = { baseline: effectiveBaseline(baseline, scenario), scenario };
    const band: BandKind = assumptions === 'sample' ? 'chance-and-assumptions' : 'chance';
    const fullRequest = this.request(full.baseline, full.scenario, assumptions);
    this.previewScale = this.chooseScale(scenario.personsPerAgent);
    const previewSize = Math.min(MAX_PERSONS_PER_AGENT, scenario.personsPerAgent * this.previewScale);
    const shrink = (s: Scenario): Scenario => ({ ...s, seeds: 1, personsPerAgent: previewSize });
    const preview = { baseline: shrink(full.baseline), scenario: shrink(scenario) };
    const previewRequest = this.request(preview.baseline, preview.scenario, assumptions);
    // The baseline's runs stay wanted while levers move: let them finish when the old request goes.
    this.options.keep([fullRequest.baselineText, previewRequest.baselineText]);
    const previous = this.controller;
    const controller = new AbortController();
    this.controller = controller;
    clearTimeout(this.fullTimer);
    clearTimeout(this.refineTimer);
    const seeds = Array.from({ length: scenario.seeds }, (_, i) => scenario.seed + i);
    const fullRuns = {
      baseline: seeds.map(() => undefined) as Array<RunResult | undefined>,
      scenario: seeds.map(() => undefined) as Array<RunResult | undefined>,
    };
    let fullShown = false;
    const doneOf = () => fullRuns.scenario.filter((r) => r !== undefined).length;
    const emit = (preview: boolean, pair: { baseline: Scenario; scenario: Scenario }, runs: typeof fullRuns) => {
      if (generation !== this.generation) return;
      const seedList = preview ? [scenario.seed] : seeds;
      const done = doneOf();
      this.latest = {
        generation,
        preview,
        personsPerAgent: pair.scenario.personsPerAgent,
        complete: !preview && done === seeds.length,
        done,
        total: seeds.length,
        baseline: { scenario: pair.baseline, seeds: seedList, runs: [...runs.baseline] },
        scenario: { scenario: pair.scenario, seeds: seedList, runs: [...runs.scenario] },
        band,
      };
      this.options.onResults(this.latest);
    };
    const fail = (error: unknown) => {
      if (generation !== this.generation || controller.signal.aborted || (error as Error).name === 'CancelledError') return;
      this.options.onError((error as Error).message);
    };

    // Full ensemble: started at once when everything is already cached, else after a pause in the input.
    const startFull = () => {
      if (generation !== this.generation) return;
      runPairedEnsemble(this.options.full, fullRequest, {
        signal: controller.signal,
        onSeed: ({ pair }) => {
          fullRuns.baseline[pair.seedIndex] = pair.baseline;
          fullRuns.scenario[pair.seedIndex] = pair.scenario;
          // Seeds arriving one after another tighten the bands; redraw a few times a second at most.
          const wait = this.lastRefine + REFINE_INTERVAL_MS - performance.now();
          clearTimeout(this.refineTimer);
          if (fullShown && doneOf() < seeds.length && wait > 0) {
            this.refineTimer = setTimeout(() => {
              this.lastRefine = performance.now();
              emit(false, full, fullRuns);
            }, wait);
            return;
          }
          fullShown = true;
          this.lastRefine = performance.now();
          emit(false, full, fullRuns);
        },
      })
        .then((result) => {
          if (result.failures.length) fail(new Error(result.failures.map((f) => `seed ${f.seed}: ${f.error.message}`).join('; ')));
        })
        .catch(fail);
    };

    const cached = pairedTasks(fullRequest).every((p) => this.options.isCached(p.baseline) && this.options.isCached(p.scenario));
    if (cached) {
      startFull();
      previous?.abort();
      return;
    }
    // With assumptions drawn per seed, a one-seed draw is not the ensemble's first: it stays a preview.
    if (this.previewScale > 1 || assumptions === 'sample') {
      runPairedEnsemble(this.options.preview, previewRequest, {
        signal: controller.signal,
        onSeed: ({ pair }) => {
          if (!fullShown) emit(true, preview, { baseline: [pair.baseline], scenario: [pair.scenario] });
        },
      }).catch(fail);
    } else {
      // A preview would be as large as the real runs: the ensemble's first seed, run at once on the
      // preview worker, is shown first (as part of the full results, not as a preview).
      runPairedEnsemble(
        this.options.preview,
        { ...fullRequest, seeds: 1 },
        {
          signal: controller.signal,
          onSeed: ({ pair }) => {
            if (fullRuns.scenario[0]) return;
            fullRuns.baseline[0] = pair.baseline;
            fullRuns.scenario[0] = pair.scenario;
            fullShown = true;
            this.lastRefine = performance.now();
            emit(false, full, fullRuns);
          },
        },
      ).catch(fail);
    }
    // Only now drop the old request: runs the new one shares with it are already claimed and go on.
    previous?.abort();
    this.fullTimer = setTimeout(startFull, this.fullDelayMs);
  }

  /** The results shown last. */
  current(): LabResults | undefined {
    return this.latest;
  }

  dispose(): void {
    this.controller?.abort();
    clearTimeout(this.fullTimer);
    clearTimeout(this.refineTimer);
  }

  private request(baseline: Scenario, scenario: Scenario, assumptions: AssumptionMode) {
    const baselineText = JSON.stringify(baseline);
    const scenarioText = JSON.stringify(scenario);
    if (this.sizeOfText.size > 500) this.sizeOfText.clear();
    this.sizeOfText.set(baselineText, baseline.personsPerAgent);
    this.sizeOfText.set(scenarioText, scenario.personsPerAgent);
    return { baselineText, scenarioText, firstSeed: scenario.seed, seeds: scenario.seeds, assumptions, samplingSeed: scenario.seed };
  }

  /** Previews use `scale` times fewer agents (a power of two) so that one takes about the target time. */
  private chooseScale(personsPerAgent: number): number {
    if (this.costMsPersons === undefined) return this.previewScale;
    const ratio = this.costMsPersons / personsPerAgent / this.previewTargetMs;
    const limit = Math.max(1, MAX_PERSONS_PER_AGENT / personsPerAgent);
    return ratio <= 1.5 ? 1 : Math.min(64, limit, 2 ** Math.ceil(Math.log2(ratio)));
  }
}

export { CancelledError };
