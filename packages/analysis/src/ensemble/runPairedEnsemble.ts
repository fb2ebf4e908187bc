import type { RunResult } from '@diaspora-sim/engine';
import type { TaskRunner } from '../pool/runTaskList.js';
import type { RunTask } from '../pool/task.js';
import { sampleAssumptions } from './assumptionSampling.js';
import { calendarYearValues } from './calendarYear.js';
import { type BandKind, PairedAccumulator, type PairedSummary } from './pairedAccumulator.js';
import type { RunCache } from './runCache.js';

export interface PairedEnsembleRequest {
  /** Both as JSON text (what workers cache by). */
  readonly baselineText: string;
  readonly scenarioText: string;
  /** Seeds firstSeed, firstSeed + 1, ..., firstSeed + seeds - 1. */
  readonly firstSeed: number;
  readonly seeds: number;
  /** `sample`: each seed draws the behavioural assumptions by Latin hypercube (see sampleAssumptions). */
  readonly assumptions?: 'fixed' | 'sample';
  /** Seed of the Latin hypercube; defaults to firstSeed. */
  readonly samplingSeed?: number;
  /** Levers held constant in the scenario only (e.g. a sweep point). */
  readonly scenarioLevers?: Readonly<Record<string, number>>;
  /** Assumptions set in both variants (e.g. a sweep over an assumption). */
  readonly sharedAssumptions?: Readonly<Record<string, number>>;
  /** Runs also return their regional indicators (see RunTask.regions). */
  readonly regions?: boolean;
}

/** One seed's pair, as it completes. */
export interface SeedPair {
  readonly seedIndex: number;
  readonly seed: number;
  readonly baseline: RunResult;
  readonly scenario: RunResult;
}

export interface EnsembleProgress {
  readonly pair: SeedPair;
  /** The pair came from `known` (a resumed run) rather than from the pool. */
  readonly resumed: boolean;
  readonly seedsDone: number;
  readonly seedsTotal: number;
  /** Summarise whenever a view wants to redraw (cost grows with seeds × steps × indicators). */
  readonly accumulator: PairedAccumulator;
}

export interface EnsembleOptions {
  readonly signal?: AbortSignal;
  /** A newer ensemble on the same lane drops this one's queued tasks. */
  readonly lane?: string;
  /** Pairs already computed (a resumed run): added without running. */
  readonly known?: ReadonlyMap<number, { baseline: RunResult; scenario: RunResult }>;
  readonly cache?: RunCache;
  readonly onSeed?: (progress: EnsembleProgress) => void;
}

export interface EnsembleResult {
  readonly band: BandKind;
  readonly seeds: readonly number[];
  readonly indicatorIds: readonly string[];
  readonly steps: number;
  readonly years: Float64Array;
  /** Statistics per step and indicator (`row = step`). */
  readonly summary: PairedSummary;
  readonly accumulator: PairedAccumulator;
  /** The same statistics over calendar-year values (`row = year index`), as `sim run`'s summary. */
  readonly annual: { readonly years: readonly number[]; readonly summary: PairedSummary };
  /** The assumption values each seed ran with when sampled. */
  readonly assumptionDraws?: readonly Record<string, number>[];
  /** Seeds whose runs failed twice (the ensemble summarises the others). */
  readonly failures: ReadonlyArray<{ seed: number; error: Error }>;
}

/** The two tasks of every seed, in the order they are queued (the first seed's pair first). */
export function pairedTasks(request: PairedEnsembleRequest): { baseline: RunTask; scenario: RunTask }[] {
  const draws = request.assumptions === 'sample' ? sampleAssumptions(request.seeds, request.samplingSeed ?? request.firstSeed) : undefined;
  return Array.from({ length: request.seeds }, (_, i) => {
    const seed = request.firstSeed + i;
    const assumptions = draws || request.sharedAssumptions ? { ...request.sharedAssumptions, ...draws?.[i] } : undefined;
    return {
      baseline: {
        scenarioText: request.baselineText,
        seed,
        ...(assumptions && { assumptions }),
        ...(request.regions && { regions: true }),
      },
      scenario: {
        scenarioText: request.scenarioText,
        seed,
        ...(request.scenarioLevers && { levers: request.scenarioLevers }),
        ...(assumptions && { assumptions }),
        ...(request.regions && { regions: true }),
      },
    };
  });
}

