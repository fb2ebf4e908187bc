import type { RunResult, Scenario } from '@diaspora-sim/engine';
import { canonicalJson } from '../lib/hash.js';
import { CancelledError, type Lane, type RunQueue, type RunTask } from './runQueue.js';

/** The runs of one variant (baseline or scenario) at one size: seeds in order, undefined until back. */
export interface VariantRuns {
  readonly key: string;
  readonly scenario: Scenario;
  readonly seeds: readonly number[];
  readonly runs: ReadonlyArray<RunResult | undefined>;
}

/** What the charts show: paired baseline and scenario runs, from the preview or the full ensemble. */
export interface LabResults {
  readonly generation: number;
  /** A fast preview (one seed, fewer agents): the view says so until the full runs arrive. */
  readonly preview: boolean;
  readonly personsPerAgent: number;
  /** Every seed of both variants is back. */
  readonly complete: boolean;
  readonly baseline: VariantRuns;
  readonly scenario: VariantRuns;
  /** Full-size runs done and needed for the current request (both variants). */
  readonly done: number;
  readonly total: number;
}

export interface LabRunnerOptions {
  onResults(results: LabResults): void;
  onError(message: string): void;
  /** Pause in the input before the full ensemble of a changed scenario starts (ms). */
  fullDelayMs?: number;
  /** Wall time a preview run should take (ms); previews use fewer agents until they fit. */
  previewTargetMs?: number;
}

interface Entry {
  readonly key: string;
  readonly tag: string;
  readonly scenario: Scenario;
  /** The scenario as JSON text, as the workers receive (and cache) it. */
  readonly text: string;
  readonly seeds: readonly number[];
  readonly runs: Array<RunResult | undefined>;
  readonly inFlight: Set<number>;
  error?: string;
  lastUsed: number;
}

interface Request {
  readonly generation: number;
  readonly full: { baseline: Entry; scenario: Entry };
  readonly preview?: { baseline: Entry; scenario: Entry };
  shown: 'none' | 'preview' | 'full';
}

const MAX_PERSONS_PER_AGENT = 10000;
const CACHE_SIZE = 16;
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
 * Keeps the charts fed while levers move: each request gets a fast preview at once (on the preview
 * worker), then the full paired ensemble after a pause in the input (on the batch workers). Results
 * are cached by what determines them, so the baseline is run once until it changes, and returning
 * to an earlier setting reuses its runs. Superseded work is dropped; the newest request wins.
 */
export class LabRunner {
  private readonly cache = new Map<string, Entry>();
  private generation = 0;
  private request: Request | undefined;
  private fullTimer: ReturnType<typeof setTimeout> | undefined;
  private emitTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFullEmit = Number.NEGATIVE_INFINITY;
  private clock = 0;
  /** Persons per agent multiplier of previews, chosen from measured run times. */
  private previewScale = 16;
  /** Measured cost of a run: milliseconds times persons per agent (run time falls about as 1 / persons per agent). */
  private costMsPersons: number | undefined;
  private readonly fullDelayMs: number;
  private readonly previewTargetMs: number;

  constructor(
    private readonly queue: RunQueue,
    private readonly options: LabRunnerOptions,
  ) {
    this.fullDelayMs = options.fullDelayMs ?? 250;
    this.previewTargetMs = options.previewTargetMs ?? 40;
    queue.onRunTime = (task, ms) => this.measure(task, ms);
  }

  update(scenario: Scenario, baseline: Scenario): void {
    const generation = ++this.generation;
    const full = { baseline: this.entry(effectiveBaseline(baseline, scenario), 'full'), scenario: this.entry(scenario, 'full') };
    this.previewScale = this.chooseScale(scenario.personsPerAgent);
    const needsPreview = this.previewScale > 1 && !isComplete(full.scenario);
    const preview = needsPreview ? this.previewEntries(full.baseline.scenario, scenario) : undefined;
    const request: Request = { generation, full, preview, shown: 'none' };
    this.request = request;
    const keep = new Set([full.baseline.tag, full.scenario.tag, preview?.baseline.tag, preview?.scenario.tag]);
    // Stale full runs are stopped (their workers replaced); a stale preview is short, so it finishes.
    // Only the lab's own runs (tags full:… and preview:…); analyses on the same workers go on.
    const stale = (t: RunTask) => (t.tag.startsWith('full:') || t.tag.startsWith('preview:')) && !keep.has(t.tag);
    this.queue.cancel((t) => t.lane === 'batch' && stale(t), true);
    this.queue.cancel((t) => t.lane === 'preview' && stale(t), false);
    clearTimeout(this.fullTimer);
    if (!this.refresh(request)) {
      if (preview) {
        this.ensure(preview.baseline, 'preview', 20);
        this.ensure(preview.scenario, 'preview', 20);
      } else {
        this.ensure(full.baseline, 'preview', 20, [0]);
        this.ensure(full.scenario, 'preview', 20, [0]);
      }
    }
    this.ensure(full.baseline, 'batch', 0);
    if (!isComplete(full.scenario)) {
      this.fullTimer = setTimeout(() => {
        if (this.request === request) this.ensure(full.scenario, 'batch', 0);
      }, this.fullDelayMs);
    }
  }

  /** The results shown now, if any (for exports). */
  current(): LabResults | undefined {
    return this.request ? this.resultsOf(this.request, this.request.shown === 'preview') : undefined;
  }

  dispose(): void {
    clearTimeout(this.fullTimer);
    clearTimeout(this.emitTimer);
    this.queue.dispose();
  }

