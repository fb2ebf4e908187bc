import {
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  cosDependencies,
  create,
  divideDependencies,
  eDependencies,
  equalDependencies,
  expDependencies,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  log10Dependencies,
  logDependencies,
  type MathNode,
  maxDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  signDependencies,
  sinDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  tanDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unequalDependencies,
  xorDependencies,
} from 'mathjs';
import { cos, exp, log, log10, pow, sin, sqrt, tan } from '../math/index.js';
import { EXPRESSION_ENGLISH, type ExpressionProblem, english } from './problems.js';

/**
 * Lever expressions come from files and shared links, so they are parsed with mathjs and checked
 * against a whitelist before anything is evaluated: arithmetic, comparisons, conditionals and a few
 * math functions of `year` and `t`. Nothing that defines, assigns, imports, parses or evaluates.
 */
export const EXPRESSION_VARIABLES = ['year', 't'] as const;
export const EXPRESSION_CONSTANTS = ['pi', 'e'] as const;
export const EXPRESSION_FUNCTIONS = [
  'abs',
  'min',
  'max',
  'exp',
  'log',
  'log10',
  'sqrt',
  'pow',
  'floor',
  'ceil',
  'round',
  'sign',
  'sin',
  'cos',
  'tan',
  'mod',
] as const;
const OPERATORS = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'mod',
  'unaryMinus',
  'unaryPlus',
  'smaller',
  'smallerEq',
  'larger',
  'largerEq',
  'equal',
  'unequal',
  'and',
  'or',
  'not',
  'xor',
]);
/**
 * A mathjs instance with only the parser and what the allowed operators, functions and constants
 * need (a compiled expression looks them up by name), created at the first expression: a scenario
 * without one never pays for it, and a bundler keeps only these parts of mathjs.
 */
let mathjs: { parse(source: string): MathNode } | undefined;
function parse(source: string): MathNode {
  mathjs ??= createInstance();
  return mathjs.parse(source);
}

function createInstance(): { parse(source: string): MathNode } {
  const instance = create(
    {
      parseDependencies,
      addDependencies,
      subtractDependencies,
      multiplyDependencies,
      divideDependencies,
      powDependencies,
      modDependencies,
      unaryMinusDependencies,
      unaryPlusDependencies,
      smallerDependencies,
      smallerEqDependencies,
      largerDependencies,
      largerEqDependencies,
      equalDependencies,
      unequalDependencies,
      andDependencies,
      orDependencies,
      notDependencies,
      xorDependencies,
      absDependencies,
      minDependencies,
      maxDependencies,
      expDependencies,
      logDependencies,
      log10Dependencies,
      sqrtDependencies,
      floorDependencies,
      ceilDependencies,
      roundDependencies,
      signDependencies,
      sinDependencies,
      cosDependencies,
      tanDependencies,
      piDependencies,
      eDependencies,
    },
    {},
  );
  // Lever values feed the state: transcendental functions come from the engine's own correctly
  // rounded implementations (../math), so an expression gives the same bits in every JavaScript engine.
  instance.import(
    {
      exp: numeric('exp', [1], exp),
      log: numeric('log', [1, 2], (x, base?: number) => (base === undefined ? log(x) : log(x) / log(base))),
      log10: numeric('log10', [1], log10),
      sqrt: numeric('sqrt', [1], sqrt),
      sin: numeric('sin', [1], sin),
      cos: numeric('cos', [1], cos),
      tan: numeric('tan', [1], tan),
      pow: numeric('pow', [2], pow),
    },
    { override: true },
  );
  return instance;
}

/**
 * One of the engine's functions as mathjs calls it: mathjs checks the argument count of its own
 * functions, not of imported ones, so this does (pow(2) would otherwise be pow(2, undefined)); a
 * comparison's true and false count as 1 and 0, as mathjs converts them.
 */
function numeric(name: string, counts: readonly number[], fn: (...args: number[]) => number) {
  return (...args: unknown[]) => {
    if (!counts.includes(args.length)) {
      throw new ExpressionError({ code: 'expression_arguments', params: { name, counts, count: args.length } });
    }
    return fn(...args.map((a) => (typeof a === 'boolean' ? Number(a) : (a as number))));
  };
}

const ALLOWED_SYMBOLS = new Set<string>([...EXPRESSION_VARIABLES, ...EXPRESSION_CONSTANTS]);
const ALLOWED_FUNCTIONS = new Set<string>(EXPRESSION_FUNCTIONS);
const MAX_LENGTH = 500;

