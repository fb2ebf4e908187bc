import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { closestName } from '@diaspora-sim/engine';
import { wantsHelp } from './args.js';
import { removeUnfinishedOutputs } from './atomicOutput.js';
import { CliError, EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_INTERRUPTED, InterruptedError } from './cliError.js';
import type { CommandContext, OutputStream } from './commands/command.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { userDirectory } from './paths.js';

/** `pnpm sim <command> ...`: dispatches to the commands of commands/index.ts and maps errors to exit codes. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return `diaspora-sim: agent-based scenarios of the Uzbek diaspora in Kazakhstan and the Kazakh diaspora in Uzbekistan

Usage: pnpm sim <command> [arguments]   (pnpm sim <command> --help for its options)

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Units: money is nominal USD, flows are yearly rates (USD per year, persons per year), stocks are
persons (each agent stands for --persons-per-agent persons), shares are 0–1; one step is a quarter.

Exit codes: 0 done; 2 bad input (message says what and where; nothing written); 1 internal error;
130 interrupted (Ctrl-C): sim run writes nothing; ensemble, sweep, sensitivity and calibrate keep
the runs already finished in their output directory, to continue with --resume DIR.

Relative paths are taken from the directory you ran pnpm in (pnpm's INIT_CWD).`;
}

export interface MainIO {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly baseDirectory: string;
  readonly signal: AbortSignal;
  readonly now?: () => Date;
}

export async function main(argv: readonly string[], io: MainIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(`${mainHelp()}\n`);
    return EXIT_BAD_INPUT;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.stdout.write(`${mainHelp()}\n`);
    return 0;
  }
  const helpFor = name === 'help' ? rest[0] : undefined;
  const commandName = helpFor ?? name;
  const entry = findCommand(commandName);
  if (!entry) {
    const guess = closestName(
      commandName,
      COMMANDS.map((c) => c.name),
    );
    const hint = guess ? `; did you mean "${guess}"?` : `; commands: ${COMMANDS.map((c) => c.name).join(', ')}`;
    io.stderr.write(`error: sim: unknown command "${commandName}"${hint}\n(see: pnpm sim --help)\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const command = await entry.load();
    if (helpFor !== undefined || wantsHelp(rest)) {
      io.stdout.write(`${command.help()}\n`);
      return 0;
    }
    const context: CommandContext = {
      stdout: io.stdout,
      stderr: io.stderr,
      baseDirectory: io.baseDirectory,
      signal: io.signal,
      now: io.now ?? (() => new Date()),
    };
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`error: ${error.format()}\n`);
      if (error.showUsage) io.stderr.write(`(see: pnpm sim ${commandName} --help)\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof InterruptedError) {
      io.stderr.write('interrupted: nothing was written\n');
      return EXIT_INTERRUPTED;
    }
    io.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

/** Runs `main` on this process's arguments and streams, handling Ctrl-C; the exit code becomes the process's. */
export function runFromCommandLine(): void {
  const controller = new AbortController();
  let firstInterrupt = 0;
  // Partial output never outlives the process, however it ends (short of SIGKILL).
  process.on('exit', removeUnfinishedOutputs);
  process.on('SIGINT', () => {
    // One Ctrl-C may arrive twice (the terminal signals the whole process group and pnpm or tsx
    // relay it too): only a second press at least a second later quits at once.
    if (controller.signal.aborted) {
      if (Date.now() - firstInterrupt > 1000) process.exit(EXIT_INTERRUPTED);
      return;
    }
    firstInterrupt = Date.now();
    process.stderr.write('\nstopping after the current step (Ctrl-C again to quit at once)...\n');
    controller.abort();
  });
  main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    baseDirectory: userDirectory(),
    signal: controller.signal,
  }).then((code) => {
    process.exitCode = code;
  });
}

const entryPath = process.argv[1];
if (entryPath && import.meta.url === pathToFileURL(realpathSync(entryPath)).href) runFromCommandLine();