/**
 * Runs a baseline and a scenario over the same seeds (common random numbers) on a pool and
 * summarises per step and indicator; streams each seed's pair as soon as both runs are back.
 */
export async function runPairedEnsemble(
  runner: TaskRunner,
  request: PairedEnsembleRequest,
  options: EnsembleOptions = {},
): Promise<EnsembleResult> {
  if (!Number.isInteger(request.seeds) || request.seeds < 1) throw new Error(`seeds must be a positive whole number, got ${request.seeds}`);
  if (options.lane) runner.supersede?.(options.lane);
  const band: BandKind = request.assumptions === 'sample' ? 'chance-and-assumptions' : 'chance';
  const tasks = pairedTasks(request);
  let accumulator: PairedAccumulator | undefined;
  let annual: PairedAccumulator | undefined;
  let annualYears: readonly number[] | undefined;
  let shape: RunResult | undefined;
  const failures: { seed: number; error: Error }[] = [];
  const submit = { signal: options.signal, lane: options.lane };

  const accept = (seedIndex: number, baseline: RunResult, scenario: RunResult, resumed: boolean) => {
    shape ??= baseline;
    accumulator ??= new PairedAccumulator(baseline.steps, baseline.indicatorIds.length, request.seeds, band);
    accumulator.add(seedIndex, baseline.values, scenario.values);
    const annualBaseline = calendarYearValues(baseline);
    annual ??= new PairedAccumulator(annualBaseline.years.length, baseline.indicatorIds.length, request.seeds, band);
    annualYears ??= annualBaseline.years;
    annual.add(seedIndex, annualBaseline.values, calendarYearValues(scenario).values);
    const pair = { seedIndex, seed: request.firstSeed + seedIndex, baseline, scenario };
    options.onSeed?.({ pair, resumed, seedsDone: accumulator.count, seedsTotal: request.seeds, accumulator });
  };

  const runOne = async (task: RunTask): Promise<RunResult> => {
    const cached = options.cache?.get(task);
    if (cached) return cached;
    const { result } = await runner.run(task, submit);
    options.cache?.set(task, result);
    return result;
  };

  await Promise.all(
    tasks.map(async (pair, seedIndex) => {
      const known = options.known?.get(seedIndex);
      if (known) return accept(seedIndex, known.baseline, known.scenario, true);
      const both = Promise.all([runOne(pair.baseline), runOne(pair.scenario)]);
      try {
        const [baseline, scenario] = await both;
        accept(seedIndex, baseline, scenario, false);
      } catch (error) {
        if (options.signal?.aborted || (error as Error).name === 'CancelledError') throw error;
        failures.push({ seed: request.firstSeed + seedIndex, error: error as Error });
      }
    }),
  );
  if (!accumulator || !shape || !annual || !annualYears) {
    throw new Error(`every seed failed: ${failures.map((f) => `seed ${f.seed}: ${f.error.message}`).join('; ')}`);
  }
  const assumptionDraws = request.assumptions === 'sample' ? tasks.map((t) => t.baseline.assumptions ?? {}) : undefined;
  return {
    band,
    seeds: tasks.map((_, i) => request.firstSeed + i),
    indicatorIds: shape.indicatorIds,
    steps: shape.steps,
    years: shape.years,
    summary: accumulator.summarize(),
    accumulator,
    annual: { years: annualYears, summary: annual.summarize() },
    ...(assumptionDraws && { assumptionDraws }),
    failures,
  };
}
