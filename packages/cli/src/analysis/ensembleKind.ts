import {
  CALENDAR_YEAR_RULE,
  CONFIDENCE_LEVEL,
  calendarYearValues,
  diffCsv,
  formatNumber,
  PairedAccumulator,
  type PairedSummary,
  pairedTasks,
  type RunTask,
  regionsHeader,
  regionsRows,
  reproducibilityStamp,
  seriesHeader,
  seriesRows,
} from '@diaspora-sim/analysis';
import { createTimeline, ENGINE_VERSION, INDICATOR_IDS, INDICATORS, REGIONS, yearOfStep } from '@diaspora-sim/engine';
import type { AnalysisKind } from './analysisKind.js';

/** Everything an ensemble needs, stored in run.json so that --resume needs no other file. */
export interface EnsembleRequest {
  readonly scenarioFile: string;
  readonly baselineFile: string;
  /** The --set texts (they change the scenario, not the baseline). */
  readonly overrides: readonly string[];
  /** Validated scenarios, defaults filled, as JSON text. */
  readonly scenarioText: string;
  readonly baselineText: string;
  readonly firstSeed: number;
  readonly seeds: number;
  readonly assumptions: 'fixed' | 'sample';
}

export interface EnsembleDesign {
  /** Per seed: the baseline's task at 2s, the scenario's at 2s + 1. */
  readonly tasks: readonly RunTask[];
  readonly steps: number;
  readonly years: Float64Array;
}

export const ENSEMBLE_FILES = ['series.csv', 'regions.csv', 'diff.csv', 'summary.json'] as const;

function timelineOf(text: string) {
  const scenario = JSON.parse(text) as { startYear: number; endYear: number; stepsPerYear: number };
  return createTimeline(scenario.startYear, scenario.endYear, scenario.stepsPerYear);
}

/**
 * What the journal keeps of a run: its indicators, then its regional indicators (journals written
 * before regions were kept hold the indicators alone).
 */
function keptRun(design: EnsembleDesign, kept: Float64Array): { values: Float64Array; regionValues: Float64Array | undefined } {
  const length = design.steps * INDICATOR_IDS.length;
  return {
    values: kept.subarray(0, length),
    regionValues: kept.length > length ? kept.subarray(length) : undefined,
  };
}

