import {
  analyseSweep,
  calendarYearValues,
  formatRow,
  type SweepAxis,
  type SweepDesign,
  type SweepRequest,
  sweepDesign,
  type YearlyRun,
} from '@diaspora-sim/analysis';
import { ENGINE_VERSION, INDICATOR_IDS } from '@diaspora-sim/engine';
import type { AnalysisKind } from './analysisKind.js';

/** A sweep as stored in run.json: the engine's request plus where it came from. */
export interface SweepCommandRequest extends SweepRequest {
  readonly scenarioFile: string;
  readonly baselineFile: string;
  readonly overrides: readonly string[];
  readonly firstYear: number;
  readonly lastYear: number;
}

export const SWEEP_FILES = ['sweep.csv', 'sweep-diff.csv', 'summary.json'] as const;

function yearsOf(request: SweepCommandRequest): number[] {
  return Array.from({ length: request.lastYear - request.firstYear + 1 }, (_, i) => request.firstYear + i);
}

function runsOf(request: SweepCommandRequest, kept: readonly Float64Array[]): YearlyRun[] {
  const years = yearsOf(request);
  return kept.map((values) => ({ years, indicatorIds: INDICATOR_IDS, values }));
}

export const sweepKind: AnalysisKind<SweepCommandRequest, SweepDesign> = {
  kind: 'sweep',
  outputFiles: SWEEP_FILES,
  design: (request) => sweepDesign(request),
  // A sweep keeps calendar-year values: a quarter of the size, and what its outputs report.
  keep: (_design, _index, result) => calendarYearValues(result).values,
  async writeOutputs(directory, design, kept) {
    const request = directory.manifest.request;
    const years = yearsOf(request);
    const width = INDICATOR_IDS.length;
    const axisIds = request.axes.map((a: SweepAxis) => a.id);
    const long = [formatRow([...axisIds, 'seed', 'year', 'indicator', 'value'])];
    design.points.forEach((point, p) => {
      for (let s = 0; s < request.seeds; s++) {
        const values = kept[design.scenarioTask(p, s)];
        for (let y = 0; y < years.length; y++) {
          for (let i = 0; i < width; i++)
            long.push(formatRow([...point, request.firstSeed + s, years[y], INDICATOR_IDS[i], values[y * width + i]]));
        }
      }
    });
    const result = analyseSweep(request, design, runsOf(request, kept));
    const diff = [
      formatRow([
        ...axisIds,
        'year',
        'indicator',
        'scenario_mean',
        'baseline_mean',
        'diff_mean',
        'diff_p5',
        'diff_p95',
        'ci_low',
        'ci_high',
      ]),
    ];
    for (const { point, summary } of result.points) {
      for (let y = 0; y < years.length; y++) {
        for (let i = 0; i < width; i++) {
          const c = y * width + i;
          const d = summary.difference;
          diff.push(
            formatRow([
              ...point,
              years[y],
              INDICATOR_IDS[i],
              summary.scenario.mean[c],
              summary.baseline.mean[c],
              d.mean[c],
              d.p5[c],
              d.p95[c],
              d.ciLow[c],
              d.ciHigh[c],
            ]),
          );
        }
      }
    }
    const summary = {
      command: 'sweep',
      engineVersion: ENGINE_VERSION,
      scenarioFile: request.scenarioFile,
      baselineFile: request.baselineFile,
      overrides: request.overrides,
      axes: request.axes,
      seeds: Array.from({ length: request.seeds }, (_, s) => request.firstSeed + s),
      band: 'chance',
      values: 'calendar-year values (flows: mean of the quarters; stocks, shares and indices: end of year)',
      pairing: 'each point is paired seed by seed with the baseline; swept levers change the scenario only, swept assumptions both',
    };
    await directory.writeOutput('sweep.csv', long.join(''));
    await directory.writeOutput('sweep-diff.csv', diff.join(''));
    await directory.writeOutput('summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  },
  report(design, _kept, request) {
    const axes = request.axes.map((a) => `${a.id} (${a.values.length} values)`).join(' x ');
    return `Swept ${axes}: ${design.points.length} points x ${request.seeds} seeds, each paired with the baseline.`;
  },
};
