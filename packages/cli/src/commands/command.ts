/** What every subcommand of `pnpm sim` implements; main.ts finds them through commands/index.ts. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface CommandContext {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** The directory the user ran the command from (INIT_CWD under pnpm): relative paths start here. */
  readonly baseDirectory: string;
  /** Aborted on Ctrl-C: a command stops at the next safe point, discards partial output and throws InterruptedError. */
  readonly signal: AbortSignal;
  /** The clock (injected so tests can fix timestamps in default output names). */
  readonly now: () => Date;
}

export interface Command {
  readonly name: string;
  /** One line for `pnpm sim --help`. */
  readonly summary: string;
  /** The full text of `pnpm sim <name> --help`. */
  help(): string;
  /** Returns the exit code; throws CliError for bad input (exit 2). */
  run(argv: readonly string[], context: CommandContext): Promise<number>;
}
