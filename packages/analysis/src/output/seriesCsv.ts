import { formatNumber, formatRow } from './csv.js';

/** The quarterly series of one run, as the CLI writes it: row-major values, one row per step. */
export interface SeriesRun {
  readonly seed: number;
  readonly indicatorIds: readonly string[];
  readonly steps: number;
  /** Decimal year at the start of each step. */
  readonly years: ArrayLike<number>;
  /** values[step * indicatorIds.length + i] */
  readonly values: ArrayLike<number>;
}

/**
 * series.csv: `seed,step,year` then every indicator id (INDICATOR_IDS order); one row per seed and
 * step. `prefix` adds leading columns (e.g. `variant` for ensembles).
 */
export function seriesHeader(indicatorIds: readonly string[], prefix: readonly string[] = []): string {
  return formatRow([...prefix, 'seed', 'step', 'year', ...indicatorIds]);
}

export function seriesRows(run: SeriesRun, prefix: readonly string[] = []): string {
  const count = run.indicatorIds.length;
  const lead = prefix.length > 0 ? `${prefix.join(',')},` : '';
  const lines: string[] = new Array(run.steps);
  for (let t = 0; t < run.steps; t++) {
    let line = `${lead}${run.seed},${t},${formatNumber(run.years[t])}`;
    const row = t * count;
    for (let i = 0; i < count; i++) line += `,${formatNumber(run.values[row + i])}`;
    lines[t] = line;
  }
  return `${lines.join('\n')}\n`;
}
