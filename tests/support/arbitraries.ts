import fc from 'fast-check';
import { ASSUMPTIONS, DRIVERS, EXPRESSION_FUNCTIONS, LEVERS, type ParameterDefinition } from '../../packages/engine/src/index.js';
import { V1_TO_V2_CHANGES } from '../../packages/engine/src/scenario/migrations/v1ToV2.js';

/**
 * Inputs for the property tests of everything that reads untrusted input: scenarios, schedules,
 * expressions, `--set` values and share links. Mostly near-valid, so the checks past the first
 * are reached, with the awkward cases mixed in (prototype keys, NaN, -0, huge numbers, wrong types).
 * Every property runs with this seed and a few thousand cases: failures replay exactly.
 */
export const PROPERTY_RUNS = { seed: 20260612, numRuns: 3000 } as const;

/** Keys that behave specially on plain objects, and the empty key. */
const AWKWARD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' '];

/** A parameter id: a real one most often, else awkward or random text. */
export function parameterId(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, fc.constantFrom(...AWKWARD_KEYS), fc.string({ maxLength: 30 }));
}

const LEVER_AND_DRIVER_IDS = [...LEVERS, ...DRIVERS].map((d) => d.id);
/** v1's assumptions that changed, with their v1 ranges (a v1 file may set them). */
const V1_ASSUMPTIONS: ParameterDefinition[] = V1_TO_V2_CHANGES.map((c) => ({ ...ASSUMPTIONS[0], id: c.id, ...c.before }));
const ASSUMPTION_IDS = [...ASSUMPTIONS, ...V1_ASSUMPTIONS].map((d) => d.id);

export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom(0, -0, 0.5, 1, 2, 1e308, -1e308, 5e-324, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

/** Expressions in `year` and `t`: from a grammar (to reach evaluation) or any text (to test parsing). */
export const expression: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: grammarExpression() },
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    'max()',
    'round(1, 100)',
    'sign(year, 2)',
    'pow(2)',
    'exp()',
    'log(0)',
    '1/0',
    'sqrt(-1)',
    'a = 1',
    'f(x) = x',
    '[1, 2]',
  ),
);

function grammarExpression(): fc.Arbitrary<string> {
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('year', 't', 'pi', 'e', '2021', '0', '1', '0.5', '1e3', 'true', 'nope'),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => String(x)),
      fc
        .tuple(
          tie('node'),
          fc.constantFrom('+', '-', '*', '/', '^', '%', ' mod ', '<', '<=', '==', '!=', ' and ', ' or ', ' xor '),
          tie('node'),
        )
        .map(([a, op, b]) => `${a}${op}${b}`),
      tie('node').map((a) => `(${a})`),
      tie('node').map((a) => `-${a}`),
      tie('node').map((a) => `not ${a}`),
      fc.tuple(tie('node'), tie('node'), tie('node')).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
      fc
        .tuple(fc.constantFrom(...EXPRESSION_FUNCTIONS, 'import', 'evaluate'), fc.array(tie('node'), { maxLength: 3 }))
        .map(([name, args]) => `${name}(${args.join(', ')})`),
    ),
  }));
  return node;
}

/** A list of [year, value] steps: usually well formed, sometimes not ordered. */
export const steps: fc.Arbitrary<Array<[number, number]>> = fc.array(fc.tuple(fc.integer({ min: 2000, max: 2110 }), anyNumber), {
  minLength: 1,
  maxLength: 6,
});

/** A lever's or driver's value as a scenario file may hold it (or not). */
export const scheduleValue: fc.Arbitrary<unknown> = fc.oneof(anyNumber, steps, expression, fc.jsonValue({ maxDepth: 2 }));

/** An object with these entries as its own properties, as JSON.parse makes them (a "__proto__" key included). */
export function objectOf<T>(entries: fc.Arbitrary<Array<[string, T]>>): fc.Arbitrary<Record<string, T>> {
  return entries.map((list) => Object.fromEntries(list));
}

function section(ids: readonly string[], value: fc.Arbitrary<unknown>) {
  return fc.oneof(
    { weight: 5, arbitrary: objectOf(fc.array(fc.tuple(parameterId(ids), value), { maxLength: 4 })) },
    fc.jsonValue({ maxDepth: 1 }),
  );
}

const scenarioFields = {
  description: fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 0 })),
  endYear: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 2019, max: 2026 }) }, fc.jsonValue({ maxDepth: 0 }), anyNumber),
  seed: fc.oneof(fc.integer({ min: -1, max: 2 ** 31 }), anyNumber),
  seeds: fc.oneof(fc.integer({ min: 0, max: 1001 }), anyNumber),
  personsPerAgent: anyNumber,
  levers: section(LEVER_AND_DRIVER_IDS, scheduleValue),
  drivers: section(LEVER_AND_DRIVER_IDS, scheduleValue),
  assumptions: section(ASSUMPTION_IDS, fc.oneof({ weight: 4, arbitrary: anyNumber }, fc.jsonValue({ maxDepth: 1 }))),
};

/** [id, value] of one of these parameters, the value within its range most of the time. */
function parameterEntry(definitions: readonly ParameterDefinition[], value: fc.Arbitrary<unknown>): fc.Arbitrary<[string, unknown]> {
  const inRange = fc
    .constantFrom(...definitions)
    .chain((d) =>
      fc.tuple(fc.constant(d.id), d.integer ? fc.integer({ min: d.min, max: d.max }) : fc.double({ min: d.min, max: d.max, noNaN: true })),
    );
  return fc.oneof({ weight: 3, arbitrary: inRange }, fc.tuple(parameterId(definitions.map((d) => d.id)), value));
}

/** A scenario of version 1 or 2 that is often valid: reaches the checks of every section and the migrations. */
export const nearValidScenario: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    schemaVersion: fc.constantFrom(1, 2),
    name: fc.string({ minLength: 1, maxLength: 20 }),
    description: fc.string({ maxLength: 20 }),
    endYear: fc.integer({ min: 2021, max: 2026 }),
    seed: fc.nat({ max: 1000 }),
    seeds: fc.integer({ min: 1, max: 20 }),
    personsPerAgent: fc.integer({ min: 100, max: 10000 }),
    levers: objectOf(fc.array(parameterEntry(LEVERS, scheduleValue), { maxLength: 3 })),
    drivers: objectOf(fc.array(parameterEntry(DRIVERS, scheduleValue), { maxLength: 3 })),
    assumptions: objectOf(fc.array(parameterEntry([...ASSUMPTIONS, ...V1_ASSUMPTIONS], anyNumber), { maxLength: 3 })),
  },
  { requiredKeys: ['schemaVersion', 'name'] },
);

/** Something shaped like a scenario, every field possibly missing or of any type, unknown fields too. */
export const scenarioLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    schemaVersion: fc.oneof(fc.constantFrom(1, 2), fc.jsonValue({ maxDepth: 0 }), anyNumber),
    name: fc.jsonValue({ maxDepth: 1 }),
    ...scenarioFields,
    extra: fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

/** Any value a parser of scenarios may be handed. */
export const scenarioInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: nearValidScenario },
  { weight: 2, arbitrary: scenarioLike },
  fc
    .tuple(nearValidScenario, fc.constantFrom(...AWKWARD_KEYS), fc.jsonValue({ maxDepth: 1 }))
    .map(([scenario, key, value]) => Object.fromEntries([...Object.entries(scenario), [key, value]])),
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything(),
);
