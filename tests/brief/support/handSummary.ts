import type { PairedSummary } from '../../../packages/analysis/src/index.js';

/** One indicator's cell in a hand-built summary: the two means and the difference with its 90% interval. */
export interface Cell {
  readonly baseline: number;
  readonly scenario: number;
  readonly low: number;
  readonly high: number;
}

/**
 * A paired summary over `years` for the indicators given; every other cell is an exact no-change
 * (baseline = scenario = 1, difference 0 in [-0, 0]), so only the cells written can be findings.
 */
export function handSummary(
  indicatorIds: readonly string[],
  years: readonly number[],
  cells: Readonly<Record<string, Readonly<Record<number, Cell>>>>,
  seeds = 8,
): PairedSummary {
  const columns = indicatorIds.length;
  const size = years.length * columns;
  const arrays = () => ({
    mean: new Float64Array(size).fill(1),
    p5: new Float64Array(size),
    p50: new Float64Array(size),
    p95: new Float64Array(size),
  });
  const baseline = { seedIndices: Array.from({ length: seeds }, (_, i) => i), ...arrays() };
  const scenario = { seedIndices: baseline.seedIndices, ...arrays() };
  const difference = {
    ...arrays(),
    mean: new Float64Array(size),
    sd: new Float64Array(size),
    ciLow: new Float64Array(size).fill(-0.001),
    ciHigh: new Float64Array(size).fill(0.001),
  };
  for (const [id, byYear] of Object.entries(cells)) {
    const column = indicatorIds.indexOf(id);
    if (column < 0) throw new Error(`indicator ${id} not in the list`);
    for (const [year, cell] of Object.entries(byYear)) {
      const index = years.indexOf(Number(year)) * columns + column;
      baseline.mean[index] = cell.baseline;
      scenario.mean[index] = cell.scenario;
      difference.mean[index] = cell.scenario - cell.baseline;
      difference.ciLow[index] = cell.low;
      difference.ciHigh[index] = cell.high;
    }
  }
  return {
    rows: years.length,
    columns,
    seedIndices: baseline.seedIndices,
    band: 'chance',
    confidenceLevel: 0.9,
    baseline,
    scenario,
    difference,
  };
}
