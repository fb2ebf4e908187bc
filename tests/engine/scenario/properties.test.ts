import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  compileExpression,
  compileSchedule,
  createTimeline,
  DRIVERS,
  ExpressionError,
  LEVERS,
  migrateScenario,
  type ParseResult,
  parseScenario,
  parseScenarioText,
  resolveScenario,
  ScheduleError,
  type ScheduleValue,
} from '../../../packages/engine/src/index.js';
import { anyNumber, expression, PROPERTY_RUNS, scenarioInput, steps } from '../../support/arbitraries.js';

// Whatever it is handed, the one parser of untrusted input answers with a valid scenario or with
// issues that say where and what; never an exception, and never a NaN in a compiled schedule.

function isClearRefusal(result: ParseResult): boolean {
  return (
    !result.ok &&
    result.issues.length > 0 &&
    result.issues.every((i) => typeof i.path === 'string' && i.path.length > 0 && typeof i.message === 'string' && i.message.length > 0)
  );
}

const SECTIONS = ['levers', 'drivers', 'assumptions'] as const;

describe('parseScenario on any input (fast-check)', () => {
  it('gives a valid scenario that keeps every id it was given and parses again to itself, or a clear refusal', () => {
    fc.assert(
      fc.property(scenarioInput, (input) => {
        const result = parseScenario(input);
        if (!result.ok) return isClearRefusal(result);
        // Every parameter the (migrated) input sets is in the scenario: nothing silently dropped.
        const migrated = migrateScenario(input);
        if (!migrated.ok) return false;
        for (const key of SECTIONS) {
          const given = migrated.input[key];
          if (given !== undefined && Object.keys(given as object).length !== Object.keys(result.scenario[key]).length) return false;
        }
        // Saved as JSON (a file, a link) it reads back as itself (JSON has no -0, hence the text comparison).
        const text = JSON.stringify(result.scenario);
        const again = parseScenario(JSON.parse(text));
        if (!again.ok || again.notes.length > 0 || JSON.stringify(again.scenario) !== text) return false;
        // Every schedule compiles to finite values within its range.
        for (const values of resolveScenario(result.scenario).schedules.values()) if (!values.every(Number.isFinite)) return false;
        return true;
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads any text as JSON first: a refusal with the position of a syntax error, never an exception', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.json({ maxDepth: 3 }),
      scenarioInput.map((value) => JSON.stringify(value) ?? ''),
      scenarioInput.chain((value) => fc.nat({ max: 200 }).map((cut) => (JSON.stringify(value) ?? '').slice(0, cut))),
    );
    fc.assert(
      fc.property(text, (source) => {
        const result = parseScenarioText(source);
        return result.ok || isClearRefusal(result);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('schedules and expressions on any input (fast-check)', () => {
  const definition = fc.constantFrom(...LEVERS, ...DRIVERS);
  const value: fc.Arbitrary<ScheduleValue> = fc.oneof(anyNumber, steps, expression);

  it('compile to one finite value per quarter within the range (whole where required), or a ScheduleError with a message', () => {
    fc.assert(
      fc.property(definition, value, fc.integer({ min: 2021, max: 2030 }), (d, v, endYear) => {
        const timeline = createTimeline(2021, endYear, 4);
        let values: Float64Array;
        try {
          values = compileSchedule(d, v, timeline);
        } catch (error) {
          return error instanceof ScheduleError && error.message.length > 0;
        }
        return (
          values.length === timeline.steps &&
          values.every((x) => Number.isFinite(x) && x >= d.min && x <= d.max && (!d.integer || Number.isInteger(x)))
        );
      }),
      PROPERTY_RUNS,
    );
  });

  it('an expression compiles and evaluates to a number (never NaN), or refuses with an ExpressionError', () => {
    const at = fc.tuple(fc.double({ min: 2021, max: 2100, noNaN: true }), fc.nat({ max: 400 }));
    fc.assert(
      fc.property(expression, at, (source, [year, t]) => {
        try {
          const value = compileExpression(source)(year, t);
          return typeof value === 'number' && !Number.isNaN(value);
        } catch (error) {
          return error instanceof ExpressionError && error.message.length > 0;
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
