import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { fittedParameter, selectTargets, TargetsError } from '@diaspora-sim/analysis';
import { ENGINE_VERSION, findParameter, INDICATOR_TARGETS } from '@diaspora-sim/engine';
import { type CalibrateCommandRequest, runCalibration } from '../analysis/calibrationRun.js';
import { describeFlags, RESUME_FLAG, resumeArguments, shownPath, WORKERS_FLAG } from '../analysis/commandFlow.js';
import { designHash, RunDirectory } from '../analysis/runDirectory.js';
import { type CommandLineSpec, formatFlagList, formatUsage, parseArgs } from '../args.js';
import { CliError } from '../cliError.js';
import { parseJsonText } from '../jsonText.js';
import { resolveUserPath } from '../paths.js';
import { personsPerAgentFlag, SEED_FLAG, scenarioOverrides, seedsFlag, setFlag } from '../scenarioFlags.js';
import { loadScenario } from '../scenarioInput.js';
import type { Command } from './command.js';

export const CALIBRATE_SPEC: CommandLineSpec = {
  command: 'calibrate',
  positionals: [{ name: 'scenario.json', description: 'the scenario to calibrate (e.g. scenarios/baseline.json)' }],
  flags: [
    {
      name: 'targets',
      type: 'string',
      placeholder: 'FILE|project',
      description:
        'observed figures: a JSON file {"targets": [{"id", "year", "value", ...}]}, or\n"project" for the observed figures copied into the engine, as indicator values\n(packages/engine/src/data/indicatorTargets.ts)',
    },
    {
      name: 'target',
      type: 'string',
      placeholder: '<id>@<year>',
      repeatable: true,
      description: 'fit only these targets (default: every usable one: an indicator with one number\nfor a year of the run)',
    },
    {
      name: 'fit',
      type: 'string',
      placeholder: '<id>[=<min>:<max>]',
      repeatable: true,
      description: "an assumption or lever to fit, within its catalogue range or the one given;\nit starts from the scenario's value",
    },
    SEED_FLAG,
    seedsFlag('seeds per evaluation, the same every time (default 4)', 100),
    {
      name: 'max-evaluations',
      type: 'integer',
      placeholder: 'N',
      min: 3,
      description: 'evaluation budget (default 60 per fitted parameter)',
    },
    setFlag('override a parameter of the scenario first, as sim run'),
    personsPerAgentFlag('persons per agent (coarser is faster)'),
    WORKERS_FLAG,
    {
      name: 'out',
      type: 'string',
      placeholder: 'FILE',
      description: 'the fitted scenario file to write (required); the run directory is FILE without\n.json plus .calibration/',
    },
    RESUME_FLAG,
  ],
};

