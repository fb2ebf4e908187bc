import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  findParameter,
  parseScenario,
  resolveScenario,
  SCHEMA_VERSION,
  type Scenario,
} from '../../../packages/engine/src/index.js';

const MINIMAL = { schemaVersion: SCHEMA_VERSION, name: 'test' };

function valid(input: object): Scenario {
  const parsed = parseScenario({ ...MINIMAL, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

function issues(input: unknown): string[] {
  const parsed = parseScenario(input);
  if (parsed.ok) throw new Error('expected the scenario to be refused');
  return parsed.issues.map((i) => `${i.path}: ${i.message}`);
}

/** A lever's value at the quarter starting at `year`. */
function valueAt(scenario: Scenario, id: string, year: number): number {
  const resolved = resolveScenario(scenario);
  return resolved.schedules.get(id)![Math.round((year - 2021) * 4)];
}

describe('scenario schema: the file as a whole', () => {
  it('fills defaults: 2021–2045 by quarters, seed 1, 8 seeds, empty sections', () => {
    expect(valid({})).toMatchObject({
      startYear: 2021,
      endYear: 2045,
      stepsPerYear: 4,
      seed: 1,
      seeds: 8,
      levers: {},
      drivers: {},
      assumptions: {},
    });
  });

  it('refuses a missing, unknown or newer schema version with a message saying what to do', () => {
    expect(issues({ name: 'x' })).toEqual([
      `schemaVersion: missing; this version of diaspora-sim reads schema versions 1 to ${SCHEMA_VERSION} (older ones through migrations)`,
    ]);
    expect(issues({ ...MINIMAL, schemaVersion: SCHEMA_VERSION + 1 })[0]).toMatch(/newer than this diaspora-sim reads.*update diaspora-sim/);
    expect(issues({ ...MINIMAL, schemaVersion: 0 })[0]).toMatch(/schema version 0 is not supported/);
    expect(issues({ ...MINIMAL, schemaVersion: 1.5 })[0]).toMatch(/schema version 1\.5 is not supported/);
    expect(issues({ ...MINIMAL, schemaVersion: '2' })).toEqual(['schemaVersion: must be a number']);
    expect(issues([1, 2])).toEqual(['(file): a scenario must be a JSON object']);
  });

  it('refuses unknown top-level fields and out-of-range run settings', () => {
    expect(issues({ ...MINIMAL, sedes: 3 }).join()).toContain('sedes');
    expect(issues({ ...MINIMAL, seeds: 0 })[0]).toMatch(/^seeds: /);
    expect(issues({ ...MINIMAL, seed: 1.5 })[0]).toMatch(/^seed: /);
    expect(issues({ ...MINIMAL, personsPerAgent: 0.5 })[0]).toMatch(/^personsPerAgent: /);
    expect(issues({ ...MINIMAL, startYear: 2020 })[0]).toMatch(/^startYear: /);
  });
});

describe('scenario schema: levers, drivers and assumptions', () => {
  it('refuses unknown ids in every section and suggests the nearest', () => {
    expect(issues({ ...MINIMAL, levers: { 'uz_in_kz.anti_discrimnation': 0.5 } })).toEqual([
      'levers["uz_in_kz.anti_discrimnation"]: unknown lever id "uz_in_kz.anti_discrimnation"; did you mean "uz_in_kz.anti_discrimination"?',
    ]);
    expect(issues({ ...MINIMAL, drivers: { 'kz.gdp_grwth_pct': 5 } })[0]).toContain('did you mean "kz.gdp_growth_pct"?');
    expect(issues({ ...MINIMAL, levers: { 'kz.gdp_growth_pct': 5 } })[0]).toContain('unknown lever id "kz.gdp_growth_pct"');
    expect(issues({ ...MINIMAL, levers: { completely_unrelated_thing: 1 } })).toEqual([
      'levers.completely_unrelated_thing: unknown lever id "completely_unrelated_thing"',
    ]);
  });

  it('holds each [year, value] step from the start of its year until the next; before the first, the default', () => {
    const scenario = valid({
      levers: {
        'trade.border_delay_days': [
          [2026, 1],
          [2030, 0.5],
        ],
      },
    });
    const defaultDelay = findParameter('trade.border_delay_days')!.definition.default;
    expect(valueAt(scenario, 'trade.border_delay_days', 2021)).toBe(defaultDelay);
    expect(valueAt(scenario, 'trade.border_delay_days', 2025.75)).toBe(defaultDelay);
    expect(valueAt(scenario, 'trade.border_delay_days', 2026)).toBe(1);
    expect(valueAt(scenario, 'trade.border_delay_days', 2029.75)).toBe(1);
    expect(valueAt(scenario, 'trade.border_delay_days', 2030)).toBe(0.5);
    expect(valueAt(scenario, 'trade.border_delay_days', 2045.75)).toBe(0.5);
  });

  it('evaluates an expression at the start of every quarter, for levers and drivers alike', () => {
    const scenario = valid({
      levers: { 'kz_to_uz.remittance_cost_pct': 'max(0.5, 2 - 0.1*(year-2021))' },
      drivers: { 'kz.gdp_growth_pct': 't < 4 ? -2 : 5' },
    });
    expect(valueAt(scenario, 'kz_to_uz.remittance_cost_pct', 2021)).toBe(2);
    expect(valueAt(scenario, 'kz_to_uz.remittance_cost_pct', 2026.5)).toBeCloseTo(1.45, 12);
    expect(valueAt(scenario, 'kz_to_uz.remittance_cost_pct', 2040)).toBe(0.5);
    expect(valueAt(scenario, 'kz.gdp_growth_pct', 2021.75)).toBe(-2);
    expect(valueAt(scenario, 'kz.gdp_growth_pct', 2022)).toBe(5);
  });

  it('catches an out-of-range value at the year it occurs, whatever form the value takes', () => {
    expect(issues({ ...MINIMAL, levers: { 'kz_to_uz.remittance_cost_pct': 16 } })[0]).toContain(
      'value 16 at year 2021 is outside the range 0 to 15',
    );
    expect(
      issues({
        ...MINIMAL,
        levers: {
          'kz_to_uz.remittance_cost_pct': [
            [2021, 2],
            [2030, 20],
          ],
        },
      })[0],
    ).toContain('value 20 at year 2030 is outside the range 0 to 15');
    // The expression dips below zero in the second quarter of 2041.
    expect(issues({ ...MINIMAL, levers: { 'kz_to_uz.remittance_cost_pct': '2 - 0.1*(year-2021)' } })[0]).toMatch(
      /value -0\.02\d* at year 2041\.25 is outside/,
    );
    // The same expression is fine on a horizon that ends before then.
    expect(valid({ endYear: 2040, levers: { 'kz_to_uz.remittance_cost_pct': '2 - 0.1*(year-2021)' } }).endYear).toBe(2040);
  });

  it('refuses fractions for whole-number levers, unordered steps and malformed values', () => {
    expect(issues({ ...MINIMAL, levers: { 'trade.cooperation_zone': 0.5 } })[0]).toContain('value 0.5 at year 2021 must be a whole number');
    expect(
      issues({
        ...MINIMAL,
        levers: {
          'trade.border_delay_days': [
            [2030, 1],
            [2026, 2],
          ],
        },
      })[0],
    ).toContain('step years must increase: 2026 comes after 2030');
    const shape = 'expected a number, a list of [year, value] steps with whole-number years, or an expression in year and t';
    expect(issues({ ...MINIMAL, levers: { 'trade.border_delay_days': [[2026.5, 1]] } })).toEqual([
      `levers["trade.border_delay_days"]: ${shape}`,
    ]);
    expect(issues({ ...MINIMAL, levers: { 'trade.border_delay_days': true } })).toEqual([`levers["trade.border_delay_days"]: ${shape}`]);
    expect(issues({ ...MINIMAL, levers: { 'trade.border_delay_days': [] } })[0]).toMatch(/^levers\["trade.border_delay_days"\]: /);
  });

  // Found by the property tests: each of these threw (a RangeError, a TypeError) out of parseScenario,
  // or, for "__proto__", passed without a word.
  it('refuses, as issues, schedules beside an invalid horizon, a failing expression and a "__proto__" id', () => {
    expect(issues({ ...MINIMAL, endYear: 2019, levers: { 'trade.border_delay_days': 1 } })).toEqual([
      'endYear: Too small: expected number to be >=2021',
    ]);
    expect(issues({ ...MINIMAL, levers: { 'trade.border_delay_days': 'max()' } })[0]).toContain(
      'lever "trade.border_delay_days": expression cannot evaluate: Too few arguments in function max',
    );
    expect(issues({ ...MINIMAL, levers: JSON.parse('{"__proto__": [[2026, 1]]}') })).toEqual([
      'levers["__proto__"]: unknown lever id "__proto__"',
    ]);
  });

  it('names the lever and the position of a bad expression', () => {
    expect(issues({ ...MINIMAL, levers: { 'trade.border_delay_days': '2 + foo' } })).toEqual([
      'levers["trade.border_delay_days"]: lever "trade.border_delay_days": bad expression: unknown name "foo": use year, t, pi or e (at character 5)',
    ]);
  });

  it('takes one number per assumption, within its range', () => {
    expect(ASSUMPTIONS.length).toBeGreaterThan(0);
    const assumption = ASSUMPTIONS[0];
    expect(valid({ assumptions: { [assumption.id]: assumption.min } }).assumptions[assumption.id]).toBe(assumption.min);
    expect(issues({ ...MINIMAL, assumptions: { [assumption.id]: assumption.max + 1 } })[0]).toContain(
      `is outside the range ${assumption.min} to ${assumption.max}`,
    );
    expect(issues({ ...MINIMAL, assumptions: { [assumption.id]: 'year' } })[0]).toMatch(/^assumptions\[/);
  });
});
