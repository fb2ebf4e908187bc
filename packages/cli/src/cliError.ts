/** Exit codes of every command: documented in `sim --help` and the README. */
export const EXIT_OK = 0;
/** Something went wrong inside the simulator (a bug, a full disk): not the user's input. */
export const EXIT_FAILURE = 1;
/** Bad input: a missing or broken file, an unknown id, a value out of range, a bad flag. */
export const EXIT_BAD_INPUT = 2;
/** Stopped by Ctrl-C (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/**
 * Bad input from the user. `where` names the place (a file and line, a flag, a field) so the message
 * says what and where; main prints it and exits with code 2.
 */
export class CliError extends Error {
  readonly where: string | undefined;
  /** Show the "see --help" hint: for mistakes in the command line itself. */
  readonly showUsage: boolean;
  constructor(message: string, options: { where?: string; showUsage?: boolean } = {}) {
    super(message);
    this.name = 'CliError';
    this.where = options.where;
    this.showUsage = options.showUsage ?? false;
  }

  /** The line printed on stderr. */
  format(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message;
  }
}

/** Thrown when Ctrl-C stops a command; output in progress is discarded. */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}
