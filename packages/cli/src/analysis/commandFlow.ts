import { isAbsolute, relative } from 'node:path';
import { parseShard, type ShardSpec } from '@diaspora-sim/analysis';
import { ENGINE_VERSION } from '@diaspora-sim/engine';
import { type FlagSpec, type ParsedArgs, parseArgs } from '../args.js';
import { CliError, EXIT_FAILURE, EXIT_INTERRUPTED } from '../cliError.js';
import type { CommandContext } from '../commands/command.js';
import { defaultOutputDirectory } from '../defaultOutput.js';
import { resolveUserPath } from '../paths.js';
import { defaultWorkerCount } from '../pool/createNodeWorkerPool.js';
import type { AnalysisKind, DesignOf } from './analysisKind.js';
import { type ExecuteOptions, executeDesign, keptInOrder } from './executeDesign.js';
import { designHash, type Manifest, RunDirectory } from './runDirectory.js';

/** A path as the user would type it: relative below their directory, absolute elsewhere. */
export function shownPath(path: string, baseDirectory: string): string {
  const inside = relative(baseDirectory, path);
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/** Flags every long analysis command shares. */
export const WORKERS_FLAG: FlagSpec = {
  name: 'workers',
  type: 'integer',
  placeholder: 'N',
  min: 1,
  max: 256,
  description: 'worker threads running seeds in parallel (default: every core, here %CORES%)',
};
export const RESUME_FLAG: FlagSpec = {
  name: 'resume',
  type: 'string',
  placeholder: 'DIR',
  description: 'continue an interrupted run from its directory (takes no other input but --workers)',
};
export const SHARD_FLAG: FlagSpec = {
  name: 'shard',
  type: 'string',
  placeholder: 'i/n',
  description: 'run only the i-th of n equal parts of the design (1-based); join the parts with `pnpm sim merge`',
};
export const OUT_FLAG: FlagSpec = {
  name: 'out',
  type: 'string',
  placeholder: 'DIR',
  description: 'run directory (default: out/<scenario>-<date>-<time>)',
};

export function describeFlags(flags: readonly FlagSpec[]): FlagSpec[] {
  return flags.map((f) => ({ ...f, description: f.description.replace('%CORES%', String(defaultWorkerCount())) }));
}

/** `--resume DIR [--workers N]`: parsed apart, since a resumed run takes its inputs from DIR/run.json. */
export function resumeArguments(argv: readonly string[], command: string): ParsedArgs | undefined {
  if (!argv.some((a) => a === '--resume' || a.startsWith('--resume='))) return undefined;
  return parseArgs(argv, { command: `${command} --resume`, positionals: [], flags: [RESUME_FLAG, WORKERS_FLAG] });
}

export function shardOf(args: ParsedArgs): ShardSpec | undefined {
  const text = args.string('shard');
  if (text === undefined) return undefined;
  try {
    return parseShard(text);
  } catch (error) {
    throw new CliError((error as Error).message, { where: '--shard' });
  }
}

export async function outputDirectory(args: ParsedArgs, scenarioArgument: string, context: CommandContext): Promise<string> {
  const out = args.string('out');
  return out ? resolveUserPath(out, context.baseDirectory) : defaultOutputDirectory(scenarioArgument, context.baseDirectory, context.now());
}

export type RunPlan<Request> =
  | { readonly resume: string; readonly workers?: number }
  | { readonly request: Request; readonly out: string; readonly shard?: ShardSpec; readonly workers?: number };

/**
 * The life of an analysis command after its input is validated: create (or reopen) the run
 * directory, run what is missing, and write the outputs once every task is in.
 */
export async function runAnalysis<Request, Design extends DesignOf>(
  kind: AnalysisKind<Request, Design>,
  plan: RunPlan<Request>,
  context: CommandContext,
  options: Pick<ExecuteOptions, 'createPool'> = {},
): Promise<number> {
  let directory: RunDirectory<Request>;
  if ('resume' in plan) {
    const path = resolveUserPath(plan.resume, context.baseDirectory);
    const opened = await RunDirectory.open(path);
    if (opened.manifest.kind !== kind.kind) {
      throw new CliError(`${plan.resume} holds a ${opened.manifest.kind} run; resume it with pnpm sim ${opened.manifest.kind}`, {
        where: '--resume',
      });
    }
    if (opened.manifest.designHash !== designHash(kind.kind, ENGINE_VERSION, opened.manifest.request)) {
      throw new CliError(
        `${plan.resume} was started by engine ${opened.manifest.engineVersion}; this is ${ENGINE_VERSION}, whose runs would not match`,
        { where: '--resume' },
      );
    }
    directory = opened as RunDirectory<Request>;
  } else {
    const design = kind.design(plan.request);
    const manifest: Manifest<Request> = {
      format: 'diaspora-sim analysis',
      formatVersion: 1,
      kind: kind.kind,
      engineVersion: ENGINE_VERSION,
      runtime: `node ${process.version}`,
      designHash: designHash(kind.kind, ENGINE_VERSION, plan.request),
      taskCount: design.tasks.length,
      ...(plan.shard && plan.shard.count > 1 && { shard: plan.shard }),
      request: plan.request,
    };
    directory = await RunDirectory.create(plan.out, manifest);
  }
  const shown = shownPath(directory.path, context.baseDirectory);
  const design = kind.design(directory.manifest.request);
  const outcome = await executeDesign(kind, directory, design, {
    workers: plan.workers ?? defaultWorkerCount(),
    signal: context.signal,
    stderr: context.stderr,
    label: `sim ${kind.kind}`,
    ...options,
  });
  if (outcome.status === 'interrupted') {
    context.stderr.write(
      `interrupted: ${outcome.done} of ${outcome.total} runs are kept in ${shown}; continue with: pnpm sim ${kind.kind} --resume ${shown}\n`,
    );
    return EXIT_INTERRUPTED;
  }
  if (outcome.status === 'failed') {
    const first = outcome.failures[0];
    context.stderr.write(
      `error: ${outcome.failures.length} runs failed twice (first: task ${first.index}: ${first.error.message}); the others are kept in ${shown}; retry them with: pnpm sim ${kind.kind} --resume ${shown}\n`,
    );
    return EXIT_FAILURE;
  }
  const shard = directory.manifest.shard;
  if (shard) {
    context.stdout.write(
      `Part ${shard.index} of ${shard.count} complete in ${shown} (${directory.results.size} runs). Join the parts with: pnpm sim merge <part directories...> --out DIR\n`,
    );
    return 0;
  }
  const kept = keptInOrder(directory.results, design.tasks.length);
  if (!kept) throw new Error('the journal is incomplete after every task ran');
  await kind.writeOutputs(directory, design, kept);
  context.stdout.write(`${kind.report(design, kept, directory.manifest.request)}\n\n`);
  context.stdout.write(`Wrote ${kind.outputFiles.map((f) => `${shown}/${f}`).join(', ')} (run.json and tasks.jsonl record the run)\n`);
  return 0;
}
