import { describe, expect, it } from 'vitest';
import { factorsOf, factorValue } from '../../packages/analysis/src/sensitivity/factors.js';
import { analyseMorris, morrisDesign } from '../../packages/analysis/src/sensitivity/morris.js';
import { analyseSobol, saltelliDesign } from '../../packages/analysis/src/sensitivity/sobol.js';
import { ishigamiIndices, ishigamiUnit } from './support/ishigami.js';

function evaluate(points: Float64Array, k: number, f: (points: Float64Array, index: number) => number): Float64Array {
  return Float64Array.from({ length: points.length / k }, (_, i) => f(points, i));
}

describe('Sobol indices by Saltelli sampling', () => {
  const truth = ishigamiIndices();

  it('recovers the Ishigami first and total indices within their bootstrap intervals', () => {
    const design = saltelliDesign(3, 4096, 11);
    const indices = analyseSobol(design, evaluate(design.points, 3, ishigamiUnit), 5);
    for (let i = 0; i < 3; i++) {
      expect(indices.firstOrderLow[i]).toBeLessThanOrEqual(truth.firstOrder[i]);
      expect(indices.firstOrderHigh[i]).toBeGreaterThanOrEqual(truth.firstOrder[i]);
      expect(indices.totalOrderLow[i]).toBeLessThanOrEqual(truth.totalOrder[i]);
      expect(indices.totalOrderHigh[i]).toBeGreaterThanOrEqual(truth.totalOrder[i]);
      // Intervals that cover the truth only by being wide would prove nothing.
      expect(indices.firstOrderHigh[i] - indices.firstOrderLow[i]).toBeLessThan(0.12);
      expect(indices.totalOrderHigh[i] - indices.totalOrderLow[i]).toBeLessThan(0.12);
    }
  });

  it('covers the truth at about the nominal rate over independent designs', () => {
    let covered = 0;
    let intervals = 0;
    for (let seed = 100; seed < 120; seed++) {
      const design = saltelliDesign(3, 1024, seed);
      const indices = analyseSobol(design, evaluate(design.points, 3, ishigamiUnit), seed, 300);
      for (let i = 0; i < 3; i++) {
        intervals += 2;
        if (indices.firstOrderLow[i] <= truth.firstOrder[i] && truth.firstOrder[i] <= indices.firstOrderHigh[i]) covered++;
        if (indices.totalOrderLow[i] <= truth.totalOrder[i] && truth.totalOrder[i] <= indices.totalOrderHigh[i]) covered++;
      }
    }
    // Nominal 95 per cent; percentile intervals at N = 1024 run a little short, but not far.
    expect(covered / intervals).toBeGreaterThan(0.85);
  });

  it('is the same design and result for the same seed, and groups points by row', () => {
    const a = saltelliDesign(3, 16, 3);
    const b = saltelliDesign(3, 16, 3);
    expect(a.points).toEqual(b.points);
    // Row 0: A_B(1) equals A except in column 1, taken from B.
    const A = a.points.subarray(0, 3);
    const B = a.points.subarray(3, 6);
    const AB1 = a.points.subarray(9, 12);
    expect([AB1[0], AB1[1], AB1[2]]).toEqual([A[0], B[1], A[2]]);
  });
});

describe('Morris elementary effects', () => {
  it('measures a linear function exactly: mu_star = |coefficient|, sigma = 0, ranked by size', () => {
    const coefficients = [5, -3, 0.5, 0, 2];
    const design = morrisDesign(5, 12, 9);
    const outputs = evaluate(design.points, 5, (p, i) => coefficients.reduce((sum, c, j) => sum + c * p[i * 5 + j], 0));
    const indices = analyseMorris(design, outputs);
    for (let j = 0; j < 5; j++) {
      expect(indices.mu[j]).toBeCloseTo(coefficients[j], 10);
      expect(indices.muStar[j]).toBeCloseTo(Math.abs(coefficients[j]), 10);
      expect(indices.sigma[j]).toBeCloseTo(0, 10);
    }
    const ranking = [...indices.muStar.keys()].sort((x, y) => indices.muStar[y] - indices.muStar[x]);
    expect(ranking).toEqual([0, 1, 4, 2, 3]);
  });

  it('screens Ishigami: x3 acts only through its interaction (mu near 0, sigma large), every factor matters', () => {
    const design = morrisDesign(3, 200, 4);
    const indices = analyseMorris(design, evaluate(design.points, 3, ishigamiUnit));
    for (let j = 0; j < 3; j++) expect(indices.muStar[j]).toBeGreaterThan(1);
    expect(Math.abs(indices.mu[2])).toBeLessThan(0.25 * indices.muStar[2]);
    expect(indices.sigma[2]).toBeGreaterThan(indices.muStar[2]);
    // x2 (7 sin^2) is non-monotonic: its signed effects cancel too, unlike x1's.
    expect(Math.abs(indices.mu[1])).toBeLessThan(0.25 * indices.muStar[1]);
    expect(indices.mu[0]).toBeGreaterThan(0.5 * indices.muStar[0]);
    for (let j = 0; j < 3; j++) {
      expect(indices.muStarLow[j]).toBeLessThanOrEqual(indices.muStar[j]);
      expect(indices.muStarHigh[j]).toBeGreaterThanOrEqual(indices.muStar[j]);
    }
  });

  it('moves one factor at a time by Delta and stays inside [0, 1]', () => {
    const design = morrisDesign(4, 6, 2);
    for (let t = 0; t < 6; t++) {
      for (let step = 0; step < 4; step++) {
        const at = (t * 5 + step) * 4;
        let changed = 0;
        for (let j = 0; j < 4; j++) {
          const d = design.points[at + 4 + j] - design.points[at + j];
          if (d !== 0) {
            changed++;
            expect(Math.abs(d)).toBeCloseTo(design.delta, 12);
            expect(j).toBe(design.moved[t * 4 + step]);
          }
          expect(design.points[at + 4 + j]).toBeGreaterThanOrEqual(0);
          expect(design.points[at + 4 + j]).toBeLessThanOrEqual(1);
        }
        expect(changed).toBe(1);
      }
    }
  });
});

describe('factor values', () => {
  it('stay inside every lever’s and assumption’s range at the ends of the unit interval (no ulp past max)', () => {
    for (const space of ['policy', 'assumptions'] as const) {
      for (const factor of factorsOf(space)) {
        for (const u of [0, 1 / 3, 2 / 3, 1]) {
          const value = factorValue(factor, u);
          expect(value, `${factor.id} at ${u}`).toBeGreaterThanOrEqual(factor.definition.min);
          expect(value, `${factor.id} at ${u}`).toBeLessThanOrEqual(factor.definition.max);
        }
      }
    }
    expect(factorValue(factorsOf('assumptions', ['discrimination.enforcement_effect'])[0], 1)).toBe(0.9);
  });
});
