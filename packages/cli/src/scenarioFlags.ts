import type { FlagSpec, ParsedArgs } from './args.js';
import type { ScenarioOverrides } from './scenarioInput.js';

/**
 * The flags every command that reads a scenario file shares, defined once: what each takes is the
 * same everywhere; only what `--seeds` counts and what `--set` and `--persons-per-agent` apply to
 * differ, so each command words those in its help.
 */
export const SEED_FLAG: FlagSpec = {
  name: 'seed',
  type: 'integer',
  placeholder: 'S',
  min: 0,
  description: 'first seed (default: the scenario\'s "seed")',
};

export function seedsFlag(description: string, max?: number): FlagSpec {
  return { name: 'seeds', type: 'integer', placeholder: 'K', min: 1, ...(max !== undefined && { max }), description };
}

export function setFlag(description = 'override a parameter of the scenario, as sim run'): FlagSpec {
  return { name: 'set', type: 'string', placeholder: '<id>=<value>', repeatable: true, description };
}

export function personsPerAgentFlag(description: string): FlagSpec {
  return { name: 'persons-per-agent', type: 'number', placeholder: 'N', description };
}

/**
 * The scenario file's fields these flags replace (see loadScenario). `--seeds` replaces the file's
 * "seeds" only where it counts the scenario's seeds (not where it counts seeds per design point).
 */
export function scenarioOverrides(args: ParsedArgs, options: { seeds: boolean }): ScenarioOverrides {
  return {
    seed: args.number('seed'),
    ...(options.seeds && { seeds: args.number('seeds') }),
    personsPerAgent: args.number('persons-per-agent'),
    set: args.all('set'),
  };
}
