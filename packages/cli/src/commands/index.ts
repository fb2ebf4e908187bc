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
  {
    name: 'ensemble',
    summary: 'paired ensemble of a scenario against a baseline',
    load: async () => (await import('./ensemble.js')).ensembleCommand,
  },
  {
    name: 'sweep',
    summary: 'sweep one or two levers or assumptions, each point a paired ensemble',
    load: async () => (await import('./sweep.js')).sweepCommand,
  },
  {
    name: 'sensitivity',
    summary: 'Morris or Sobol sensitivity of an indicator in a year',
    load: async () => (await import('./sensitivity.js')).sensitivityCommand,
  },
  {
    name: 'merge',
    summary: 'join the parts of a sharded sweep, sensitivity analysis or ensemble',
    load: async () => (await import('./merge.js')).mergeCommand,
  },
  {
    name: 'calibrate',
    summary: 'fit assumptions to observed targets; write the fitted scenario',
    load: async () => (await import('./calibrate.js')).calibrateCommand,
  },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
