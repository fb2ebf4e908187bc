import { open, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import {
  prettyJson,
  regionsHeader,
  regionsRows,
  reproducibilityStamp,
  seriesHeader,
  seriesRows,
  YearlySummaryCollector,
} from '@diaspora-sim/analysis';
import { ENGINE_VERSION, INDICATOR_IDS, INDICATORS, resolveScenario } from '@diaspora-sim/engine';
import { type CommandLineSpec, formatFlagList, formatUsage, parseArgs } from '../args.js';
import { checkOutputTarget, createAtomicOutput } from '../atomicOutput.js';
import { defaultOutputDirectory } from '../defaultOutput.js';
import { formatKeyTable } from '../keyTable.js';
import { resolveUserPath } from '../paths.js';
import { createProgress } from '../progress.js';
import { runSeeds, seedList } from '../runSeeds.js';
import { personsPerAgentFlag, SEED_FLAG, scenarioOverrides, seedsFlag, setFlag } from '../scenarioFlags.js';
import { loadScenario } from '../scenarioInput.js';
import type { Command } from './command.js';
import { RUN_HELP_DETAILS } from './runHelp.js';

export const RUN_OUTPUT_FILES = ['series.csv', 'regions.csv', 'summary.json'] as const;

export const RUN_SPEC: CommandLineSpec = {
  command: 'run',
  positionals: [{ name: 'scenario.json', description: 'scenario file (e.g. scenarios/baseline.json)' }],
  flags: [
    SEED_FLAG,
    seedsFlag('number of seeds: runs S, S+1, …, S+K−1 (default: the file\'s "seeds")'),
    setFlag(
      'override a lever, driver or assumption; the value is a number, a JSON list of\n[year, value] steps, or an expression in year and t (repeatable)',
    ),
    personsPerAgentFlag('persons each agent stands for (default: the file\'s "personsPerAgent";\nlarger is coarser and faster)'),
    { name: 'out', type: 'string', placeholder: 'DIR', description: 'output directory (default: out/<scenario>-<date>-<time>)' },
  ],
};

export const runCommand: Command = {
  name: 'run',
  summary: 'run a scenario file for one or more seeds; write series.csv, regions.csv and summary.json',
  help: () =>
    `Usage: ${formatUsage(RUN_SPEC)}\n\nRuns a scenario for seeds S..S+K-1 and writes the results.\n\n${formatFlagList(RUN_SPEC)}\n\n${RUN_HELP_DETAILS}`,
  async run(argv, context) {
    const args = parseArgs(argv, RUN_SPEC);
    const scenarioArgument = args.positionals[0];
    const loaded = await loadScenario(scenarioArgument, context, scenarioOverrides(args, { seeds: true }));
    const { scenario } = loaded;
    const resolved = resolveScenario(scenario);
    const seeds = seedList(scenario.seed, scenario.seeds);
    const outArgument = args.string('out');
    const target = outArgument
      ? resolveUserPath(outArgument, context.baseDirectory)
      : await defaultOutputDirectory(scenarioArgument, context.baseDirectory, context.now());
    await checkOutputTarget(target, RUN_OUTPUT_FILES);

    const collector = new YearlySummaryCollector(INDICATORS);
    const progress = createProgress({ label: 'sim run', total: seeds.length * resolved.timeline.steps, stream: context.stderr });
    const output = await createAtomicOutput(target);
    try {
      const series = await open(output.path('series.csv'), 'w');
      const regions = await open(output.path('regions.csv'), 'w');
      try {
        await series.write(seriesHeader(INDICATOR_IDS));
        await regions.write(regionsHeader());
        await runSeeds(resolved, seeds, {
          signal: context.signal,
          onProgress: (done, total, k) => progress.update(done, `seed ${k + 1} of ${total / resolved.timeline.steps}`),
          onSeed: async (result) => {
            await series.write(seriesRows(result));
            await regions.write(regionsRows(result));
            collector.add(result);
          },
        });
      } finally {
        await series.close();
        await regions.close();
      }
      const summary = {
        command: 'run',
        engineVersion: ENGINE_VERSION,
        scenarioFile: scenarioArgument,
        overrides: loaded.overrides.map((o) => o.text),
        seeds,
        scenario,
        stamp: reproducibilityStamp(scenario),
        ...collector.summary(),
      };
      await writeFile(output.path('summary.json'), `${prettyJson(summary)}\n`);
      await output.commit();
    } catch (error) {
      await output.abort();
      throw error;
    } finally {
      progress.finish();
    }

    const shown = outArgument ?? relative(context.baseDirectory, target);
    const seedText = seeds.length === 1 ? `seed ${seeds[0]}` : `${seeds.length} seeds (${seeds[0]}–${seeds.at(-1)})`;
    context.stdout.write(
      `${scenario.name}\n${seedText}, ${scenario.personsPerAgent} persons per agent; mean over seeds by calendar year\n\n`,
    );
    context.stdout.write(`${formatKeyTable(collector, INDICATOR_IDS)}\n\n`);
    context.stdout.write(
      `Wrote ${shown}/series.csv (quarterly, every indicator and seed), ${shown}/regions.csv (quarterly, by region) and ${shown}/summary.json (yearly mean, p5, p50, p95)\n`,
    );
    return 0;
  },
};
