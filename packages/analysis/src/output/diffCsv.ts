import type { DifferenceStatistics } from '../ensemble/pairedAccumulator.js';
import { formatRow } from './csv.js';

/**
 * diff.csv of a paired ensemble: `indicator,step,year,mean,p5,p95,ci_low,ci_high`, the paired
 * difference (scenario minus baseline, seed by seed) per indicator and step, from the accumulator's
 * per-step statistics (`row = step`, `indicatorIds.length` columns). `sim ensemble` and the lab's
 * export write it with this one function.
 */
export function diffCsv(indicatorIds: readonly string[], years: ArrayLike<number>, difference: DifferenceStatistics): string {
  const width = indicatorIds.length;
  const d = difference;
  const lines = [formatRow(['indicator', 'step', 'year', 'mean', 'p5', 'p95', 'ci_low', 'ci_high'])];
  indicatorIds.forEach((id, i) => {
    for (let t = 0; t < years.length; t++) {
      const c = t * width + i;
      lines.push(formatRow([id, t, years[t], d.mean[c], d.p5[c], d.p95[c], d.ciLow[c], d.ciHigh[c]]));
    }
  });
  return lines.join('');
}
