import { describe, expect, it } from 'vitest';
import { BASELINE, PERSONS_2021 } from '../../bench/measure.js';
import { stepper } from '../../bench/ruleProfile.js';
import { createSimulation, INDICATOR_IDS, resolveScenario } from '../../packages/engine/src/index.js';

describe("the benchmark's per-rule profile", () => {
  it('runs the same step as the simulation: identical indicators, quarter by quarter', () => {
    const agents = 2000;
    const profiled = stepper(agents, 5);
    const simulation = createSimulation(resolveScenario({ ...BASELINE, personsPerAgent: PERSONS_2021 / agents }), 5);
    const row = new Float64Array(INDICATOR_IDS.length);
    for (let t = 0; t < 6; t++) {
      profiled.advance();
      simulation.advance(row, 0);
      expect(Array.from(profiled.row)).toEqual(Array.from(row));
    }
    expect(profiled.elapsed.every((ns) => ns > 0)).toBe(true);
  });
});
