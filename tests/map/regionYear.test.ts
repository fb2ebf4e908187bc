import { describe, expect, it } from 'vitest';
import { REGION_INDICATORS } from '../../packages/engine/src/index.js';
import { regionYearTable, regionYearValues } from '../../packages/ui/src/region-map/regionYear.js';

// Two regions, two calendar years of quarters; each value encodes (step, region, indicator) so the
// expected numbers can be written by hand.
const K = REGION_INDICATORS.length;
const years = [2021, 2021.25, 2021.5, 2021.75, 2022, 2022.25, 2022.5, 2022.75];
function series(offset: number) {
  const regionValues = new Float64Array(years.length * 2 * K);
  for (let t = 0; t < years.length; t++)
    for (let r = 0; r < 2; r++) for (let k = 0; k < K; k++) regionValues[(t * 2 + r) * K + k] = offset + 100 * t + 10 * r + k;
  return { steps: years.length, years, regionNames: ['North', 'South'], regionValues };
}
const index = (id: string) => REGION_INDICATORS.findIndex((i) => i.id === id);

describe('regional calendar-year values', () => {
  it('takes a flow’s mean over the year’s quarters and a stock’s last quarter', () => {
    const flow = index('remittances_usd');
    expect(Array.from(regionYearValues(series(0), 'remittances_usd', 2022))).toEqual([550 + flow, 560 + flow]);
    const stock = index('population');
    expect(Array.from(regionYearValues(series(0), 'population', 2021))).toEqual([300 + stock, 310 + stock]);
    expect(Array.from(regionYearValues(series(0), 'population', 2030)).every(Number.isNaN)).toBe(true);
    expect(() => regionYearValues(series(0), 'no_such', 2021)).toThrow(/unknown regional indicator "no_such"/);
  });

  it('averages over seeds and pairs the difference seed by seed', () => {
    const table = regionYearTable([series(1000), series(3000)], [series(0), series(1000)], 'population', 2021);
    expect(table.regions).toEqual(['North', 'South']);
    expect(Array.from(table.difference)).toEqual([1500, 1500]);
    expect(table.scenario[0] - table.baseline[0]).toBe(1500);
    expect(() => regionYearTable([series(0)], [], 'population', 2021)).toThrow(/paired runs/);
  });
});
