import { parseSweepAxis, type SweepAxis, SweepSpecError } from '@diaspora-sim/analysis';
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
import { type SweepCommandRequest, sweepKind } from '../analysis/sweepKind.js';
import { type CommandLineSpec, formatFlagList, formatUsage, parseArgs } from '../args.js';
import { CliError } from '../cliError.js';
import { personsPerAgentFlag, SEED_FLAG, scenarioOverrides, seedsFlag, setFlag } from '../scenarioFlags.js';
import { loadScenario } from '../scenarioInput.js';
import type { Command } from './command.js';
import { checkPairable } from './ensemble.js';

export const SWEEP_SPEC: CommandLineSpec = {
  command: 'sweep',
  positionals: [{ name: 'scenario.json', description: 'the scenario whose lever or assumption is swept' }],
  flags: [
    {
      name: 'lever',
      type: 'string',
      placeholder: '<id>=<from>:<to>:<points>',
      repeatable: true,
      description: 'a lever or assumption and its grid, both ends included, e.g.\ntrade.tariff_equivalent_pct=0:30:7 (one or two of them)',
    },
    {
      name: 'baseline',
      type: 'string',
      placeholder: 'FILE',
      description: 'what each point is paired with (default: the scenario itself, unswept)',
    },
    SEED_FLAG,
    seedsFlag('seeds per point (default: the scenario\'s "seeds")', 1000),
    setFlag(),
    personsPerAgentFlag('persons per agent (both files)'),
    WORKERS_FLAG,
    SHARD_FLAG,
    OUT_FLAG,
    RESUME_FLAG,
  ],
};

const DETAILS = `Each grid point is a paired ensemble: the scenario with the swept values against the baseline over
the same seeds. A swept lever is held constant over the whole run (replacing any schedule) in the
scenario only; a swept assumption is set in both (how the effect depends on what is not known).

Output in DIR (calendar-year values: flows the mean of the quarters, stocks and shares the end of year):
  sweep.csv       long form: one column per swept id, then seed,year,indicator,value (the scenario)
  sweep-diff.csv  per point, year and indicator: scenario and baseline means over seeds and the
                  paired difference's mean, p5, p95 and 90 per cent interval of its mean
  summary.json    the axes, seeds and files
  run.json, tasks.jsonl  the request and every finished run (for --resume, --shard and merge)

--shard i/n runs the i-th of n parts; pnpm sim merge joins the parts into the same files as one run.`;

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'sweep one or two levers or assumptions over a grid, each point a paired ensemble',
  help: () =>
    `Usage: ${formatUsage(SWEEP_SPEC)}\n\n${formatFlagList({ ...SWEEP_SPEC, flags: describeFlags(SWEEP_SPEC.flags) })}\n\n${DETAILS}`,
  async run(argv, context) {
    const resume = resumeArguments(argv, 'sweep');
    if (resume) return runAnalysis(sweepKind, { resume: resume.string('resume') as string, workers: resume.number('workers') }, context);
    const args = parseArgs(argv, SWEEP_SPEC);
    const axes = args.all('lever').map(parseAxis);
    if (axes.length < 1 || axes.length > 2)
      throw new CliError('give one or two --lever <id>=<from>:<to>:<points>', { where: 'sim sweep', showUsage: true });
    if (axes.length === 2 && axes[0].id === axes[1].id) throw new CliError(`"${axes[0].id}" is swept twice`, { where: '--lever' });
    const scenarioArgument = args.positionals[0];
    const personsPerAgent = args.number('persons-per-agent');
    const loaded = await loadScenario(scenarioArgument, context, scenarioOverrides(args, { seeds: true }));
    const baselineArgument = args.string('baseline');
    const baseline = baselineArgument ? (await loadScenario(baselineArgument, context, { personsPerAgent })).scenario : loaded.scenario;
    if (baselineArgument) checkPairable(loaded.scenario, baseline, baselineArgument);
    const shard = shardOf(args);
    const out = await outputDirectory(args, scenarioArgument, context);
    const request: SweepCommandRequest = {
      scenarioFile: scenarioArgument,
      baselineFile: baselineArgument ?? scenarioArgument,
      overrides: loaded.overrides.map((o) => o.text),
      scenarioText: JSON.stringify(loaded.scenario),
      baselineText: JSON.stringify(baseline),
      axes,
      firstSeed: loaded.scenario.seed,
      seeds: loaded.scenario.seeds,
      firstYear: loaded.scenario.startYear,
      lastYear: loaded.scenario.endYear,
    };
    return runAnalysis(sweepKind, { request, out, ...(shard && { shard }), workers: args.number('workers') }, context);
  },
};

function parseAxis(text: string): SweepAxis {
  try {
    return parseSweepAxis(text);
  } catch (error) {
    if (error instanceof SweepSpecError) throw new CliError(error.message, { where: `--lever ${text}` });
    throw error;
  }
}
