import { REGION_INDICATORS } from '@diaspora-sim/engine';
import { formatField, formatNumber, formatRow } from './csv.js';

/** One run's regional indicators, as runScenario returns them with `{ regions: true }`. */
export interface RegionsRun {
  readonly seed: number;
  readonly steps: number;
  /** Decimal year at the start of each step. */
  readonly years: ArrayLike<number>;
  readonly regionNames: readonly string[];
  /** regionValues[(step × regions + r) × REGION_INDICATORS.length + k] */
  readonly regionValues: ArrayLike<number>;
}

/**
 * regions.csv: `seed,step,year,region` then every regional indicator id (REGION_INDICATORS order);
 * one row per seed, step and region (regions in the engine's order). `prefix` adds leading columns
 * (`variant` for ensembles). The command line and the lab both write it here, so their files agree
 * byte for byte.
 */
export function regionsHeader(prefix: readonly string[] = []): string {
  return formatRow([...prefix, 'seed', 'step', 'year', 'region', ...REGION_INDICATORS.map((i) => i.id)]);
}

export function regionsRows(run: RegionsRun, prefix: readonly string[] = []): string {
  const count = REGION_INDICATORS.length;
  const regions = run.regionNames.length;
  if (run.regionValues.length !== run.steps * regions * count) {
    throw new Error(`seed ${run.seed}: ${run.regionValues.length} regional values, expected ${run.steps * regions * count}`);
  }
  const lead = prefix.length > 0 ? `${prefix.map(formatField).join(',')},` : '';
  const names = run.regionNames.map(formatField);
  const lines: string[] = [];
  for (let t = 0; t < run.steps; t++) {
    const start = `${lead}${run.seed},${t},${formatNumber(run.years[t])},`;
    for (let r = 0; r < regions; r++) {
      let line = start + names[r];
      const at = (t * regions + r) * count;
      for (let k = 0; k < count; k++) line += `,${formatNumber(run.regionValues[at + k])}`;
      lines.push(line);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
