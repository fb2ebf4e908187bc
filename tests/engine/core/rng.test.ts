import { describe, expect, it } from 'vitest';
import { createRandomSource, streamId } from '../../../packages/engine/src/rng.js';

describe('counter-based random source', () => {
  it('is a pure function of (seed, stream, step, agent, draw)', () => {
    const a = createRandomSource(7);
    const b = createRandomSource(7);
    const key = a.streamKey(streamId('test'), 3);
    expect(b.streamKey(streamId('test'), 3)).toBe(key);
    expect(a.uniform(key, 12345, 2)).toBe(b.uniform(key, 12345, 2));
    expect(createRandomSource(8).uniform(createRandomSource(8).streamKey(streamId('test'), 3), 12345, 2)).not.toBe(
      a.uniform(key, 12345, 2),
    );
  });

  it('hands the same draw through a Float64Array (uniformInto)', () => {
    const rng = createRandomSource(11);
    const out = new Float64Array(3);
    for (let n = 0; n < 1000; n++) {
      const key = rng.streamKey(n % 5, n);
      const id = (n * 2654435761) | 0;
      rng.uniformInto(out, n % 3, key, id, n % 7);
      expect(out[n % 3]).toBe(rng.uniform(key, id, n % 7));
    }
  });

  it('is uniform: chi-square over 64 bins of 640,000 draws', () => {
    const rng = createRandomSource(1);
    const key = rng.streamKey(streamId('uniformity'), 0);
    const bins = new Float64Array(64);
    const n = 640_000;
    for (let i = 0; i < n; i++) bins[Math.floor(rng.uniform(key, i, 0) * 64)]++;
    const expected = n / 64;
    let chi2 = 0;
    for (const observed of bins) chi2 += (observed - expected) ** 2 / expected;
    // 63 degrees of freedom: the 0.999 quantile is about 103.4.
    expect(chi2).toBeLessThan(103.4);
  });

  it('has no correlation between neighbouring agents, draws, steps and streams', () => {
    const rng = createRandomSource(2);
    const k0 = rng.streamKey(streamId('a'), 0);
    const k1 = rng.streamKey(streamId('a'), 1);
    const k2 = rng.streamKey(streamId('b'), 0);
    const pairs: Array<(i: number) => [number, number]> = [
      (i) => [rng.uniform(k0, i, 0), rng.uniform(k0, i + 1, 0)],
      (i) => [rng.uniform(k0, i, 0), rng.uniform(k0, i, 1)],
      (i) => [rng.uniform(k0, i, 0), rng.uniform(k1, i, 0)],
      (i) => [rng.uniform(k0, i, 0), rng.uniform(k2, i, 0)],
    ];
    const n = 200_000;
    for (const pair of pairs) {
      let sx = 0,
        sy = 0,
        sxx = 0,
        syy = 0,
        sxy = 0;
      for (let i = 0; i < n; i++) {
        const [x, y] = pair(i);
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
      }
      const r = (sxy - (sx * sy) / n) / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n));
      // Standard error of r is 1/sqrt(n) = 0.0022; 5 of them.
      expect(Math.abs(r)).toBeLessThan(0.011);
    }
  });

  it('gives standard normals with mean 0 and variance 1', () => {
    const rng = createRandomSource(3);
    const key = rng.streamKey(streamId('normal'), 0);
    let s = 0,
      ss = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const z = rng.normal(key, i, 0);
      s += z;
      ss += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(ss / n - 1)).toBeLessThan(0.03);
  });
});
