import { describe, expect, it } from 'vitest';
import { compileExpression, ExpressionError } from '../../../packages/engine/src/index.js';

/** The refusal of an expression: its message and 1-based character position. */
function refusal(source: string): { message: string; position: number | undefined } {
  try {
    compileExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError) return { message: error.message, position: error.position };
    throw error;
  }
  throw new Error(`"${source}" was accepted`);
}

describe('lever expressions: what they may do', () => {
  it('computes arithmetic in year and t, with the allowed functions and constants', () => {
    expect(compileExpression('2 - 0.1*(year-2021)')(2031, 40)).toBeCloseTo(1, 12);
    expect(compileExpression('t / 4 + 2021')(0, 10)).toBe(2023.5);
    expect(compileExpression('max(0.5, min(3, 2^2)) + abs(-1) + floor(year) - ceil(year) + round(0.4)')(2026.25, 0)).toBe(3);
    expect(
      compileExpression('sqrt(16) + log(e) + log10(100) + exp(0) + pow(2, 3) + mod(7, 4) + sign(-3) + sin(0) + cos(0) + tan(0)')(0, 0),
    ).toBe(4 + 1 + 2 + 1 + 8 + 3 - 1 + 0 + 1 + 0);
    expect(compileExpression('pi')(0, 0)).toBe(Math.PI);
  });

  it('supports comparisons and conditionals (true is 1, false is 0)', () => {
    const phaseIn = compileExpression('year < 2026 ? 2 : max(0.5, 1 - 0.25 * (floor(year) - 2026))');
    expect([2025.75, 2026, 2027.5, 2028, 2040].map((y) => phaseIn(y, 0))).toEqual([2, 1, 0.75, 0.5, 0.5]);
    expect(compileExpression('year >= 2030')(2030, 0)).toBe(1);
    expect(compileExpression('year >= 2030')(2029.75, 0)).toBe(0);
    expect(compileExpression('year == 2021 and t < 2')(2021, 1)).toBe(1);
    expect(compileExpression('not (year > 2022) or t != 0')(2023, 0)).toBe(0);
  });

  it('is compiled once into a plain function of (year, t)', () => {
    const f = compileExpression('year * 2 + t');
    expect(f(1, 1)).toBe(3);
    expect(f(2, 0)).toBe(4);
  });
});

describe('lever expressions: what they may not do, refused with the position', () => {
  it.each([
    ['import("fs")', 'function "import" is not allowed', 1],
    ['1 + evaluate("2")', 'function "evaluate" is not allowed', 5],
    ['parse("1 + 1")', 'function "parse" is not allowed', 1],
    ['simplify("x")', 'function "simplify" is not allowed', 1],
    ['createUnit("parsec")', 'function "createUnit" is not allowed', 1],
    ['x = 2', 'is not allowed (assignment)', 1],
    ['f(x) = x^2', 'is not allowed (function definition)', 1],
    ['1 + year.constructor', 'is not allowed (property access)', 5],
    ['year["constructor"]', 'is not allowed (property access)', 1],
    ['foo + 1', 'unknown name "foo": use year, t, pi or e', 1],
    ['exp(1) + ex', 'unknown name "ex"', 10],
    ['year + 1 cm', 'unknown name "cm"', 10],
    ['"text"', 'only numbers are allowed as constants', 2],
    ['1; 2', 'is not allowed (several statements)', 2],
    ['[1, 2]', 'is not allowed (matrix)', 1],
    ['{a: 1}', 'is not allowed (object)', 1],
    ['1:3', 'is not allowed (range)', 1],
    ['5!', 'operator "!" is not allowed', 2],
    ['1 +', 'cannot parse', 4],
  ])('%s', (source, message, position) => {
    const refused = refusal(source);
    expect(refused.message).toContain(message);
    expect(refused.message).toContain(`(at character ${position})`);
    expect(refused.position).toBe(position);
  });

  it('refuses an expression that reaches for the Function constructor, and one too long', () => {
    expect(refusal('cos.constructor("return process")()').message).toMatch(/not allowed|cannot parse/);
    expect(refusal(`1${' + 1'.repeat(200)}`).message).toBe('expression longer than 500 characters');
  });

  it('refuses a value that is not a real number when evaluated', () => {
    expect(() => compileExpression('sqrt(year - 3000)')(2021, 0)).toThrow('gives a non-real value, not a number');
  });

  // Found by the property tests: these threw mathjs's TypeError (or gave pow(2, undefined)), which
  // escaped parseScenario as an exception instead of an issue.
  it('refuses a wrong argument count or a bad argument at evaluation with an ExpressionError', () => {
    const evaluationError = (source: string) => {
      try {
        compileExpression(source)(2021, 0);
      } catch (error) {
        if (error instanceof ExpressionError) return error.message;
        throw error;
      }
      throw new Error(`"${source}" was accepted`);
    };
    expect(evaluationError('max()')).toMatch(/^cannot evaluate: Too few arguments in function max/);
    expect(evaluationError('sign(year, 2)')).toMatch(/^cannot evaluate: Too many arguments in function sign/);
    expect(evaluationError('round(1, 100)')).toMatch(/^cannot evaluate: Number of decimals in function round/);
    expect(evaluationError('pow(2)')).toBe('pow takes 2 arguments, not 1');
    expect(evaluationError('exp(1, 2)')).toBe('exp takes 1 argument, not 2');
    expect(compileExpression('exp(year > 2020) + log(8, 2)')(2021, 0)).toBe(Math.E + 3);
  });
});
