import { describe, expect, it } from 'vitest';
import {
  calendarYearValues,
  mean,
  PairedAccumulator,
  quantileSorted,
  seriesHeader,
  seriesRows,
  YearlySummaryCollector,
} from '../../packages/analysis/src/index.js';
import { formatKeyTable, tableYears } from '../../packages/cli/src/keyTable.js';
import type { IndicatorDefinition } from '../../packages/engine/src/index.js';

// A fake two-indicator result: no engine run needed to check what the CLI writes.
const INDICATORS: IndicatorDefinition[] = [
  { id: 'uz_in_kz.population', label: 'Settled', unit: 'persons', kind: 'stock', description: '', contract: true },
  { id: 'bilateral.trade_usd', label: 'Trade', unit: 'USD per year', kind: 'flow', description: '', contract: true },
];
const IDS = INDICATORS.map((d) => d.id);

/** Eight quarters (2021–2022): population 100, 101, …; trade 4, 8, 12, … times `scale`. */
function fakeRun(seed: number, scale: number) {
  const years = Float64Array.from({ length: 8 }, (_, t) => 2021 + t / 4);
  const values = new Float64Array(16);
  for (let t = 0; t < 8; t++) {
    values[t * 2] = (100 + t) * scale;
    values[t * 2 + 1] = 4 * (t + 1) * scale;
  }
  return { seed, indicatorIds: IDS, steps: 8, years, values };
}

describe('statistics over seeds', () => {
  it('interpolates quantiles linearly between order statistics (type 7)', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileSorted(sorted, 0.5)).toBe(5.5);
    expect(quantileSorted(sorted, 0.05)).toBeCloseTo(1.45, 12);
    expect(quantileSorted(sorted, 0.95)).toBeCloseTo(9.55, 12);
    expect(quantileSorted([3], 0.95)).toBe(3);
    expect(mean([1, 2, 6])).toBe(3);
  });

  it('summarises unsorted values and leaves NaN out', () => {
    const accumulator = new PairedAccumulator(1, 1);
    for (const [seedIndex, value] of [10, Number.NaN, 30, 20].entries()) accumulator.addVariant('scenario', seedIndex, [value]);
    const { mean, p5, p50, p95, seedIndices } = accumulator.summarize().scenario;
    expect([mean[0], p5[0], p50[0], p95[0]]).toEqual([20, 11, 20, 29]);
    expect(seedIndices).toEqual([0, 1, 2, 3]);
    expect(new PairedAccumulator(1, 1).summarize().scenario.mean[0]).toBeNaN();
  });
});

describe('calendar years', () => {
  it('takes the end-of-year value of stocks and the mean of the quarters of flows', () => {
    const run = fakeRun(1, 1);
    const { years, values } = calendarYearValues(run);
    expect(years).toEqual([2021, 2022]);
    // Stock: the fourth quarter's value. Flow: mean of the yearly rates 4, 8, 12, 16 and 20, 24, 28, 32.
    expect(Array.from(values)).toEqual([103, 10, 107, 26]);
  });

  it('summarises each indicator and year over seeds', () => {
    const collector = new YearlySummaryCollector(INDICATORS);
    collector.add(fakeRun(1, 1));
    collector.add(fakeRun(2, 2));
    collector.add(fakeRun(3, 3));
    const summary = collector.summary();
    expect(summary.years).toEqual([2021, 2022]);
    expect(summary.indicators['uz_in_kz.population']).toMatchObject({ calendarYear: 'end of year', mean: [206, 214], p50: [206, 214] });
    expect(summary.indicators['bilateral.trade_usd'].mean).toEqual([20, 52]);
    expect(summary.indicators['bilateral.trade_usd'].p5).toEqual([11, 28.6]);
    expect(summary.indicators['bilateral.trade_usd'].calendarYear).toBe('mean of quarters');
  });

  it('refuses a run whose indicators differ from the catalogue', () => {
    const collector = new YearlySummaryCollector(INDICATORS);
    expect(() => collector.add({ ...fakeRun(1, 1), indicatorIds: [IDS[1], IDS[0]] })).toThrow('different indicators');
  });
});

describe('series.csv rows', () => {
  it('writes seed, step, year and every indicator, one row per step', () => {
    const text = seriesHeader(IDS) + seriesRows(fakeRun(5, 0.5));
    const lines = text.split('\n');
    expect(lines[0]).toBe('seed,step,year,uz_in_kz.population,bilateral.trade_usd');
    expect(lines[1]).toBe('5,0,2021,50,2');
    expect(lines[8]).toBe('5,7,2022.75,53.5,16');
    expect(lines).toHaveLength(10);
    expect(lines[9]).toBe('');
    expect(seriesRows(fakeRun(5, 1), ['scenario']).split('\n')[0]).toBe('scenario,5,0,2021,100,4');
  });
});

describe('key table', () => {
  it('shows the first, every fifth and the last year, with units', () => {
    expect(tableYears([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031])).toEqual([2021, 2025, 2030, 2031]);
    const collector = new YearlySummaryCollector(INDICATORS);
    collector.add(fakeRun(1, 1000));
    const lines = formatKeyTable(collector, IDS).split('\n');
    expect(lines[0]).toMatch(/^indicator\s+unit\s+2021\s+2022$/);
    expect(lines[1]).toMatch(/^Uzbeks in KZ, settled\s+thousand persons\s+103\s+107$/);
    expect(lines[2]).toMatch(/^Bilateral trade\s+billion USD\/year\s+0\.000\s+0\.000$/);
  });
});
