import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as accurate from '../../../packages/engine/src/math/accurate/accurate.js';
import { type Approximation, approximations, powAccurate } from '../../../packages/engine/src/math/accurate/accurate.js';
import {
  decompose,
  expFixed,
  ln2Fixed,
  logFixed,
  piFixed,
  shift,
  sinCosFixed,
} from '../../../packages/engine/src/math/accurate/fixedPoint.js';
import { expApproximation, expm1Approximation } from '../../../packages/engine/src/math/exp.js';
import { expQuickApproximation } from '../../../packages/engine/src/math/expQuick.js';
import * as math from '../../../packages/engine/src/math/index.js';
import { log1pApproximation, log2Approximation, log10Approximation, logApproximation } from '../../../packages/engine/src/math/log.js';
import { powApproximation } from '../../../packages/engine/src/math/pow.js';
import { approximation } from '../../../packages/engine/src/math/rounding.js';
import {
  EXP2_TABLE,
  HALF_PI_1,
  HALF_PI_2,
  HALF_PI_3,
  HALF_PI_4,
  INV_LN2_HI,
  INV_LN2_LO,
  INV_LN10_HI,
  INV_LN10_LO,
  LN2_512_1,
  LN2_512_2,
  LN2_512_3,
  LN2_HI,
  LN2_LO,
  LOG_TABLE,
  THIRD_HI,
  THIRD_LO,
  TRIG_TABLE,
} from '../../../packages/engine/src/math/tables.js';
import { trigApproximation } from '../../../packages/engine/src/math/trig.js';

// The reference: correctly rounded values from scripts/elementaryReference.py (decimal arithmetic).
type Reference = { functions: Record<string, string[][]> };
const reference: Reference = JSON.parse(readFileSync(new URL('fixtures/elementary-reference.json', import.meta.url), 'utf8'));
const view = new DataView(new ArrayBuffer(8));
const fromHex = (hex: string) => {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
};
const toHex = (x: number) => {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};
const rows = (name: string) => reference.functions[name].map((row) => row.map(fromHex));

type Unary = (x: number) => number;
const UNARY: Record<string, Unary> = {
  exp: math.exp,
  expm1: math.expm1,
  log: math.log,
  log1p: math.log1p,
  log2: math.log2,
  log10: math.log10,
  sqrt: math.sqrt,
  sin: math.sin,
  cos: math.cos,
  tan: math.tan,
};
const TINY = 2 ** -54;

/** The inputs each function's fast path (approximation, then rounding or the accurate path) handles. */
const REGULAR: Record<string, (x: number) => boolean> = {
  exp: (x) => x > -745.14 && x < 709.8,
  expm1: (x) => Math.abs(x) >= TINY && x >= -38 && x < 709.8,
  log: (x) => x > 0 && x < Number.POSITIVE_INFINITY,
  log1p: (x) => Math.abs(x) >= TINY && x > -1 && x < Number.POSITIVE_INFINITY,
  log2: (x) => x > 0 && x < Number.POSITIVE_INFINITY,
  log10: (x) => x > 0 && x < Number.POSITIVE_INFINITY,
  sin: (x) => Math.abs(x) >= 2 ** -27 && Math.abs(x) < 823549,
  cos: (x) => Math.abs(x) >= 2 ** -27 && Math.abs(x) < 823549,
  tan: (x) => Math.abs(x) >= 2 ** -27 && Math.abs(x) < 823549,
};
/** Inputs the fast path leaves to the accurate one (sin, cos, tan of large arguments). */
const LEFT_TO_ACCURATE: Record<string, (x: number) => boolean> = {
  sin: (x) => Number.isFinite(x) && Math.abs(x) >= 823549,
  cos: (x) => Number.isFinite(x) && Math.abs(x) >= 823549,
  tan: (x) => Number.isFinite(x) && Math.abs(x) >= 823549,
};
const regularPow = (x: number, y: number) =>
  Number.isFinite(x) && x !== 0 && Math.abs(x) !== 1 && (x > 0 || Number.isInteger(y)) && Number.isFinite(y) && y !== 0;

const describeMismatch = (name: string, input: number[], expected: number, actual: number) =>
  `${name}(${input.join(', ')}) [${input.map(toHex).join(', ')}]: expected ${expected} [${toHex(expected)}], got ${actual} [${toHex(actual)}]`;

