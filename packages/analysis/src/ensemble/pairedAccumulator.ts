import { quantileSorted, sortPrefix, studentTQuantile } from './statistics.js';

/** What a band covers: the model's chance alone, or chance and the behavioural assumptions' ranges. */
export type BandKind = 'chance' | 'chance-and-assumptions';

/** Level of the confidence interval of the mean paired difference. */
export const CONFIDENCE_LEVEL = 0.9;

/** Per cell (`row * columns + column`): statistics over seeds of one variant. */
export interface VariantStatistics {
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
  /** Seeds included, by their index in the ensemble, ascending. */
  readonly seedIndices: readonly number[];
  readonly band: BandKind;
  readonly confidenceLevel: number;
  readonly baseline: VariantStatistics;
  readonly scenario: VariantStatistics;
  readonly difference: DifferenceStatistics;
}

/**
 * Collects the paired runs of an ensemble as seeds complete, in any order, and summarises on demand.
 * Sums run in seed-index order, so the summary of the same seeds is bit-identical whatever order
 * they arrived in (and so whatever the pool size).
 */
export class PairedAccumulator {
  private readonly baselineRuns: (Float64Array | undefined)[];
  private readonly scenarioRuns: (Float64Array | undefined)[];
  private added = 0;

  constructor(
    readonly rows: number,
    readonly columns: number,
    readonly capacity: number,
    readonly band: BandKind,
  ) {
    this.baselineRuns = new Array(capacity).fill(undefined);
    this.scenarioRuns = new Array(capacity).fill(undefined);
  }

  get count(): number {
    return this.added;
  }

  has(seedIndex: number): boolean {
    return this.baselineRuns[seedIndex] !== undefined;
  }

  /** Adds one seed's pair (copied: the caller may reuse its arrays). */
  add(seedIndex: number, baseline: ArrayLike<number>, scenario: ArrayLike<number>): void {
    const cells = this.rows * this.columns;
    if (seedIndex < 0 || seedIndex >= this.capacity || !Number.isInteger(seedIndex))
      throw new Error(`seed index ${seedIndex} out of range`);
    if (baseline.length !== cells || scenario.length !== cells) throw new Error(`expected ${cells} values per run`);
    if (this.has(seedIndex)) throw new Error(`seed index ${seedIndex} added twice`);
    this.baselineRuns[seedIndex] = Float64Array.from(baseline);
    this.scenarioRuns[seedIndex] = Float64Array.from(scenario);
    this.added++;
  }

  summarize(): PairedSummary {
    const cells = this.rows * this.columns;
    const seedIndices: number[] = [];
    for (let s = 0; s < this.capacity; s++) if (this.has(s)) seedIndices.push(s);
    const n = seedIndices.length;
    const baseRuns = seedIndices.map((s) => this.baselineRuns[s] as Float64Array);
    const scenRuns = seedIndices.map((s) => this.scenarioRuns[s] as Float64Array);
    const baseline = variantArrays(cells);
    const scenario = variantArrays(cells);
    const difference = {
      mean: new Float64Array(cells),
      p5: new Float64Array(cells),
      p95: new Float64Array(cells),
      sd: new Float64Array(cells),
      ciLow: new Float64Array(cells),
      ciHigh: new Float64Array(cells),
    };
    const t = n > 1 ? studentTQuantile(1 - (1 - CONFIDENCE_LEVEL) / 2, n - 1) : Number.NaN;
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    const d = new Float64Array(n);
    for (let c = 0; c < cells; c++) {
      for (let k = 0; k < n; k++) {
        a[k] = baseRuns[k][c];
        b[k] = scenRuns[k][c];
        d[k] = b[k] - a[k];
      }
      const meanDiff = mean(d, n);
      let squares = 0;
      for (let k = 0; k < n; k++) squares += (d[k] - meanDiff) ** 2;
      const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Number.NaN;
      fillVariant(baseline, c, a, n);
      fillVariant(scenario, c, b, n);
      difference.mean[c] = meanDiff;
      difference.sd[c] = sd;
      difference.ciLow[c] = meanDiff - (t * sd) / Math.sqrt(n);
      difference.ciHigh[c] = meanDiff + (t * sd) / Math.sqrt(n);
      const sortedD = sortPrefix(d, n);
      difference.p5[c] = quantileSorted(sortedD, 0.05);
      difference.p95[c] = quantileSorted(sortedD, 0.95);
    }
    return {
      rows: this.rows,
      columns: this.columns,
      seedIndices,
      band: this.band,
      confidenceLevel: CONFIDENCE_LEVEL,
      baseline,
      scenario,
      difference,
    };
  }
}

function variantArrays(cells: number) {
  return { mean: new Float64Array(cells), p5: new Float64Array(cells), p50: new Float64Array(cells), p95: new Float64Array(cells) };
}

function mean(values: Float64Array, n: number): number {
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[k];
  return sum / n;
}

// Mean first (in seed order), then quantiles of the sorted copy (the sort reorders `values`).
function fillVariant(target: VariantStatistics, cell: number, values: Float64Array, n: number): void {
  target.mean[cell] = mean(values, n);
  const sorted = sortPrefix(values, n);
  target.p5[cell] = quantileSorted(sorted, 0.05);
  target.p50[cell] = quantileSorted(sorted, 0.5);
  target.p95[cell] = quantileSorted(sorted, 0.95);
}