function concatenated(a: Float64Array, b: Float64Array | undefined): Float64Array {
  if (!b) return a;
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function regionsCsv(design: EnsembleDesign, request: EnsembleRequest, kept: readonly Float64Array[]): string | undefined {
  let text = regionsHeader(['variant']);
  for (const [variant, offset] of [['baseline', 0] as const, ['scenario', 1] as const]) {
    for (let s = 0; s < request.seeds; s++) {
      const { regionValues } = keptRun(design, kept[2 * s + offset]);
      if (!regionValues) return undefined;
      const run = { seed: request.firstSeed + s, steps: design.steps, years: design.years, regionNames: REGIONS.map((r) => r.name) };
      text += regionsRows({ ...run, regionValues }, [variant]);
    }
  }
  return text;
}

function summaries(design: EnsembleDesign, request: EnsembleRequest, kept: readonly Float64Array[]) {
  const width = INDICATOR_IDS.length;
  const band = request.assumptions === 'sample' ? 'chance-and-assumptions' : 'chance';
  const perStep = new PairedAccumulator(design.steps, width, request.seeds, band);
  let perYear: PairedAccumulator | undefined;
  let calendarYears: readonly number[] = [];
  for (let s = 0; s < request.seeds; s++) {
    perStep.add(s, kept[2 * s], kept[2 * s + 1]);
    const run = (values: Float64Array) => ({ years: design.years, values, indicatorIds: INDICATOR_IDS, steps: design.steps });
    const baseline = calendarYearValues(run(kept[2 * s]));
    calendarYears = baseline.years;
    perYear ??= new PairedAccumulator(calendarYears.length, width, request.seeds, band);
    perYear.add(s, baseline.values, calendarYearValues(run(kept[2 * s + 1])).values);
  }
  return { steps: perStep.summarize(), years: (perYear as PairedAccumulator).summarize(), calendarYears };
}

function yearlyJson(summary: PairedSummary, calendarYears: readonly number[]) {
  const width = INDICATOR_IDS.length;
  const column = (values: Float64Array, i: number) => calendarYears.map((_, y) => values[y * width + i]);
  const indicators: Record<string, unknown> = {};
  INDICATORS.forEach((d, i) => {
    const variant = (v: PairedSummary['baseline']) => ({
      mean: column(v.mean, i),
      p5: column(v.p5, i),
      p50: column(v.p50, i),
      p95: column(v.p95, i),
    });
    indicators[d.id] = {
      label: d.label,
      unit: d.unit,
      kind: d.kind,
      baseline: variant(summary.baseline),
      scenario: variant(summary.scenario),
      difference: {
        mean: column(summary.difference.mean, i),
        p5: column(summary.difference.p5, i),
        p95: column(summary.difference.p95, i),
        ci_low: column(summary.difference.ciLow, i),
        ci_high: column(summary.difference.ciHigh, i),
      },
    };
  });
  return indicators;
}

export const ensembleKind: AnalysisKind<EnsembleRequest, EnsembleDesign> = {
  kind: 'ensemble',
  outputFiles: ENSEMBLE_FILES,
  design(request) {
    const tasks = pairedTasks({ ...request, samplingSeed: request.firstSeed, regions: true }).flatMap((pair) => [
      pair.baseline,
      pair.scenario,
    ]);
    const timeline = timelineOf(request.scenarioText);
    const years = Float64Array.from({ length: timeline.steps }, (_, t) => yearOfStep(timeline, t));
    return { tasks, steps: timeline.steps, years };
  },
  keep: (_design, _index, result) => concatenated(result.values, result.regionValues),
  async writeOutputs(directory, design, keptRuns) {
    const request = directory.manifest.request;
    const kept = keptRuns.map((k) => keptRun(design, k).values);
    let series = seriesHeader(INDICATOR_IDS, ['variant']);
    for (const [variant, offset] of [['baseline', 0] as const, ['scenario', 1] as const]) {
      for (let s = 0; s < request.seeds; s++) {
        const run = {
          seed: request.firstSeed + s,
          indicatorIds: INDICATOR_IDS,
          steps: design.steps,
          years: design.years,
          values: kept[2 * s + offset],
        };
        series += seriesRows(run, [variant]);
      }
    }
    const { steps, years, calendarYears } = summaries(design, request, kept);
    const draws = request.assumptions === 'sample' ? design.tasks.filter((_, i) => i % 2 === 0).map((t) => t.assumptions) : undefined;
    const summary = {
      command: 'ensemble',
      engineVersion: ENGINE_VERSION,
      band: steps.band,
      bandMeaning:
        steps.band === 'chance'
          ? 'spread over seeds with the assumptions fixed: chance alone'
          : 'spread over seeds, each seed drawing the behavioural assumptions by Latin hypercube: chance and assumptions',
      confidenceLevel: CONFIDENCE_LEVEL,
      difference: 'scenario minus baseline, seed by seed (common random numbers); ci: t-based interval of the mean difference',
      scenarioFile: request.scenarioFile,
      baselineFile: request.baselineFile,
      overrides: request.overrides,
      seeds: Array.from({ length: request.seeds }, (_, s) => request.firstSeed + s),
      ...(draws && { assumptionDraws: draws }),
      scenario: JSON.parse(request.scenarioText),
      baseline: JSON.parse(request.baselineText),
      stamp: {
        scenario: reproducibilityStamp(JSON.parse(request.scenarioText)),
        baseline: reproducibilityStamp(JSON.parse(request.baselineText)),
      },
      calendarYearRule: CALENDAR_YEAR_RULE,
      years: calendarYears,
      indicators: yearlyJson(years, calendarYears),
    };
    await directory.writeOutput('series.csv', series);
    const regions = regionsCsv(design, request, keptRuns);
    if (regions) await directory.writeOutput('regions.csv', regions);
    await directory.writeOutput('diff.csv', diffCsv(INDICATOR_IDS, design.years, steps.difference));
    await directory.writeOutput('summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  },
  report(design, keptRuns, request) {
    const kept = keptRuns.map((k) => keptRun(design, k).values);
    const { years, calendarYears } = summaries(design, request, kept);
    const last = calendarYears.length - 1;
    const width = INDICATOR_IDS.length;
    const rows = INDICATORS.map((d, i) => {
      const c = last * width + i;
      const base = years.baseline.mean[c];
      return { d, base, diff: years.difference.mean[c], low: years.difference.ciLow[c], high: years.difference.ciHigh[c] };
    })
      .filter((r) => r.d.contract && (r.low > 0 || r.high < 0))
      .sort((a, b) => Math.abs(b.diff / (b.base || 1)) - Math.abs(a.diff / (a.base || 1)))
      .slice(0, 12);
    const head = `Paired difference in ${calendarYears[last]} (scenario minus baseline, mean over ${request.seeds} seeds, ${Math.round(CONFIDENCE_LEVEL * 100)}% interval of the mean):`;
    if (rows.length === 0) return `${head}\n  no contract indicator's interval excludes zero`;
    const fmt = (v: number) => (Number.isFinite(v) ? formatNumber(Number(v.toPrecision(4))) : 'n/a');
    return [head, ...rows.map((r) => `  ${r.d.id.padEnd(38)} ${fmt(r.diff)} [${fmt(r.low)}, ${fmt(r.high)}] ${r.d.unit}`)].join('\n');
  },
};
