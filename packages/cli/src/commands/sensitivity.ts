import type { FactorSpace } from '@diaspora-sim/analysis';
import { ASSUMPTIONS, closestName, INDICATOR_IDS, LEVERS } from '@diaspora-sim/engine';
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
import { type SensitivityCommandRequest, sensitivityKind } from '../analysis/sensitivityKind.js';
import { type CommandLineSpec, formatFlagList, formatUsage, parseArgs } from '../args.js';
import { CliError } from '../cliError.js';
import { personsPerAgentFlag, SEED_FLAG, scenarioOverrides, seedsFlag, setFlag } from '../scenarioFlags.js';
import { loadScenario } from '../scenarioInput.js';
import type { Command } from './command.js';
import { checkPairable } from './ensemble.js';

const DEFAULT_SAMPLES = { morris: 10, sobol: 64 } as const;

export const SENSITIVITY_SPEC: CommandLineSpec = {
  command: 'sensitivity',
  positionals: [{ name: 'scenario.json', description: 'the scenario around which parameters vary' }],
  flags: [
    { name: 'method', type: 'string', placeholder: 'morris|sobol', description: 'Morris elementary effects (screening) or Sobol indices' },
    { name: 'indicator', type: 'string', placeholder: 'ID', description: 'the indicator analysed, e.g. uz_in_kz.remittances_formal_usd' },
    { name: 'year', type: 'integer', placeholder: 'Y', description: 'the calendar year of its value' },
    {
      name: 'versus',
      type: 'string',
      placeholder: 'FILE',
      description: 'analyse the paired difference scenario minus this baseline instead',
    },
    {
      name: 'space',
      type: 'string',
      placeholder: 'policy|assumptions|both',
      description:
        'vary the levers over their policy ranges, the assumptions over their\nliterature ranges, or both, analysed and reported separately (default both)',
    },
    {
      name: 'parameters',
      type: 'string',
      placeholder: 'ID,ID,...',
      description: 'only these levers or assumptions (default: all of the space)',
    },
    {
      name: 'samples',
      type: 'integer',
      placeholder: 'N',
      min: 2,
      max: 100000,
      description: `Morris trajectories (default ${DEFAULT_SAMPLES.morris}; runs: N x (k+1)) or Sobol base rows\n(default ${DEFAULT_SAMPLES.sobol}; runs: N x (k+2)); k parameters, times --seeds`,
    },
    SEED_FLAG,
    seedsFlag('seeds per design point, averaged, the same at every point (default 1)', 100),
    {
      name: 'design-seed',
      type: 'integer',
      placeholder: 'D',
      min: 0,
      description: 'seed of the sampling design and the bootstrap (default 1)',
    },
    setFlag(),
    personsPerAgentFlag('persons per agent (both files)'),
    WORKERS_FLAG,
    SHARD_FLAG,
    OUT_FLAG,
    RESUME_FLAG,
  ],
};

