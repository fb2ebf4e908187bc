import {
  analyseSensitivity,
  calendarYearValues,
  type FactorSpace,
  factorsOf,
  formatNumber,
  formatRow,
  type RunTask,
  type SensitivityDesign,
  type SensitivityRequest,
  type SensitivityResult,
  sensitivityDesign,
} from '@diaspora-sim/analysis';
import { ENGINE_VERSION, INDICATOR_IDS } from '@diaspora-sim/engine';
import type { AnalysisKind } from './analysisKind.js';

/** A sensitivity run as stored in run.json: one engine request per space, sharing everything else. */
export interface SensitivityCommandRequest extends Omit<SensitivityRequest, 'space'> {
  readonly spaces: readonly FactorSpace[];
  readonly scenarioFile: string;
  readonly versusFile?: string;
  readonly overrides: readonly string[];
}

export interface CombinedSensitivityDesign {
  /** One design per space, its tasks at `offset` in the combined list. */
  readonly parts: ReadonlyArray<{ space: FactorSpace; design: SensitivityDesign; offset: number }>;
  readonly tasks: readonly RunTask[];
  /** The calendar year whose values each run keeps. */
  readonly year: number;
}

export const SENSITIVITY_FILES = ['sensitivity.csv', 'summary.json'] as const;

const SPACE_MEANING: Record<FactorSpace, string> = {
  policy: 'levers over their policy ranges (assumptions at the scenario values)',
  assumptions: 'behavioural assumptions over their literature ranges (levers as in the scenario)',
};

function analyse(request: SensitivityCommandRequest, design: CombinedSensitivityDesign, kept: readonly Float64Array[]) {
  const column = INDICATOR_IDS.indexOf(request.indicator);
  return design.parts.map(({ space, design: part, offset }) => {
    const values = Float64Array.from(part.tasks, (_, i) => kept[offset + i][column]);
    return { space, result: analyseSensitivity({ ...request, space }, part, values) };
  });
}

function rowsOf(space: FactorSpace, result: SensitivityResult): (string | number)[][] {
  if (result.method === 'morris') return result.rows.map((r) => [r.parameter, r.muStar, r.sigma, r.mu, r.muStarLow, r.muStarHigh, space]);
  return result.rows.map((r) => [r.parameter, r.S1, r.S1Low, r.S1High, r.ST, r.STLow, r.STHigh, space]);
}

export const sensitivityKind: AnalysisKind<SensitivityCommandRequest, CombinedSensitivityDesign> = {
  kind: 'sensitivity',
  outputFiles: SENSITIVITY_FILES,
  design(request) {
    let offset = 0;
    const parts = request.spaces.map((space) => {
      const only =
        request.only &&
        factorsOf(space)
          .filter((f) => request.only?.includes(f.id))
          .map((f) => f.id);
      const design = sensitivityDesign({ ...request, space, ...(only && { only }) });
      const part = { space, design, offset };
      offset += design.tasks.length;
      return part;
    });
    return { parts, tasks: parts.flatMap((p) => p.design.tasks), year: request.year };
  },
  // Every indicator of the chosen year: the same runs can answer for another indicator later.
  keep(design, _index, result) {
    const annual = calendarYearValues(result);
    const y = annual.years.indexOf(design.year);
    if (y < 0) throw new Error(`the run does not cover ${design.year}`);
    return annual.values.slice(y * INDICATOR_IDS.length, (y + 1) * INDICATOR_IDS.length);
  },
  async writeOutputs(directory, design, kept) {
    const request = directory.manifest.request;
    const header =
      request.method === 'morris'
        ? ['parameter', 'mu_star', 'sigma', 'mu', 'mu_star_low', 'mu_star_high', 'space']
        : ['parameter', 'S1', 'S1_low', 'S1_high', 'ST', 'ST_low', 'ST_high', 'space'];
    const analysed = analyse(request, design, kept);
    const lines = [formatRow(header), ...analysed.flatMap(({ space, result }) => rowsOf(space, result).map(formatRow))];
    const summary = {
      command: 'sensitivity',
      engineVersion: ENGINE_VERSION,
      method: request.method,
      output: request.versusText
        ? `${request.indicator} in ${request.year}, scenario minus ${request.versusFile} seed by seed, mean over seeds`
        : `${request.indicator} in ${request.year}, mean over seeds`,
      units:
        request.method === 'morris'
          ? 'elementary effects: change of the output per full range of the parameter'
          : 'shares of the output variance',
      intervals: 'bootstrap 95 per cent percentile intervals',
      spaces: Object.fromEntries(analysed.map(({ space }) => [space, SPACE_MEANING[space]])),
      scenarioFile: request.scenarioFile,
      ...(request.versusFile && { versusFile: request.versusFile }),
      overrides: request.overrides,
      samples: request.samples,
      seedsPerPoint: Array.from({ length: request.seeds }, (_, s) => request.firstSeed + s),
      designSeed: request.designSeed,
      runs: design.tasks.length,
      ...(request.method === 'sobol' && {
        outputVariance: Object.fromEntries(
          analysed.map(({ space, result }) => [space, result.method === 'sobol' ? result.variance : null]),
        ),
      }),
    };
    await directory.writeOutput('sensitivity.csv', lines.join(''));
    await directory.writeOutput('summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  },
  report(design, kept, request) {
    const fmt = (v: number) => (Number.isFinite(v) ? formatNumber(Number(v.toPrecision(3))) : 'n/a');
    return analyse(request, design, kept)
      .map(({ space, result }) => {
        const rows =
          result.method === 'morris'
            ? [...result.rows]
                .sort((a, b) => b.muStar - a.muStar)
                .map((r) => `  ${r.parameter.padEnd(44)} mu_star ${fmt(r.muStar)}  sigma ${fmt(r.sigma)}`)
            : [...result.rows]
                .sort((a, b) => b.ST - a.ST)
                .map((r) => `  ${r.parameter.padEnd(44)} S1 ${fmt(r.S1)}  ST ${fmt(r.ST)} [${fmt(r.STLow)}, ${fmt(r.STHigh)}]`);
        return [
          `${request.method === 'morris' ? 'Morris' : 'Sobol'} over ${SPACE_MEANING[space]}, most influential first:`,
          ...rows.slice(0, 10),
          ...(result.outputs.every((v) => v === result.outputs[0])
            ? ['  (the output did not vary over the design, so the indices are undefined: is the scenario the same as --versus?)']
            : []),
        ].join('\n');
      })
      .join('\n\n');
  },
};
