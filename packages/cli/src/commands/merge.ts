import { shardRange } from '@diaspora-sim/analysis';
import { ENGINE_VERSION } from '@diaspora-sim/engine';
import { shownPath } from '../analysis/commandFlow.js';
import { keptInOrder } from '../analysis/executeDesign.js';
import { MERGEABLE_KINDS } from '../analysis/kinds.js';
import { designHash, JOURNAL_FILE, journalText, type Manifest, RunDirectory } from '../analysis/runDirectory.js';
import { CliError } from '../cliError.js';
import { resolveUserPath } from '../paths.js';
import type { Command } from './command.js';

const USAGE = 'pnpm sim merge <part DIR> <part DIR>... --out DIR';

const HELP = `Usage: ${USAGE}

Joins the parts of a sweep, sensitivity analysis or ensemble run with --shard i/n (on one machine
or many: see docs/cluster.md) into one run directory with the same outputs, byte for byte, as a
run without shards. The parts must come from the same command and inputs (checked by the design
hash in each part's run.json), the same engine version, and together cover every task; a part
interrupted before it finished is refused (finish it with --resume first).

  <part DIR>...  the parts' run directories, in any order
  --out DIR      the merged run directory (must not exist or be empty)`;

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'join the parts of a sharded sweep, sensitivity analysis or ensemble into one result',
  help: () => HELP,
  async run(argv, context) {
    const { parts, out } = parseMergeArguments(argv);
    const directories: RunDirectory[] = [];
    for (const part of parts) directories.push(await RunDirectory.open(resolveUserPath(part, context.baseDirectory), part));
    const first = directories[0].manifest;
    const kind = MERGEABLE_KINDS[first.kind];
    if (!kind) throw new CliError(`a ${first.kind} run has no parts to merge`, { where: parts[0] });
    directories.forEach((directory, i) => {
      const m = directory.manifest;
      if (m.kind !== first.kind || m.designHash !== first.designHash) {
        throw new CliError(`is a part of another run (${m.kind} ${m.designHash}, not ${first.kind} ${first.designHash})`, {
          where: parts[i],
        });
      }
    });
    if (first.designHash !== designHash(first.kind, ENGINE_VERSION, first.request)) {
      throw new CliError(`the parts were made by engine ${first.engineVersion}; this is ${ENGINE_VERSION}`, { where: parts[0] });
    }
    const runtimes = new Set(directories.map((d) => d.manifest.runtime ?? 'unknown'));
    if (runtimes.size > 1) {
      context.stderr.write(
        `warning: the parts ran on different runtimes (${[...runtimes].join(', ')}); results may differ in the last digits from one run\n`,
      );
    }
    const results = new Map<string, Float64Array>();
    directories.forEach((directory, i) => {
      const shard = directory.manifest.shard;
      const { from, to } = shard ? shardRange(first.taskCount, shard) : { from: 0, to: first.taskCount };
      const missing = to - from - [...directory.results.keys()].filter((k) => Number(k) >= from && Number(k) < to).length;
      if (missing > 0)
        throw new CliError(`part is unfinished (${missing} of its ${to - from} runs missing); finish it with --resume`, {
          where: parts[i],
        });
      for (const [key, values] of directory.results) results.set(key, values);
    });
    const absent = Array.from({ length: first.taskCount }, (_, i) => i).filter((i) => !results.has(String(i)));
    if (absent.length > 0) {
      const shards = new Set(directories.map((d) => (d.manifest.shard ? `${d.manifest.shard.index}/${d.manifest.shard.count}` : 'all')));
      throw new CliError(
        `the parts given (${[...shards].join(', ')}) leave ${absent.length} of ${first.taskCount} runs uncovered; add the missing parts`,
        {
          where: 'sim merge',
        },
      );
    }
    const { shard: _shard, ...rest } = first;
    const manifest: Manifest = rest;
    const target = resolveUserPath(out, context.baseDirectory);
    const merged = await RunDirectory.create(target, manifest);
    await merged.writeOutput(JOURNAL_FILE, journalText(results));
    const design = kind.design(manifest.request);
    const kept = keptInOrder(results, first.taskCount);
    if (!kept) throw new Error('merged results are incomplete');
    await kind.writeOutputs(merged, design, kept);
    const shown = shownPath(target, context.baseDirectory);
    context.stdout.write(`Merged ${parts.length} parts (${first.taskCount} runs) of a ${first.kind} run.\n`);
    context.stdout.write(`Wrote ${kind.outputFiles.map((f) => `${shown}/${f}`).join(', ')}\n`);
    return 0;
  },
};

function parseMergeArguments(argv: readonly string[]): { parts: string[]; out: string } {
  const parts: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--out') {
      out = argv[++i];
      if (out === undefined) throw new CliError('--out needs a value (DIR)', { where: 'sim merge', showUsage: true });
    } else if (token.startsWith('--out=')) out = token.slice(6);
    else if (token.startsWith('-')) throw new CliError(`unknown option ${token}`, { where: 'sim merge', showUsage: true });
    else parts.push(token);
  }
  if (parts.length === 0) throw new CliError('give the part directories to merge', { where: 'sim merge', showUsage: true });
  if (!out) throw new CliError('--out DIR is required', { where: 'sim merge', showUsage: true });
  return { parts, out };
}
