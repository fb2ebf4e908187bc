import { describe, expect, it } from 'vitest';
import { codeOnly, findOffences } from '../../../scripts/lintEngineMath.js';

const whats = (source: string) => findOffences(source).map((o) => o.what);

describe('the engine math lint (scripts/lintEngineMath.ts)', () => {
  it('refuses the implementation-approximated Math functions, wherever the call is', () => {
    expect(whats('const y = Math.exp(x) + Math.log1p(z);')).toEqual(['Math.exp', 'Math.log1p']);
    expect(whats('f(Math . sqrt(2), Math?.hypot(a, b), globalThis.Math.cbrt(c));')).toEqual(['Math.sqrt', 'Math.hypot', 'Math.cbrt']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source code with a template literal, as a string
    expect(whats('const s = `${Math.sin(t)} rad`;')).toEqual(['Math.sin']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the same, nested
    expect(whats('const s = `a ${`b ${Math.tanh(t)}`} c`;')).toEqual(['Math.tanh']);
  });

  it('accepts the exactly specified ones and other objects', () => {
    expect(whats('Math.floor(x) + Math.abs(y) + Math.min(a, b) + Math.imul(c, d) + Math.PI + Math.fround(e) + Math.sign(f);')).toEqual([]);
    expect(whats('MathUtils.exp(x); this.Math.exp(y); const exp = math.exp(z);')).toEqual([]);
  });

  it('refuses Math used as a value, which would hide a call', () => {
    expect(whats('const { exp } = Math;')).toEqual(['Math used as a value']);
    expect(whats("const f = Math['exp'];")).toEqual(['Math[…] (computed access)']);
    expect(whats('apply(Math, x);')).toEqual(['Math used as a value']);
  });

  it('refuses ** unless its exponent is an integer literal', () => {
    expect(whats('const a = x ** 2 + 2 ** 31 - y ** -1 + z ** 0x10 + w ** 1_000;')).toEqual([]);
    expect(whats('const a = x ** 2.5;')).toEqual(['** 2.5;']);
    expect(whats('const a = x ** (1 / 4);')).toEqual(['** (1 / 4);']);
    expect(whats('x **= k;')).toEqual(['**= k;']);
    expect(whats('const a = x ** 2 ** k;')).toEqual(['** 2 ** k;', '** k;']);
    expect(whats('const a = x ** 2[0];')).toEqual(['** 2[0];']);
  });

  it('ignores comments, strings and regular expressions, and reports lines and columns', () => {
    const source = [
      '/** e^x: Math.exp(x), x ** 0.5 */',
      "const label = 'Math.log(x) and x ** y'; // Math.pow",
      'const re = /Math\\.exp|\\*\\*/g;',
      'const half = total / 2 / Math.sqrt(n);',
    ].join('\n');
    expect(findOffences(source)).toEqual([{ line: 4, column: 26, what: 'Math.sqrt' }]);
    expect(
      codeOnly(source)
        .split('\n')
        .map((line) => line.length),
    ).toEqual(source.split('\n').map((line) => line.length));
  });
});
