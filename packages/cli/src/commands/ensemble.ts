import {
  describeFlags,
  OUT_FLAG,
  outputDirectory,
  RESUME_FLAG,
  resumeArguments,
  runAnalysis,
  SHARD_FLAG,
  shardOf,
  WORKERS_FLAG,
} from '../analysis/commandFlow.js';
import { type EnsembleRequest, ensembleKind } from '../analysis/ensembleKind.js';
import { type CommandLineSpec, formatFlagList, formatUsage, parseArgs } from '../args.js';
import { CliError } from '../cliError.js';
import { personsPerAgentFlag, SEED_FLAG, scenarioOverrides, seedsFlag, setFlag } from '../scenarioFlags.js';
import { loadScenario } from '../scenarioInput.js';
import type { Command } from './command.js';

export const ENSEMBLE_SPEC: CommandLineSpec = {
  command: 'ensemble',
  positionals: [{ name: 'scenario.json', description: 'the scenario (what-if) file' }],
  flags: [
    { name: 'baseline', type: 'string', placeholder: 'FILE', description: 'the baseline scenario file it is paired with (required)' },
    SEED_FLAG,
    seedsFlag('seeds S..S+K-1, each run for both (default: the scenario\'s "seeds")', 1000),
    setFlag('override a lever, driver or assumption of the scenario (not of the baseline); as sim run'),
    personsPerAgentFlag('persons per agent, for both files (they must agree)'),
    {
      name: 'assumptions',
      type: 'string',
      placeholder: 'fixed|sample',
      description:
        'sample: each seed draws the behavioural assumptions from their ranges (Latin\nhypercube; the same draw for baseline and scenario): bands then carry chance and\nassumptions. Default fixed: chance alone',
    },
    WORKERS_FLAG,
    SHARD_FLAG,
    OUT_FLAG,
    RESUME_FLAG,
  ],
};

const DETAILS = `Runs the baseline and the scenario over the same seeds (common random numbers: a seed gives both
runs the same random numbers for every agent present in both), so their difference is measured
seed by seed, far more precisely than either alone.

Output in DIR:
  series.csv    as sim run's, with a first column variant (baseline or scenario) before seed
  regions.csv   as sim run's, with a first column variant (baseline or scenario) before seed
  diff.csv      indicator,step,year,mean,p5,p95,ci_low,ci_high: the paired difference scenario
                minus baseline per quarter; mean over seeds, p5/p95 its spread over seeds,
                ci_low/ci_high the t-based 90 per cent interval of the mean difference
  summary.json  per indicator and calendar year: baseline and scenario mean, p5, p50, p95 and the
                difference's mean, p5, p95, ci_low, ci_high; "band" says what the bands cover
  run.json, tasks.jsonl  the request and every finished run (for --resume and merge)

Ctrl-C stops at once and keeps every finished run; pnpm sim ensemble --resume DIR continues.
Bad input (a missing file, an unknown id, a value out of range): a message, exit code 2,
nothing written.`;

export const ensembleCommand: Command = {
  name: 'ensemble',
  summary: 'paired ensemble: scenario against baseline over the same seeds, with intervals of the difference',
  help: () =>
    `Usage: ${formatUsage(ENSEMBLE_SPEC)}\n\n${formatFlagList({ ...ENSEMBLE_SPEC, flags: describeFlags(ENSEMBLE_SPEC.flags) })}\n\n${DETAILS}`,
  async run(argv, context) {
    const resume = resumeArguments(argv, 'ensemble');
    if (resume) return runAnalysis(ensembleKind, { resume: resume.string('resume') as string, workers: resume.number('workers') }, context);
    const args = parseArgs(argv, ENSEMBLE_SPEC);
    const baselineArgument = args.string('baseline');
    if (!baselineArgument) throw new CliError('--baseline <file> is required', { where: 'sim ensemble', showUsage: true });
    const assumptions = args.string('assumptions') ?? 'fixed';
    if (assumptions !== 'fixed' && assumptions !== 'sample')
      throw new CliError(`takes fixed or sample, got "${assumptions}"`, { where: '--assumptions' });
    const personsPerAgent = args.number('persons-per-agent');
    const scenarioArgument = args.positionals[0];
    const loaded = await loadScenario(scenarioArgument, context, scenarioOverrides(args, { seeds: true }));
    const baseline = await loadScenario(baselineArgument, context, { personsPerAgent });
    checkPairable(loaded.scenario, baseline.scenario, baselineArgument);
    const shard = shardOf(args);
    const out = await outputDirectory(args, scenarioArgument, context);
    const request: EnsembleRequest = {
      scenarioFile: scenarioArgument,
      baselineFile: baselineArgument,
      overrides: loaded.overrides.map((o) => o.text),
      scenarioText: JSON.stringify(loaded.scenario),
      baselineText: JSON.stringify(baseline.scenario),
      firstSeed: loaded.scenario.seed,
      seeds: loaded.scenario.seeds,
      assumptions,
    };
    return runAnalysis(ensembleKind, { request, out, ...(shard && { shard }), workers: args.number('workers') }, context);
  },
};

/** Paired runs must cover the same quarters at the same scale, or their difference means nothing. */
export function checkPairable(
  scenario: { endYear: number; personsPerAgent: number },
  baseline: { endYear: number; personsPerAgent: number },
  baselineArgument: string,
): void {
  if (scenario.endYear !== baseline.endYear) {
    throw new CliError(`ends in ${baseline.endYear} but the scenario in ${scenario.endYear}; paired runs must cover the same years`, {
      where: baselineArgument,
    });
  }
  if (scenario.personsPerAgent !== baseline.personsPerAgent) {
    throw new CliError(
      `has ${baseline.personsPerAgent} persons per agent but the scenario ${scenario.personsPerAgent}; paired runs must agree (set both with --persons-per-agent)`,
      { where: baselineArgument },
    );
  }
}