const DETAILS = `Method (docs/analysis.md): Nelder–Mead inside the parameters' ranges on a seed-paired objective, the
sum over targets of the squared relative error of the mean over seeds, with the same seeds at every
evaluation (common random numbers), so that the objective changes only through the parameters.

Writes the fitted scenario (the input with the fitted values and a note in its description), and in
the run directory report.csv (indicator,year,target,simulated,relative_error), fit.json, and the
journal of every run (run.json, tasks.jsonl): Ctrl-C keeps them, --resume DIR replays and goes on.`;

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: 'fit assumptions (or levers) to observed targets and write the fitted scenario',
  help: () =>
    `Usage: ${formatUsage(CALIBRATE_SPEC)}\n\n${formatFlagList({ ...CALIBRATE_SPEC, flags: describeFlags(CALIBRATE_SPEC.flags) })}\n\n${DETAILS}`,
  async run(argv, context) {
    const resume = resumeArguments(argv, 'calibrate');
    if (resume) {
      const path = resolveUserPath(resume.string('resume') as string, context.baseDirectory);
      const directory = await RunDirectory.open(path);
      if (directory.manifest.kind !== 'calibrate')
        throw new CliError(`holds a ${directory.manifest.kind} run, not a calibration`, { where: '--resume' });
      if (directory.manifest.designHash !== designHash('calibrate', ENGINE_VERSION, directory.manifest.request)) {
        throw new CliError(`was started by engine ${directory.manifest.engineVersion}; this is ${ENGINE_VERSION}`, { where: '--resume' });
      }
      return runCalibration(directory as RunDirectory<CalibrateCommandRequest>, context, resume.number('workers'));
    }
    const args = parseArgs(argv, CALIBRATE_SPEC);
    const targetsArgument = args.string('targets');
    if (!targetsArgument) throw new CliError('--targets <file> is required', { where: 'sim calibrate', showUsage: true });
    const outArgument = args.string('out');
    if (!outArgument) throw new CliError('--out <fitted.json> is required', { where: 'sim calibrate', showUsage: true });
    const fits = args.all('fit');
    if (fits.length === 0) throw new CliError('give at least one --fit <id>', { where: 'sim calibrate', showUsage: true });
    const scenarioArgument = args.positionals[0];
    const loaded = await loadScenario(scenarioArgument, context, scenarioOverrides(args, { seeds: false }));
    const { scenario } = loaded;
    const targetsJson =
      targetsArgument === 'project' ? { targets: INDICATOR_TARGETS } : await readTargetsFile(targetsArgument, context.baseDirectory);
    let targets: ReturnType<typeof selectTargets>;
    try {
      const only = args.all('target');
      targets = selectTargets(targetsJson, { first: scenario.startYear, last: scenario.endYear }, only.length ? only : undefined);
    } catch (error) {
      if (error instanceof TargetsError) throw new CliError(error.message, { where: targetsArgument });
      throw error;
    }
    const parameters = fits.map((text) => parameterOf(text, scenario));
    const fittedFile = resolveUserPath(outArgument, context.baseDirectory);
    const directoryPath = join(dirname(fittedFile), `${basename(fittedFile, extname(fittedFile))}.calibration`);
    const request: CalibrateCommandRequest = {
      scenarioFile: scenarioArgument,
      targetsFile: targetsArgument,
      overrides: loaded.overrides.map((o) => o.text),
      fittedFile,
      scenarioText: JSON.stringify(scenario),
      parameters,
      targets: targets.targets,
      firstSeed: scenario.seed,
      seeds: args.number('seeds') ?? 4,
      ...(args.number('max-evaluations') !== undefined && { maxEvaluations: args.number('max-evaluations') }),
    };
    if (targets.skipped.length > 0) {
      context.stderr.write(
        `note: ${targets.skipped.length} entries of ${targetsArgument} are not fitted (e.g. ${targets.skipped[0].id}@${targets.skipped[0].year}: ${targets.skipped[0].reason})\n`,
      );
    }
    const directory = await RunDirectory.create(
      directoryPath,
      {
        format: 'diaspora-sim analysis',
        formatVersion: 1,
        kind: 'calibrate',
        engineVersion: ENGINE_VERSION,
        designHash: designHash('calibrate', ENGINE_VERSION, request),
        taskCount: 0,
        request,
      },
      `--out (its run directory ${shownPath(directoryPath, context.baseDirectory)})`,
    );
    return runCalibration(directory, context, args.number('workers'));
  },
};

async function readTargetsFile(argument: string, baseDirectory: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolveUserPath(argument, baseDirectory), 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the targets file: ${(error as Error).message}`, { where: argument });
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    throw new CliError(`not valid JSON: ${parsed.error.message}`, { where: `${argument}:${parsed.error.line}:${parsed.error.column}` });
  return parsed.value;
}

/** `<id>` or `<id>=<min>:<max>`, starting from the scenario's own value (a scheduled lever starts at its default). */
function parameterOf(text: string, scenario: { levers: Record<string, unknown>; assumptions: Record<string, number> }) {
  const match = /^([^=]+?)(?:=([^:]+):([^:]+))?$/.exec(text.trim());
  if (!match) throw new CliError('expected <id> or <id>=<min>:<max>', { where: `--fit ${text}` });
  const [, id, min, max] = match;
  const found = findParameter(id);
  const current = found?.kind === 'assumption' ? scenario.assumptions[id] : scenario.levers[id];
  const start = typeof current === 'number' ? current : (found?.definition.default ?? 0);
  try {
    return fittedParameter(id, start, min === undefined ? undefined : { min: Number(min), max: Number(max) });
  } catch (error) {
    throw new CliError((error as Error).message, { where: `--fit ${text}` });
  }
}