export class ExpressionError extends Error {
  /** 1-based character position in the expression, when known. */
  readonly position: number | undefined;
  constructor(readonly problem: ExpressionProblem) {
    super(english(EXPRESSION_ENGLISH, problem));
    this.position = 'position' in problem.params ? problem.params.position : undefined;
  }
}

export type CompiledExpression = (year: number, t: number) => number;

export function compileExpression(source: string): CompiledExpression {
  if (source.length > MAX_LENGTH) throw new ExpressionError({ code: 'expression_too_long', params: { max: MAX_LENGTH } });
  let root: MathNode;
  try {
    root = parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /\(char (\d+)\)/.exec(message);
    const detail = message.replace(/\s*\(char \d+\)/, '');
    throw new ExpressionError({ code: 'expression_unparsable', params: { detail, position: match ? Number(match[1]) : undefined } });
  }
  root.traverse((node, _path, parent) => checkNode(node, parent, source));
  const code = root.compile();
  return (year, t) => {
    let value: unknown;
    try {
      value = code.evaluate({ year, t });
    } catch (error) {
      // mathjs's own functions refuse a wrong argument count or type, round(x, 100), … at evaluation.
      if (error instanceof ExpressionError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new ExpressionError({ code: 'expression_unevaluable', params: { detail } });
    }
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value !== 'number') {
      const kind = typeof value === 'object' ? 'non-real value' : typeof value;
      throw new ExpressionError({ code: 'expression_not_number', params: { kind } });
    }
    // The engine's own functions give NaN where mathjs would give a complex number (sqrt, log of a negative).
    if (Number.isNaN(value)) throw new ExpressionError({ code: 'expression_not_number', params: { kind: 'non-real value' } });
    return value;
  };
}

function positionOf(source: string, text: string): number | undefined {
  // A name is matched as a whole word, so that "ex" is not found inside "exp".
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = /^\w.*\w$|^\w$/.test(text) ? new RegExp(`(?<![\\w.])${escaped}(?!\\w)`).exec(source) : null;
  const index = word ? word.index : source.indexOf(text);
  return index < 0 ? undefined : index + 1;
}

// mathjs nodes carry no source position: when a refused node prints differently from how it was
// typed (e.g. "f(x) = x ^ 2"), point at its telltale token instead.
const ANCHORS: Record<string, readonly string[]> = {
  AssignmentNode: ['='],
  BlockNode: [';', '\n'],
  AccessorNode: ['.', '['],
  IndexNode: ['['],
  ObjectNode: ['{'],
  ArrayNode: ['['],
  RangeNode: [':'],
};

function refusedNodePosition(node: MathNode, source: string): number | undefined {
  const printed = positionOf(source, node.toString());
  if (printed !== undefined) return printed;
  const name = node.type === 'FunctionAssignmentNode' ? (node as unknown as { name: string }).name : undefined;
  for (const anchor of name ? [name] : (ANCHORS[node.type] ?? [])) {
    const position = positionOf(source, anchor);
    if (position !== undefined) return position;
  }
  return undefined;
}

function checkNode(node: MathNode, parent: MathNode | null, source: string): void {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        const constant = String(value);
        throw new ExpressionError({ code: 'expression_constant', params: { constant, position: positionOf(source, constant) } });
      }
      return;
    }
    case 'ParenthesisNode':
    case 'ConditionalNode':
      return;
    case 'OperatorNode': {
      const fn = (node as unknown as { fn: string; op: string }).fn;
      if (!OPERATORS.has(fn)) {
        const op = (node as unknown as { op: string }).op;
        throw new ExpressionError({ code: 'expression_operator', params: { operator: op, position: positionOf(source, op) } });
      }
      return;
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      const isCallee = parent?.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === node;
      if (isCallee) return; // checked with its FunctionNode
      if (!ALLOWED_SYMBOLS.has(name)) {
        throw new ExpressionError({ code: 'expression_unknown_name', params: { name, position: positionOf(source, name) } });
      }
      return;
    }
    case 'FunctionNode': {
      const fn = (node as unknown as { fn: MathNode }).fn;
      const name = fn.type === 'SymbolNode' ? (fn as unknown as { name: string }).name : undefined;
      if (name === undefined || !ALLOWED_FUNCTIONS.has(name)) {
        const shown = name ?? fn.toString();
        const params = { name: shown, allowed: EXPRESSION_FUNCTIONS, position: positionOf(source, shown) };
        throw new ExpressionError({ code: 'expression_function', params });
      }
      return;
    }
    default: {
      const params = { text: node.toString(), construct: node.type, position: refusedNodePosition(node, source) };
      throw new ExpressionError({ code: 'expression_construct', params });
    }
  }
}