  private previewEntries(baseline: Scenario, scenario: Scenario) {
    const personsPerAgent = Math.min(MAX_PERSONS_PER_AGENT, scenario.personsPerAgent * this.previewScale);
    const shrink = (s: Scenario): Scenario => ({ ...s, seeds: 1, personsPerAgent });
    return { baseline: this.entry(shrink(baseline), 'preview'), scenario: this.entry(shrink(scenario), 'preview') };
  }

  private entry(scenario: Scenario, kind: 'full' | 'preview'): Entry {
    const key = runKey(scenario);
    let entry = this.cache.get(key);
    if (!entry) {
      const seeds = Array.from({ length: scenario.seeds }, (_, i) => scenario.seed + i);
      const created: Entry = {
        key,
        tag: `${kind}:${key}`,
        scenario,
        text: JSON.stringify(scenario),
        seeds,
        runs: seeds.map(() => undefined),
        inFlight: new Set(),
        lastUsed: ++this.clock,
      };
      this.cache.set(key, created);
      entry = created;
      this.evict();
    }
    entry.lastUsed = ++this.clock;
    return entry;
  }

  private evict(): void {
    if (this.cache.size <= CACHE_SIZE) return;
    const inUse = new Set(Object.values({ ...this.request?.full, ...this.request?.preview }).map((e) => e?.key));
    const victims = [...this.cache.values()]
      .filter((e) => !inUse.has(e.key) && e.inFlight.size === 0)
      .sort((a, b) => a.lastUsed - b.lastUsed);
    for (const v of victims.slice(0, this.cache.size - CACHE_SIZE)) this.cache.delete(v.key);
  }

  private ensure(entry: Entry, lane: Lane, priority: number, indices?: readonly number[]): void {
    if (entry.error) return;
    for (const i of indices ?? entry.seeds.map((_, k) => k)) {
      if (entry.runs[i] || entry.inFlight.has(i)) continue;
      entry.inFlight.add(i);
      const task: RunTask = {
        task: { scenarioText: entry.text, seed: entry.seeds[i] },
        lane,
        priority: priority - i,
        tag: entry.tag,
        personsPerAgent: entry.scenario.personsPerAgent,
      };
      this.queue.submit(task).then(
        ({ result }) => {
          entry.inFlight.delete(i);
          entry.runs[i] = result;
          this.scheduleRefresh();
        },
        (error: Error) => {
          entry.inFlight.delete(i);
          if (error instanceof CancelledError) return;
          entry.error = error.message;
          if (this.isCurrent(entry)) this.options.onError(error.message);
        },
      );
    }
  }

  private isCurrent(entry: Entry): boolean {
    const r = this.request;
    return !!r && [r.full.baseline, r.full.scenario, r.preview?.baseline, r.preview?.scenario].includes(entry);
  }

  // Results arriving together are drawn once.
  private scheduleRefresh(delay = 0): void {
    if (this.emitTimer !== undefined) return;
    this.emitTimer = setTimeout(() => {
      this.emitTimer = undefined;
      if (this.request) this.refresh(this.request);
    }, delay);
  }

  /** Emits what the request can show now; true when something was emitted. */
  private refresh(request: Request): boolean {
    const { full, preview } = request;
    if (paired(full.baseline, full.scenario)) {
      // Seeds arriving one after another tighten the bands; redraw at most a few times a second.
      const wait = this.lastFullEmit + REFINE_INTERVAL_MS - performance.now();
      if (request.shown === 'full' && !(isComplete(full.baseline) && isComplete(full.scenario)) && wait > 0) {
        this.scheduleRefresh(wait);
        return true;
      }
      request.shown = 'full';
      this.lastFullEmit = performance.now();
      this.options.onResults(this.resultsOf(request, false));
      return true;
    }
    if (preview && request.shown === 'none' && paired(preview.baseline, preview.scenario)) {
      request.shown = 'preview';
      this.options.onResults(this.resultsOf(request, true));
      return true;
    }
    return false;
  }

  private resultsOf(request: Request, preview: boolean): LabResults {
    const pair = preview && request.preview ? request.preview : request.full;
    const { baseline, scenario } = request.full;
    const done = countDone(baseline) + (baseline === scenario ? 0 : countDone(scenario));
    const total = baseline.seeds.length * (baseline === scenario ? 1 : 2);
    return {
      generation: request.generation,
      preview,
      personsPerAgent: pair.scenario.scenario.personsPerAgent,
      complete: done === total,
      baseline: pair.baseline,
      scenario: pair.scenario,
      done,
      total,
    };
  }

  private measure(task: RunTask, ms: number): void {
    if (!task.personsPerAgent) return;
    const cost = ms * task.personsPerAgent;
    this.costMsPersons = this.costMsPersons === undefined ? cost : 0.7 * this.costMsPersons + 0.3 * cost;
  }

  /** Previews use `scale` times fewer agents, a power of two, so that one takes about the target time. */
  private chooseScale(personsPerAgent: number): number {
    if (this.costMsPersons === undefined) return this.previewScale;
    const fullMs = this.costMsPersons / personsPerAgent;
    const ratio = fullMs / this.previewTargetMs;
    const limit = Math.max(1, MAX_PERSONS_PER_AGENT / personsPerAgent);
    return ratio <= 1.5 ? 1 : Math.min(64, limit, 2 ** Math.ceil(Math.log2(ratio)));
  }
}

function isComplete(entry: Entry): boolean {
  return entry.runs.every((r) => r !== undefined);
}

function countDone(entry: Entry): number {
  return entry.runs.filter((r) => r !== undefined).length;
}

function paired(baseline: Entry, scenario: Entry): boolean {
  return baseline.runs.some((r, i) => r !== undefined && scenario.runs[i] !== undefined);
}
