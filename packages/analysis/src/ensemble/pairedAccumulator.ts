import { mean, quantileSorted, sortPrefix, studentTQuantile } from './statistics.js';

/** What a band covers: the model's chance alone, or chance and the behavioural assumptions' ranges. */
export type BandKind = 'chance' | 'chance-and-assumptions';

/** Level of the confidence interval of the mean paired difference. */
export const CONFIDENCE_LEVEL = 0.9;

export type Variant = 'baseline' | 'scenario';

/** Per cell (`row * columns + column`): statistics over the seeds of one variant. */
export interface VariantStatistics {
  /** Seeds included, by their index in the ensemble, ascending. */
  readonly seedIndices: readonly number[];
  readonly mean: Float64Array;
  readonly p5: Float64Array;
  readonly p50: Float64Array;
  readonly p95: Float64Array;
}

/** Per cell: the paired difference scenario minus baseline, seed by seed. */
export interface DifferenceStatistics {
  readonly mean: Float64Array;
  /** Spread of the difference over seeds. */
  readonly p5: Float64Array;
  readonly p50: Float64Array;
  readonly p95: Float64Array;
  /** Sample standard deviation of the difference over seeds. */
  readonly sd: Float64Array;
  /** t-based 90 per cent interval of the mean difference (NaN with fewer than two seeds). */
  readonly ciLow: Float64Array;
  readonly ciHigh: Float64Array;
}

export interface PairedSummary {
  readonly rows: number;
  readonly columns: number;
  /** Seeds with both runs (the difference's), by their index in the ensemble, ascending. */
  readonly seedIndices: readonly number[];
  readonly band: BandKind;
  readonly confidenceLevel: number;
  readonly baseline: VariantStatistics;
  readonly scenario: VariantStatistics;
  readonly difference: DifferenceStatistics;
}

/**
 * The one place where statistics over seeds are computed (ensembles, sweeps, `sim run`'s summary,
 * the lab's charts and cards). Collects runs as seeds complete, in any order, and summarises on
 * demand: each variant over the seeds it has, the difference over the seeds that have both. Sums
 * run in seed-index order, so the summary of the same seeds is bit-identical whatever order they
 * arrived in (and so whatever the pool size). A NaN value (an indicator undefined in a seed) is left
 * out of its cell's statistics. Quantiles interpolate linearly (type 7, as R and NumPy do).
 */
export class PairedAccumulator {
  private readonly runs: Record<Variant, (Float64Array | undefined)[]> = { baseline: [], scenario: [] };
  private pairs = 0;

  constructor(
    readonly rows: number,
    readonly columns: number,
    /** Seed indices run from 0 to capacity - 1 (unbounded when not given). */
    readonly capacity = Number.POSITIVE_INFINITY,
    readonly band: BandKind = 'chance',
  ) {}

  /** Seeds with both runs. */
  get count(): number {
    return this.pairs;
  }

  /** Whether the seed's pair is complete. */
  has(seedIndex: number): boolean {
    return this.runs.baseline[seedIndex] !== undefined && this.runs.scenario[seedIndex] !== undefined;
  }

  /** Adds one seed's pair (copied: the caller may reuse its arrays). */
  add(seedIndex: number, baseline: ArrayLike<number>, scenario: ArrayLike<number>): void {
    if (this.has(seedIndex)) throw new Error(`seed index ${seedIndex} added twice`);
    this.check(seedIndex, baseline);
    this.check(seedIndex, scenario);
    this.addVariant('baseline', seedIndex, baseline);
    this.addVariant('scenario', seedIndex, scenario);
  }

  /** Adds one seed's run of one variant (its pair may come later, or never). */
  addVariant(variant: Variant, seedIndex: number, values: ArrayLike<number>): void {
    this.check(seedIndex, values);
    if (this.runs[variant][seedIndex] !== undefined) throw new Error(`seed index ${seedIndex} added twice`);
    this.runs[variant][seedIndex] = Float64Array.from(values);
    if (this.has(seedIndex)) this.pairs++;
  }

