import { describe, expect, it } from 'vitest';
import {
  type CalibrationTarget,
  calibrate,
  executeTask,
  fittedParameter,
  nelderMead,
  selectTargets,
  targetValues,
} from '../../packages/analysis/src/index.js';
import { CALIBRATION_TARGETS, INDICATOR_TARGETS } from '../../packages/engine/src/index.js';

describe('Nelder–Mead in the unit box', () => {
  it('finds the minimum of a curved valley inside the box, and one on its edge', async () => {
    const valley = async ([x, y]: number[]) => (x - 0.3) ** 2 + 10 * (y - x * x - 0.1) ** 2;
    const inside = await nelderMead(valley, [0.8, 0.8], { maxEvaluations: 400, functionTolerance: 1e-12, pointTolerance: 1e-7 });
    expect(inside.converged).toBe(true);
    expect(inside.point[0]).toBeCloseTo(0.3, 4);
    expect(inside.point[1]).toBeCloseTo(0.19, 4);
    // The unconstrained minimum (1.4) lies outside: the fit stops at the bound, never beyond.
    const edge = await nelderMead(async ([x]) => (x - 1.4) ** 2, [0.2], { maxEvaluations: 200 });
    expect(edge.point[0]).toBe(1);
  });

  it('is deterministic: the same objective gives the same path and evaluations', async () => {
    const calls: string[][] = [[], []];
    for (const k of [0, 1]) {
      await nelderMead(
        async (x) => {
          calls[k].push(x.join(','));
          return (x[0] - 0.6) ** 2 + (x[1] - 0.2) ** 2;
        },
        [0.5, 0.5],
      );
    }
    expect(calls[1]).toEqual(calls[0]);
  });
});

describe('calibration of the model', () => {
  it('recovers the parameter values that generated its own data', async () => {
    // Data: migrants present and arrivals in 2022 from runs with known values, the same seeds as the fit.
    const scenarioText = JSON.stringify({ schemaVersion: 2, name: 'recovery', endYear: 2022, personsPerAgent: 2000 });
    const truth = { 'migration.stock_potential': 450_000, 'migration.mean_stay_years': 3.5 };
    const targets: CalibrationTarget[] = [
      { indicator: 'uz_in_kz.migrants', year: 2022, value: 0 },
      { indicator: 'uz_in_kz.arrivals', year: 2022, value: 0 },
    ];
    const seeds = [1, 2];
    const generated = seeds.map((seed) => targetValues(executeTask({ scenarioText, seed, assumptions: truth }).result, targets));
    const data = targets.map((t, i) => ({ ...t, value: (generated[0][i] + generated[1][i]) / 2 }));
    const result = await calibrate(async (task) => targetValues(executeTask(task).result, data), {
      scenarioText,
      parameters: [fittedParameter('migration.stock_potential', 360_000), fittedParameter('migration.mean_stay_years', 2.5)],
      targets: data,
      firstSeed: 1,
      seeds: 2,
      maxEvaluations: 80,
    });
    console.info(`recovered ${JSON.stringify(result.values)} from ${JSON.stringify(truth)} in ${result.evaluations} evaluations`);
    expect(result.startObjective).toBeGreaterThan(0.005);
    expect(result.objective).toBeLessThan(1e-4);
    // Agents are 2,000 persons each, so the objective is flat over a few per cent of each parameter.
    expect(Math.abs(result.values['migration.stock_potential'] / 450_000 - 1)).toBeLessThan(0.03);
    expect(Math.abs(result.values['migration.mean_stay_years'] / 3.5 - 1)).toBeLessThan(0.03);
    for (const fit of result.fits) expect(Math.abs(fit.relativeError)).toBeLessThan(0.01);
  });
});

describe('calibration targets', () => {
  it("reads the project's own targets: indicators with one number in the run's years, the rest set aside with a reason", () => {
    const { targets, skipped } = selectTargets({ targets: CALIBRATION_TARGETS }, { first: 2021, last: 2045 });
    expect(targets.map((t) => `${t.indicator}@${t.year}`)).toContain('uz_in_kz.population@2021');
    expect(targets.every((t) => Number.isFinite(t.value))).toBe(true);
    expect(skipped.length).toBeGreaterThan(0);
    // As indicator values (what --targets project fits): the fitted figures are there, annualised.
    const project = selectTargets({ targets: INDICATOR_TARGETS }, { first: 2021, last: 2045 }).targets;
    const byKey = new Map(project.map((t) => [`${t.indicator}@${t.year}`, t.value]));
    expect(byKey.get('uz_in_kz.remittances_formal_usd@2023')).toBe(588e6);
    expect(byKey.get('kz_in_uz.returns_to_kin_state@2025')).toBeCloseTo((8300 * 12) / 9, 6);
    expect(byKey.get('bilateral.trade_usd@2021')).toBe(3.9e9);
    expect(() => selectTargets({ targets: CALIBRATION_TARGETS }, { first: 2021, last: 2045 }, ['uz_in_kz.population@2019'])).toThrow(
      /no target/,
    );
  });
});
