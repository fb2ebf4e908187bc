import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIGITS, GOLDEN_RUNS, goldenRun } from './golden.js';

// The recorded values (tests/engine/core/golden.ts says when and how to record them again).
const recorded: Record<string, Record<string, Record<string, number>>> = JSON.parse(
  readFileSync(new URL('./fixtures/golden.json', import.meta.url), 'utf8'),
);
// Two units in the last recorded digit: a value on a rounding edge may flip by one after a change in
// the last bits of a sum, which is not a change of the model.
const TOLERANCE = 2 * 10 ** (1 - GOLDEN_DIGITS);

describe('golden runs', () => {
  it.each(GOLDEN_RUNS.map((r) => [`${r.scenario} seed ${r.seed}`, r.scenario, r.seed] as const))(
    '%s gives the recorded calendar-year values of every indicator',
    (name, scenario, seed) => {
      const expected = recorded[name];
      expect(expected, `no recording for ${name}: pnpm golden:record`).toBeDefined();
      const actual = goldenRun(scenario, seed);
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      const moved: string[] = [];
      for (const [indicator, byYear] of Object.entries(expected)) {
        for (const [year, value] of Object.entries(byYear)) {
          const now = actual[indicator][year];
          if (!(Math.abs(now - value) <= TOLERANCE * Math.max(Math.abs(value), 1e-9)))
            moved.push(`${indicator} ${year}: ${value} → ${now}`);
        }
      }
      expect(moved).toEqual([]);
    },
  );
});
