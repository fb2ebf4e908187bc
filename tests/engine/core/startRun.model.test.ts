import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, startRun } from '../../../packages/engine/src/index.js';

// A coarse run of 3 years: 12 quarters.
const parsed = parseScenario({ schemaVersion: 2, name: 'split run', endYear: 2023, personsPerAgent: 4000 });
if (!parsed.ok) throw new Error('the test scenario does not parse');
const scenario = parsed.scenario;

describe('a run advanced a few quarters at a time', () => {
  it('gives the same bits however it is split, with the regions too', () => {
    const whole = runScenario(scenario, 3, { regions: true });
    const run = startRun(scenario, 3, { regions: true });
    const chunks: number[] = [];
    for (const quarters of [1, 4, 2, 7]) {
      if (run.advance(quarters)) break;
      chunks.push(run.stepsDone);
    }
    expect(chunks).toEqual([1, 5, 7]);
    const split = run.result();
    const bytes = (values: Float64Array | undefined) => Buffer.from((values as Float64Array).buffer);
    expect(bytes(split.values).equals(bytes(whole.values))).toBe(true);
    expect(bytes(split.regionValues).equals(bytes(whole.regionValues))).toBe(true);
    expect(split.years).toEqual(whole.years);
  });

  it('has no result before its last quarter, and runScenario stops between quarters when its signal is aborted', () => {
    const run = startRun(scenario, 3);
    run.advance(5);
    expect(() => run.result()).toThrow('5 of 12 quarters');
    const signal = { aborted: false };
    expect(() =>
      runScenario(scenario, 3, {
        signal,
        onStep: (step) => {
          if (step === 2) signal.aborted = true;
        },
      }),
    ).toThrow('run cancelled');
  });
});