describe('elementary functions match the correctly rounded reference to the last bit', () => {
  it('covers a few thousand inputs per function', () => {
    for (const name of [...Object.keys(UNARY), 'pow']) expect(reference.functions[name].length, name).toBeGreaterThan(1000);
  });

  for (const name of Object.keys(UNARY)) {
    it(name, () => {
      const f = UNARY[name];
      const mismatches = rows(name)
        .filter(([x, expected]) => !Object.is(f(x), expected))
        .map(([x, expected]) => describeMismatch(name, [x], expected, f(x)));
      expect(mismatches.slice(0, 10)).toEqual([]);
    });
  }

  it('pow', () => {
    const mismatches = rows('pow')
      .filter(([x, y, expected]) => !Object.is(math.pow(x, y), expected))
      .map(([x, y, expected]) => describeMismatch('pow', [x, y], expected, math.pow(x, y)));
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});

describe('the accurate path (BigInt), taken when the fast one cannot decide, matches the reference too', () => {
  const ACCURATE: Record<string, Unary> = {
    exp: accurate.expAccurate,
    expm1: accurate.expm1Accurate,
    log: accurate.logAccurate,
    log1p: accurate.log1pAccurate,
    log2: accurate.log2Accurate,
    log10: accurate.log10Accurate,
    sin: accurate.sinAccurate,
    cos: accurate.cosAccurate,
    tan: accurate.tanAccurate,
  };
  for (const name of Object.keys(ACCURATE)) {
    it(name, () => {
      const f = ACCURATE[name];
      // Every tenth input (the path is slow), and all that the fast path's range leaves to it.
      const inputs = rows(name).filter(([x], i) => (REGULAR[name](x) && i % 10 === 0) || LEFT_TO_ACCURATE[name]?.(x));
      const mismatches = inputs
        .filter(([x, expected]) => !Object.is(f(x), expected))
        .map(([x, expected]) => describeMismatch(name, [x], expected, f(x)));
      expect(inputs.length).toBeGreaterThan(100);
      expect(mismatches.slice(0, 10)).toEqual([]);
    });
  }

  it('pow, including results exactly halfway between two doubles', () => {
    const inputs = rows('pow').filter(
      ([x, y], i) => regularPow(x, y) && Math.abs(y) < 2 ** 20 && (i % 10 === 0 || i >= rows('pow').length - 200),
    );
    const signed = (x: number, y: number) => (x < 0 && Math.abs(y % 2) === 1 ? -1 : 1) * powAccurate(x, y);
    const mismatches = inputs
      .filter(([x, y, expected]) => !Object.is(signed(x, y), expected))
      .map(([x, y, expected]) => describeMismatch('powAccurate', [x, y], expected, signed(x, y)));
    expect(mismatches.slice(0, 10)).toEqual([]);
    // (2^27 - 1)^2 = 2^54 - 2^28 + 1 and 3^34 are halfway: ties to even
    expect(powAccurate(134217727, 2)).toBe(18014398241046528);
    expect(powAccurate(3, 34)).toBe(16677181699666568);
    expect(powAccurate(2 ** -25, 43)).toBe(0);
  });
});

/** |approximation - exact| / bound, exactly (BigInt), for one call of an approximation function. */
function errorRatio(hi: number, exactAt: Approximation): number {
  const { low, error, scale } = approximation;
  const [n, k, slack] = exactAt(320);
  const parts = [hi, low, error].map((x) => decompose(x));
  const common = Math.min(k, ...parts.map(([, e]) => e + scale));
  const [h, l, e] = parts.map(([m, exponent]) => shift(m, exponent + scale - common));
  const exact = shift(n, k - common);
  // The exact value is itself known within slack: count that against the bound.
  const distance = (h + l > exact ? h + l - exact : exact - h - l) + shift(slack, k - common);
  if (e === 0n) return h + l === 0n && (n < 0n ? -n : n) <= slack ? 0 : Number.POSITIVE_INFINITY; // exact zero
  const drop = Math.max(0, e.toString(2).length - 60);
  return Number(distance >> BigInt(drop)) / Number(e >> BigInt(drop));
}

describe('the error bounds of the fast paths hold, with a margin', () => {
  // The bound decides when the fast path may round: it must never be below the true error. The
  // analyses in the source give margins of 4 to 32; this checks them on every reference input.
  const cases: [string, (x: number) => number][] = [
    ['exp', expApproximation],
    ['expm1', expm1Approximation],
    ['log', (x) => logApproximation(x)],
    ['log1p', log1pApproximation],
    ['log2', log2Approximation],
    ['log10', log10Approximation],
    ['sin', (x) => trigApproximation(x, 0)],
    ['cos', (x) => trigApproximation(x, 1)],
    ['tan', (x) => trigApproximation(x, 2)],
  ];
  for (const [name, approximate] of cases) {
    it(name, () => {
      const exactOf = approximations[name as keyof typeof approximations] as (x: number) => Approximation;
      let worst = 0;
      for (const [x] of rows(name)) {
        if (!REGULAR[name](x)) continue;
        worst = Math.max(worst, errorRatio(approximate(x), exactOf(x)));
      }
      expect(worst).toBeLessThan(0.25);
    });
  }

  it('exp, the quick try (expQuick.ts)', () => {
    let worst = 0;
    for (const [x] of rows('exp')) {
      if (!(Math.abs(x) < 708)) continue;
      worst = Math.max(worst, errorRatio(expQuickApproximation(x), approximations.exp(x)));
    }
    expect(worst).toBeLessThan(0.25);
  });

  it('pow', () => {
    let worst = 0;
    for (const [x, y] of rows('pow')) {
      if (!regularPow(x, y) || Math.abs(y) < 2 ** -80 || Math.abs(y) >= 2 ** 64) continue;
      const hi = powApproximation(Math.abs(x), y);
      if (hi === 0 || hi === Number.POSITIVE_INFINITY) continue;
      worst = Math.max(worst, errorRatio(hi, approximations.pow(x, y)));
    }
    expect(worst).toBeLessThan(0.25);
  });
});

describe('the generated tables and constants (scripts/elementaryTables.py), recomputed with BigInt', () => {
  const Q = 200;
  /** |a + b - exact·2^-Q| <= 2^-bits·|exact·2^-Q|, exactly. */
  const close = (a: number, b: number, exact: bigint, bits: number) => {
    const sum = [a, b].map((v) => {
      const [m, e] = decompose(v);
      return shift(m, e + Q + 64);
    });
    const target = exact << 64n;
    const distance = sum[0] + sum[1] - target;
    return (distance < 0n ? -distance : distance) << BigInt(bits) <= (target < 0n ? -target : target);
  };
  const significantBits = (x: number) => {
    const [m] = decompose(x);
    let n = m < 0n ? -m : m;
    while (n > 0n && (n & 1n) === 0n) n >>= 1n;
    return n.toString(2).length;
  };

  it('2^(j/512) for exp, as double-doubles with the high half of the split', () => {
    const ln2 = ln2Fixed(Q + 20);
    for (let j = 0; j < 512; j++) {
      const [n, k] = expFixed((ln2 * BigInt(j)) / 512n, Q + 20);
      const [hi, lo, high] = [EXP2_TABLE[3 * j], EXP2_TABLE[3 * j + 1], EXP2_TABLE[3 * j + 2]];
      expect(close(hi, lo, shift(n, k + Q), 104), `2^(${j}/512)`).toBe(true);
      expect(hi + lo).toBe(hi);
      expect(high).toBe(134217729 * hi - (134217729 * hi - hi));
    }
  });

  it('log: r with 24 bits (1 next to m = 1), |m·r - 1| <= 2^-8 on the cell, -log r as a double-double', () => {
    for (let cell = 192; cell < 384; cell++) {
      const [r, hi, lo] = [LOG_TABLE[3 * (cell - 192)], LOG_TABLE[3 * (cell - 192) + 1], LOG_TABLE[3 * (cell - 192) + 2]];
      if (cell === 255 || cell === 256) expect([r, hi, lo]).toEqual([1, 0, 0]);
      expect(significantBits(r)).toBeLessThanOrEqual(24);
      for (const m of [cell / 256, (cell + 1) / 256]) expect(Math.abs(m * r - 1)).toBeLessThanOrEqual(2 ** -8);
      const [mr, er] = decompose(r);
      expect(close(hi, lo, -logFixed(mr, er, Q), 104), `cell ${cell}`).toBe(true);
    }
  });

  it('sin and cos of i/256, as double-doubles', () => {
    for (let i = 0; i <= 201; i++) {
      const [s, c] = sinCosFixed(i / 256, Q);
      expect(close(TRIG_TABLE[4 * i], TRIG_TABLE[4 * i + 1], s, 104), `sin(${i}/256)`).toBe(true);
      expect(close(TRIG_TABLE[4 * i + 2], TRIG_TABLE[4 * i + 3], c, 104), `cos(${i}/256)`).toBe(true);
    }
  });

  it('constants split into parts whose products by k are exact', () => {
    const ln2 = ln2Fixed(Q);
    for (const part of [LN2_512_1, LN2_512_2, HALF_PI_1, HALF_PI_2, HALF_PI_3]) expect(significantBits(part)).toBeLessThanOrEqual(33);
    expect(significantBits(LN2_HI)).toBeLessThanOrEqual(42);
    const sum = [LN2_512_1, LN2_512_2, LN2_512_3].map((v) => {
      const [m, e] = decompose(v);
      return shift(m, e + Q);
    });
    const ln2Error = sum[0] + sum[1] + sum[2] - ln2 / 512n;
    expect((ln2Error < 0n ? -ln2Error : ln2Error) < 1n << BigInt(Q - 125)).toBe(true);
    const halfPi = [HALF_PI_1, HALF_PI_2, HALF_PI_3, HALF_PI_4].map((v) => {
      const [m, e] = decompose(v);
      return shift(m, e + Q);
    });
    const piError = halfPi.reduce((a, b) => a + b) - piFixed(Q - 1);
    expect((piError < 0n ? -piError : piError) < 1n << BigInt(Q - 150)).toBe(true);
    expect(close(LN2_HI, LN2_LO, ln2, 95)).toBe(true);
    expect(close(INV_LN2_HI, INV_LN2_LO, (1n << BigInt(2 * Q)) / ln2, 104)).toBe(true);
    expect(close(INV_LN10_HI, INV_LN10_LO, (1n << BigInt(2 * Q)) / logFixed(10n, 0, Q), 104)).toBe(true);
    expect(close(THIRD_HI, THIRD_LO, (1n << BigInt(Q)) / 3n, 104)).toBe(true);
  });
});

describe('special values, as ECMAScript specifies them for Math', () => {
  const SPECIAL = [Number.NaN, 0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  it.each(Object.keys(UNARY))('%s of NaN, ±0 and ±Infinity', (name) => {
    const f = UNARY[name];
    const m = Math[name as keyof Math] as Unary;
    for (const x of SPECIAL) expect(Object.is(f(x), m(x)), `${name}(${x})`).toBe(true);
  });

  it('beyond the domain and at its edges', () => {
    expect(math.log(-1)).toBeNaN();
    expect(math.log2(-5e-324)).toBeNaN();
    expect(math.log1p(-1)).toBe(Number.NEGATIVE_INFINITY);
    expect(math.log1p(-1.5)).toBeNaN();
    expect(math.sqrt(-5e-324)).toBeNaN();
    expect(math.exp(709.8)).toBe(Number.POSITIVE_INFINITY);
    expect(math.exp(-745.2)).toBe(0);
    expect(math.exp(-745.1)).toBe(5e-324);
    expect(math.expm1(-40)).toBe(-1);
    expect(math.expm1(5e-324)).toBe(5e-324);
    expect(Object.is(math.log1p(-0), -0)).toBe(true);
    expect(math.log(5e-324)).toBe(-744.4400719213812);
    expect(math.sqrt(5e-324)).toBe(2.2227587494850775e-162);
    expect(math.sin(5e-324)).toBe(5e-324);
    expect(math.cos(5e-324)).toBe(1);
  });

  it('pow: the special cases of Number::exponentiate, as Math.pow', () => {
    const special = [Number.NaN, 0, -0, 1, -1, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    const values = [...special, 0.5, -0.5, 2, -2, 3, -3, 2.5];
    for (const x of values) {
      for (const y of values) {
        // ECMAScript fixes the result when either operand is special (and 1^y = 1).
        if (!special.includes(x) && !special.includes(y)) continue;
        // biome-ignore lint/style/useExponentiationOperator: the comparison is with Math.pow itself
        expect(Object.is(math.pow(x, y), Math.pow(x, y)), `pow(${x}, ${y})`).toBe(true);
      }
    }
    expect(math.pow(1, Number.POSITIVE_INFINITY)).toBeNaN(); // unlike C's pow
    expect(math.pow(-8, 1 / 3)).toBeNaN();
    expect(Object.is(math.pow(-1e-200, 3), -0)).toBe(true);
    expect(math.pow(-10, 309)).toBe(Number.NEGATIVE_INFINITY);
    expect(math.pow(2, -1074)).toBe(5e-324);
    expect(math.pow(2, -1075)).toBe(0);
    expect(math.pow(1 + 2 ** -52, 2 ** 70)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('identities that hold for any correctly rounded implementation', () => {
  let seed = 7;
  const uniform = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const sorted = (n: number, draw: () => number) => Float64Array.from({ length: n }, draw).sort();

  it('monotonic where the function is', () => {
    const checks: [string, Unary, Float64Array, 1 | -1][] = [
      ['exp', math.exp, sorted(20000, () => 80 * uniform() - 40), 1],
      ['exp', math.exp, sorted(20000, () => 1e-6 * uniform()), 1],
      ['expm1', math.expm1, sorted(20000, () => 2 * uniform() - 1), 1],
      ['log', math.log, sorted(20000, () => 2 * uniform()), 1],
      ['log1p', math.log1p, sorted(20000, () => 1e-3 * uniform()), 1],
      ['log2', math.log2, sorted(20000, () => 1e6 * uniform()), 1],
      ['log10', math.log10, sorted(20000, () => 1 + 1e-9 * uniform()), 1],
      ['sqrt', math.sqrt, sorted(20000, () => 1e9 * uniform()), 1],
      ['sin', math.sin, sorted(20000, () => Math.PI * (uniform() - 0.5)), 1],
      ['cos', math.cos, sorted(20000, () => Math.PI * uniform()), -1],
      ['tan', math.tan, sorted(20000, () => 3.14 * (uniform() - 0.5)), 1],
      ['pow(·, 1.5)', (x) => math.pow(x, 1.5), sorted(20000, () => uniform()), 1],
      ['pow(1.01, ·)', (y) => math.pow(1.01, y), sorted(20000, () => 100 * uniform()), 1],
    ];
    for (const [name, f, xs, direction] of checks) {
      for (let i = 1; i < xs.length; i++) expect(direction * (f(xs[i]) - f(xs[i - 1])) >= 0, `${name} at ${xs[i]}`).toBe(true);
    }
  });

  it('exp(log x) is within one ulp of x on [1, 2]', () => {
    for (let i = 0; i < 20000; i++) {
      const x = 1 + uniform();
      expect(Math.abs(math.exp(math.log(x)) - x)).toBeLessThanOrEqual(2 ** -52);
    }
  });

  it('exact results are exact', () => {
    for (let k = -1074; k <= 1023; k++) expect(math.log2(2 ** k)).toBe(k);
    for (let k = 0; k <= 22; k++) expect(math.log10(10 ** k)).toBe(k);
    for (let k = 1; k < 5000; k++) {
      expect(math.sqrt(k * k)).toBe(k);
      expect(math.pow(k * k, 0.5)).toBe(k);
      expect(math.pow(k, 3)).toBe(k * k * k); // below 2^53: exact
    }
    for (const x of [0.1, 3, 1e-300, 7e200]) expect(math.pow(x, 2)).toBe(x * x);
  });

  it('pow(x, 0.5) is sqrt(x), log1p(x) is log(1 + x) when 1 + x is exact, sin and tan are odd, cos even', () => {
    for (let i = 0; i < 20000; i++) {
      const x = 10 ** (40 * uniform() - 20);
      expect(math.pow(x, 0.5)).toBe(math.sqrt(x));
      const small = Math.floor(uniform() * 4096 + 1) / 1024 - 1;
      expect(math.log1p(small)).toBe(math.log(1 + small));
      const t = 20 * uniform() - 10;
      expect(math.sin(-t)).toBe(-math.sin(t));
      expect(math.tan(-t)).toBe(-math.tan(t));
      expect(math.cos(-t)).toBe(math.cos(t));
    }
  });
});