  summarize(): PairedSummary {
    const cells = this.rows * this.columns;
    const indicesOf = (variant: Variant) => [...this.runs[variant].keys()].filter((s) => this.runs[variant][s] !== undefined);
    const pairedIndices = indicesOf('baseline').filter((s) => this.has(s));
    const baseline = variantStatistics(
      indicesOf('baseline').map((s) => this.runs.baseline[s] as Float64Array),
      cells,
      indicesOf('baseline'),
    );
    const scenario = variantStatistics(
      indicesOf('scenario').map((s) => this.runs.scenario[s] as Float64Array),
      cells,
      indicesOf('scenario'),
    );
    const difference = differenceStatistics(
      pairedIndices.map((s) => this.runs.baseline[s] as Float64Array),
      pairedIndices.map((s) => this.runs.scenario[s] as Float64Array),
      cells,
    );
    return {
      rows: this.rows,
      columns: this.columns,
      seedIndices: pairedIndices,
      band: this.band,
      confidenceLevel: CONFIDENCE_LEVEL,
      baseline,
      scenario,
      difference,
    };
  }

  private check(seedIndex: number, values: ArrayLike<number>): void {
    if (seedIndex < 0 || seedIndex >= this.capacity || !Number.isInteger(seedIndex))
      throw new Error(`seed index ${seedIndex} out of range`);
    if (values.length !== this.rows * this.columns) throw new Error(`expected ${this.rows * this.columns} values per run`);
  }
}

function sampleArrays(cells: number) {
  return { mean: new Float64Array(cells), p5: new Float64Array(cells), p50: new Float64Array(cells), p95: new Float64Array(cells) };
}

/** Mean first (in seed order), then quantiles of the sorted sample (the sort reorders `sample`). */
function describeSample(target: ReturnType<typeof sampleArrays>, cell: number, sample: Float64Array, n: number): void {
  target.mean[cell] = mean(sample, n);
  const sorted = sortPrefix(sample, n);
  target.p5[cell] = quantileSorted(sorted, 0.05);
  target.p50[cell] = quantileSorted(sorted, 0.5);
  target.p95[cell] = quantileSorted(sorted, 0.95);
}

function variantStatistics(runs: readonly Float64Array[], cells: number, seedIndices: readonly number[]): VariantStatistics {
  const statistics = { seedIndices, ...sampleArrays(cells) };
  const sample = new Float64Array(runs.length);
  for (let c = 0; c < cells; c++) {
    let n = 0;
    for (const run of runs) if (!Number.isNaN(run[c])) sample[n++] = run[c];
    describeSample(statistics, c, sample, n);
  }
  return statistics;
}

function differenceStatistics(
  baselineRuns: readonly Float64Array[],
  scenarioRuns: readonly Float64Array[],
  cells: number,
): DifferenceStatistics {
  const statistics = {
    ...sampleArrays(cells),
    sd: new Float64Array(cells),
    ciLow: new Float64Array(cells),
    ciHigh: new Float64Array(cells),
  };
  const d = new Float64Array(baselineRuns.length);
  for (let c = 0; c < cells; c++) {
    let n = 0;
    for (let k = 0; k < baselineRuns.length; k++) {
      const difference = scenarioRuns[k][c] - baselineRuns[k][c];
      if (!Number.isNaN(difference)) d[n++] = difference;
    }
    // The spread in seed order, before describeSample sorts the differences.
    const meanDifference = mean(d, n);
    let squares = 0;
    for (let k = 0; k < n; k++) squares += (d[k] - meanDifference) ** 2;
    const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Number.NaN;
    const t = n > 1 ? studentTQuantile(1 - (1 - CONFIDENCE_LEVEL) / 2, n - 1) : Number.NaN;
    statistics.sd[c] = sd;
    statistics.ciLow[c] = meanDifference - (t * sd) / Math.sqrt(n);
    statistics.ciHigh[c] = meanDifference + (t * sd) / Math.sqrt(n);
    describeSample(statistics, c, d, n);
  }
  return statistics;
}
