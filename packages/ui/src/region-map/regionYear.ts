import { REGION_INDICATORS } from '@diaspora-sim/engine';

/** The part of a run the regional year values are read from (runScenario's `regions` output). */
export interface RegionSeries {
  readonly steps: number;
  readonly years: ArrayLike<number>;
  readonly regionNames: readonly string[];
  readonly regionValues: ArrayLike<number>;
}

/**
 * One seed's calendar-year value of a regional indicator, per region, by the rule of the national
 * indicators: a flow (a yearly rate) takes the mean of the year's quarters, a stock the year's last
 * quarter. NaN for a year the run does not cover.
 */
export function regionYearValues(run: RegionSeries, indicatorId: string, year: number): Float64Array {
  const k = REGION_INDICATORS.findIndex((i) => i.id === indicatorId);
  if (k < 0) throw new Error(`unknown regional indicator "${indicatorId}"`);
  const flow = REGION_INDICATORS[k].kind === 'flow';
  const regions = run.regionNames.length;
  const count = REGION_INDICATORS.length;
  const steps: number[] = [];
  for (let t = 0; t < run.steps; t++) if (Math.floor(run.years[t]) === year) steps.push(t);
  const out = new Float64Array(regions).fill(Number.NaN);
  if (steps.length === 0) return out;
  for (let r = 0; r < regions; r++) {
    const at = (t: number) => run.regionValues[(t * regions + r) * count + k];
    out[r] = flow ? steps.reduce((sum, t) => sum + at(t), 0) / steps.length : at(steps[steps.length - 1]);
  }
  return out;
}

/** Per region: the mean over seeds of the year's value, for the scenario, the baseline and their paired difference. */
export interface RegionYearTable {
  readonly regions: readonly string[];
  readonly scenario: Float64Array;
  readonly baseline: Float64Array;
  /** Mean over seeds of scenario minus baseline, seed by seed (common random numbers). */
  readonly difference: Float64Array;
}

export function regionYearTable(
  scenario: readonly RegionSeries[],
  baseline: readonly RegionSeries[],
  indicatorId: string,
  year: number,
): RegionYearTable {
  if (scenario.length === 0 || scenario.length !== baseline.length) throw new Error('paired runs are needed, as many of each');
  const regions = scenario[0].regionNames;
  const mean = (rows: Float64Array[]) => {
    const out = new Float64Array(regions.length);
    for (const row of rows) for (let r = 0; r < regions.length; r++) out[r] += row[r] / rows.length;
    return out;
  };
  const s = scenario.map((run) => regionYearValues(run, indicatorId, year));
  const b = baseline.map((run) => regionYearValues(run, indicatorId, year));
  const d = s.map((row, i) => row.map((v, r) => v - b[i][r]));
  return { regions, scenario: mean(s), baseline: mean(b), difference: mean(d) };
}
