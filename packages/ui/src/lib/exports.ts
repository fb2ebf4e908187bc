// The writers the command line uses too, so the lab's files match `sim run`'s byte for byte.
import {
  PairedAccumulator,
  pairedTasks,
  prettyJson,
  type RegionsRun,
  type ReproducibilityStamp,
  regionsHeader,
  regionsRows,
  reproducibilityStamp,
  seriesHeader,
  seriesRows,
  diffCsv as writeDiffCsv,
  YearlySummaryCollector,
} from '@diaspora-sim/analysis';
import { ENGINE_VERSION, INDICATOR_IDS, INDICATORS, type Scenario } from '@diaspora-sim/engine';
import type { LabResults, VariantRuns } from '../engine-client/index.js';
import { fileSlug } from './download.js';
import { memoized } from './memo.js';

// The stamp's one-line form, for the export menu and the charts' SVG.
export { stampText } from '@diaspora-sim/analysis';

/** The stamp of a scenario, as the command line's (computed once per scenario object: views ask for it on every render). */
export const stampOf: (scenario: Scenario) => ReproducibilityStamp = memoized(reproducibilityStamp);

/** File names carry the stamp too, so a file keeps it even where its format has no place for one; `name` says "(edited)" when it is. */
export function stampedFileName(
  name: string,
  scenario: Scenario,
  stamp: ReproducibilityStamp,
  what: string,
  extension: string,
  assumptionsSampled = false,
): string {
  const s = stamp.seeds;
  const sampled = assumptionsSampled ? `_assumptions-sampled-lhs-${scenario.seed}` : '';
  return `${fileSlug(name)}_${what}_sha256-${stamp.scenarioSha256.slice(0, 12)}_seeds-${s[0]}-${s[s.length - 1]}${sampled}_engine-${stamp.engineVersion}.${extension}`;
}

function completeRuns(variant: VariantRuns) {
  const runs = variant.runs.map((r, i) => {
    if (!r) throw new Error(`seed ${variant.seeds[i]} has not finished yet`);
    return r;
  });
  return runs;
}

/** series.csv of one variant's runs (the scenario's, or the baseline's): the columns and number formatting of `sim run`. */
export function seriesCsv(variant: VariantRuns): string {
  let text = seriesHeader(INDICATOR_IDS);
  for (const run of completeRuns(variant)) text += seriesRows(run);
  return text;
}

/** regions.csv as `sim run` writes it, from runs that carry their regional values (one writer for both). */
export function regionsCsv(runs: readonly RegionsRun[]): string {
  let text = regionsHeader();
  for (const run of runs) text += regionsRows(run);
  return text;
}

/** diff.csv as `sim ensemble` writes it: the paired difference per indicator and quarter, over every seed. */
export function diffCsv(results: LabResults): string {
  const baseline = completeRuns(results.baseline);
  const scenario = completeRuns(results.scenario);
  const first = scenario[0];
  const accumulator = new PairedAccumulator(first.steps, INDICATOR_IDS.length, scenario.length, results.band);
  scenario.forEach((run, s) => {
    accumulator.add(s, baseline[s].values, run.values);
  });
  return writeDiffCsv(INDICATOR_IDS, first.years, accumulator.summarize().difference);
}

/** summary.json as `sim run` writes it, for the scenario, plus the baseline's and the stamp. */
export function summaryJson(results: LabResults, scenarioFile: string | null, baselineFile: string | null): string {
  const summarise = (variant: VariantRuns) => {
    const collector = new YearlySummaryCollector(INDICATORS);
    for (const run of completeRuns(variant)) collector.add(run);
    return collector.summary();
  };
  const scenario = results.scenario.scenario;
  const summary = {
    command: 'ui',
    engineVersion: ENGINE_VERSION,
    scenarioFile,
    overrides: [],
    seeds: results.scenario.seeds,
    scenario,
    ...summarise(results.scenario),
    stamp: stampOf(scenario),
    band: results.band,
    // With assumption uncertainty, each seed ran (baseline and scenario alike) with these assumptions.
    ...(results.band === 'chance-and-assumptions' && {
      assumptionDraws: pairedTasks({
        baselineText: '',
        scenarioText: '',
        firstSeed: scenario.seed,
        seeds: scenario.seeds,
        assumptions: 'sample',
        samplingSeed: scenario.seed,
      }).map((t) => t.baseline.assumptions),
    }),
    baseline: { scenarioFile: baselineFile, scenario: results.baseline.scenario, ...summarise(results.baseline) },
  };
  return `${prettyJson(summary)}\n`;
}

/** The scenario file itself, loadable by `sim run` (the schema admits no extra fields; the stamp is in the file name). */
export function scenarioJson(scenario: Scenario): string {
  return `${JSON.stringify({ $schema: './schema.json', ...scenario }, null, 2)}\n`;
}
