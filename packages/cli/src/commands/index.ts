import type { Command } from './command.js';

/**
 * The subcommands of `pnpm sim`. Each entry loads its module only when used, so `pnpm sim --help`
 * stays fast. To add a command: write commands/<name>.ts exporting a Command and add one line here.
 */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'run',
    summary: 'run a scenario file for one or more seeds; write series.csv and summary.json',
    load: async () => (await import('./run.js')).runCommand,
  },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
