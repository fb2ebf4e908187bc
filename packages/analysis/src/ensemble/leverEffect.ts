import { findParameter, type LeverEffect, resolveScenario, runScenario, type Scenario } from '@diaspora-sim/engine';
import { type CalendarYearValues, calendarYearValue, calendarYearValues } from './calendarYear.js';
import { CONFIDENCE_LEVEL } from './pairedAccumulator.js';
import { studentTQuantile } from './statistics.js';

/**
 * A lever's measured effect on its main indicator at the lever's default (LEVER_EFFECTS): paired runs
 * with the lever at default − step and default + step (within its range), the same seeds, every other
 * input of `base` unchanged. Per seed the slope (high − low)/(x_high − x_low), scaled to an elasticity
 * (× default / baseline value) or a semi-elasticity (÷ baseline value); the mean over seeds with its
 * 90% t-interval. Common random numbers make the slope far more precise than either run alone.
 */
export interface MeasuredEffect {
  readonly effect: LeverEffect;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly seeds: number;
  /** The indicator's baseline value in the effect's year (mean over seeds). */
  readonly baseline: number;
  /** The documented sign, an interval that excludes zero and an estimate inside the range. */
  readonly holds: boolean;
}

/**
 * `runs` (optional) keeps each run's calendar-year values across calls, keyed by levers, horizon and
 * seed: effects measured on one base share its baseline runs (a third of the work).
 */
export function measureLeverEffect(
  effect: LeverEffect,
  base: Scenario,
  seeds: readonly number[],
  runs: Map<string, CalendarYearValues> = new Map(),
): MeasuredEffect {
  const definition = findParameter(effect.lever)?.definition;
  if (!definition) throw new Error(`unknown lever "${effect.lever}"`);
  const x0 = definition.default;
  const xLow = Math.max(definition.min, x0 - effect.step);
  const xHigh = Math.min(definition.max, x0 + effect.step);
  const horizon = { ...base, endYear: Math.max(base.startYear, effect.year) };
  const valueAt = (levers: Scenario['levers'], seed: number) => {
    const key = JSON.stringify([levers, horizon.endYear, seed]);
    let values = runs.get(key);
    if (!values) {
      values = calendarYearValues(runScenario(resolveScenario({ ...horizon, levers }), seed));
      runs.set(key, values);
    }
    return calendarYearValue(values, effect.indicator, effect.year);
  };
  const slopes: number[] = [];
  let baselineSum = 0;
  for (const seed of seeds) {
    baselineSum += valueAt(base.levers, seed);
    const low = valueAt({ ...base.levers, [effect.lever]: xLow }, seed);
    const high = valueAt({ ...base.levers, [effect.lever]: xHigh }, seed);
    slopes.push((high - low) / (xHigh - xLow));
  }
  const baseline = baselineSum / seeds.length;
  const scale = (effect.measure === 'elasticity' ? x0 : 1) / baseline;
  const n = slopes.length;
  const mean = slopes.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(slopes.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
  const half = n > 1 ? studentTQuantile(0.5 + CONFIDENCE_LEVEL / 2, n - 1) * (sd / Math.sqrt(n)) : Number.POSITIVE_INFINITY;
  const estimate = mean * scale;
  const [low, high] = [(mean - half) * scale, (mean + half) * scale].sort((a, b) => a - b);
  const excludesZero = low > 0 || high < 0;
  const holds =
    excludesZero && Math.sign(estimate) === Math.sign(effect.range[0]) && estimate >= effect.range[0] && estimate <= effect.range[1];
  return { effect, estimate, low, high, seeds: n, baseline, holds };
}
