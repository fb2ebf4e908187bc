import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { CliError } from '../../packages/cli/src/cliError.js';
import { parseSetFlag } from '../../packages/cli/src/overrides.js';
import { loadScenario } from '../../packages/cli/src/scenarioInput.js';
import { ASSUMPTIONS, DRIVERS, LEVERS } from '../../packages/engine/src/index.js';
import { anyNumber, expression, PROPERTY_RUNS, parameterId, steps } from '../support/arbitraries.js';
import { SCENARIOS } from './support/runCli.js';

// Any `--set` text gives an override of the right kind or the command line's own error (exit code 2),
// never another exception; and a scenario loaded with overrides holds every one of them.

const ID = parameterId([...LEVERS, ...DRIVERS, ...ASSUMPTIONS].map((d) => d.id));
const VALUE_TEXT = fc.oneof(
  anyNumber.map(String),
  fc.constantFrom('1e999', '-0', '+.5', '5.', '0x10', '1_000', ' 2 ', ''),
  steps.map((list) => JSON.stringify(list)),
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 12 }).map((text) => `[${text}`),
  expression,
);
const SET_TEXT = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(ID, fc.constantFrom('=', ' = ', '=='), VALUE_TEXT).map(([id, eq, value]) => `${id}${eq}${value}`) },
  fc.string({ maxLength: 40 }),
);

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'sim-set-properties-'));
  await copyFile(join(SCENARIOS, 'baseline.json'), join(directory, 'baseline.json'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const isCliError = (error: unknown) => error instanceof CliError && error.format().length > 0;

describe('--set <id>=<value> on any text (fast-check)', () => {
  it('reads an override of the kind its section takes, or refuses with a CliError', () => {
    fc.assert(
      fc.property(SET_TEXT, (text) => {
        try {
          const override = parseSetFlag(text);
          const kind = Array.isArray(override.value) ? 'list' : typeof override.value;
          return (
            override.id.length > 0 && (override.section === 'assumptions' ? kind === 'number' : ['number', 'list', 'string'].includes(kind))
          );
        } catch (error) {
          return isCliError(error);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('loads the scenario with every override in place, or stops with a CliError', async () => {
    const context = { baseDirectory: directory, stderr: { write: () => true } };
    await fc.assert(
      fc.asyncProperty(fc.array(SET_TEXT, { minLength: 1, maxLength: 3 }), async (set) => {
        try {
          const loaded = await loadScenario('baseline.json', context, { set });
          return loaded.overrides.every((o) => Object.hasOwn(loaded.scenario[o.section], o.id));
        } catch (error) {
          return isCliError(error);
        }
      }),
      { ...PROPERTY_RUNS, numRuns: 2000 },
    );
  });
});