const DETAILS = `Policy ranges (what could be chosen) and assumption ranges (what is not known) are never mixed:
each space is its own analysis. A varied lever is held constant over the whole run.

Output in DIR:
  sensitivity.csv  one row per lever or assumption: for Morris parameter,mu_star,sigma (then mu
                   and a bootstrap interval of mu_star), for Sobol parameter,S1,S1_low,S1_high,
                   ST,ST_low,ST_high (95 per cent bootstrap intervals); the last column is the space
  summary.json     what was analysed, units, seeds and run counts
  run.json, tasks.jsonl  the request and every finished run (for --resume, --shard and merge)

Methods (docs/analysis.md): Morris (1991) trajectories on a 4-level grid, effects per full range
of the parameter; Sobol first-order (Saltelli et al. 2010) and total (Jansen 1999) estimators on
Saltelli's A, B, A_B(i) sample (Latin hypercube), percentile bootstrap over rows.`;

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: 'Morris screening or Sobol indices of an indicator in a year to levers or assumptions',
  help: () =>
    `Usage: ${formatUsage(SENSITIVITY_SPEC)}\n\n${formatFlagList({ ...SENSITIVITY_SPEC, flags: describeFlags(SENSITIVITY_SPEC.flags) })}\n\n${DETAILS}`,
  async run(argv, context) {
    const resume = resumeArguments(argv, 'sensitivity');
    if (resume)
      return runAnalysis(sensitivityKind, { resume: resume.string('resume') as string, workers: resume.number('workers') }, context);
    const args = parseArgs(argv, SENSITIVITY_SPEC);
    const method = args.string('method');
    if (method !== 'morris' && method !== 'sobol')
      throw new CliError(`takes morris or sobol, got ${method ? `"${method}"` : 'nothing'}`, { where: '--method', showUsage: true });
    const indicator = args.string('indicator');
    if (!indicator) throw new CliError('--indicator <id> is required', { where: 'sim sensitivity', showUsage: true });
    if (!INDICATOR_IDS.includes(indicator)) {
      const guess = closestName(indicator, INDICATOR_IDS);
      throw new CliError(`unknown indicator "${indicator}"${guess ? `; did you mean "${guess}"?` : ''}`, { where: '--indicator' });
    }
    const year = args.number('year');
    if (year === undefined) throw new CliError('--year <Y> is required', { where: 'sim sensitivity', showUsage: true });
    const spaces = spacesOf(args.string('space') ?? 'both', args.string('parameters'));
    const scenarioArgument = args.positionals[0];
    const personsPerAgent = args.number('persons-per-agent');
    const loaded = await loadScenario(scenarioArgument, context, scenarioOverrides(args, { seeds: false }));
    const { scenario } = loaded;
    if (year < scenario.startYear || year > scenario.endYear) {
      throw new CliError(`${year} is outside the scenario's years ${scenario.startYear} to ${scenario.endYear}`, { where: '--year' });
    }
    const versusArgument = args.string('versus');
    const versus = versusArgument ? (await loadScenario(versusArgument, context, { personsPerAgent })).scenario : undefined;
    if (versus && versusArgument) checkPairable(scenario, versus, versusArgument);
    const shard = shardOf(args);
    const out = await outputDirectory(args, scenarioArgument, context);
    const request: SensitivityCommandRequest = {
      method,
      spaces: spaces.map((s) => s.space),
      ...(spaces.some((s) => s.only) && { only: spaces.flatMap((s) => s.only ?? []) }),
      scenarioFile: scenarioArgument,
      ...(versusArgument && { versusFile: versusArgument, versusText: JSON.stringify(versus) }),
      overrides: loaded.overrides.map((o) => o.text),
      scenarioText: JSON.stringify(scenario),
      indicator,
      year,
      firstSeed: scenario.seed,
      seeds: args.number('seeds') ?? 1,
      samples: args.number('samples') ?? DEFAULT_SAMPLES[method],
      designSeed: args.number('design-seed') ?? 1,
    };
    return runAnalysis(sensitivityKind, { request, out, ...(shard && { shard }), workers: args.number('workers') }, context);
  },
};

/** The spaces to analyse and, with --parameters, each one's subset (a space left empty is dropped). */
function spacesOf(spaceText: string, parameters: string | undefined): { space: FactorSpace; only?: string[] }[] {
  const chosen: FactorSpace[] =
    spaceText === 'both' ? ['policy', 'assumptions'] : spaceText === 'policy' || spaceText === 'assumptions' ? [spaceText] : [];
  if (chosen.length === 0) throw new CliError(`takes policy, assumptions or both, got "${spaceText}"`, { where: '--space' });
  if (parameters === undefined) return chosen.map((space) => ({ space }));
  const ids = parameters
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const lists: Record<FactorSpace, string[]> = { policy: LEVERS.map((d) => d.id), assumptions: ASSUMPTIONS.map((d) => d.id) };
  for (const id of ids) {
    const space = chosen.find((s) => lists[s].includes(id));
    if (!space) {
      const guess = closestName(
        id,
        chosen.flatMap((s) => lists[s]),
      );
      throw new CliError(
        `"${id}" is not ${chosen.map((s) => (s === 'policy' ? 'a lever' : 'an assumption')).join(' or ')}${guess ? `; did you mean "${guess}"?` : ''}`,
        {
          where: '--parameters',
        },
      );
    }
  }
  return chosen.map((space) => ({ space, only: ids.filter((id) => lists[space].includes(id)) })).filter((s) => s.only.length > 0);
}
