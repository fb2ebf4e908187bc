/**
 * A problem the engine reports as data: a code and its parameters, from which the English message is
 * made here (for the command line) and a translated one by the lab. Each family of problems is a map
 * from code to parameters, with one English function per code: a message cannot be written without
 * its code, and a new code does not compile until it has its English.
 */
export type Problem<Params> = { [Code in keyof Params]: { readonly code: Code; readonly params: Params[Code] } }[keyof Params];

export type EnglishOf<Params> = { readonly [Code in keyof Params]: (params: Params[Code]) => string };

export function english<Params>(table: EnglishOf<Params>, problem: Problem<Params>): string {
  return (table[problem.code] as (params: unknown) => string)(problem.params);
}

/** What an expression cannot be, and where (a 1-based character position, when known). */
export interface ExpressionParams {
  expression_too_long: { readonly max: number };
  /** mathjs' own message, in English. */
  expression_unparsable: { readonly detail: string; readonly position?: number };
  expression_constant: { readonly constant: string; readonly position?: number };
  expression_operator: { readonly operator: string; readonly position?: number };
  expression_unknown_name: { readonly name: string; readonly position?: number };
  expression_function: { readonly name: string; readonly allowed: readonly string[]; readonly position?: number };
  /** `construct`: the mathjs node type, e.g. AssignmentNode. */
  expression_construct: { readonly text: string; readonly construct: string; readonly position?: number };
  expression_arguments: { readonly name: string; readonly counts: readonly number[]; readonly count: number };
  /** mathjs' own message, in English. */
  expression_unevaluable: { readonly detail: string };
  /** `kind`: 'non-real value' or the JavaScript type given. */
  expression_not_number: { readonly kind: string };
}
export type ExpressionProblem = Problem<ExpressionParams>;

/** The words for the constructs an expression may not use; others are named by their node type. */
export const CONSTRUCT_NAMES: Readonly<Record<string, string>> = {
  AssignmentNode: 'assignment',
  FunctionAssignmentNode: 'function definition',
  BlockNode: 'several statements',
  AccessorNode: 'property access',
  IndexNode: 'indexing',
  ObjectNode: 'object',
  ArrayNode: 'matrix',
  RangeNode: 'range',
  RelationalNode: 'chained comparison',
};

const at = (position: number | undefined) => (position === undefined ? '' : ` (at character ${position})`);

export const EXPRESSION_ENGLISH: EnglishOf<ExpressionParams> = {
  expression_too_long: ({ max }) => `expression longer than ${max} characters`,
  expression_unparsable: ({ detail, position }) => `cannot parse: ${detail}${at(position)}`,
  expression_constant: ({ position }) => `only numbers are allowed as constants${at(position)}`,
  expression_operator: ({ operator, position }) => `operator "${operator}" is not allowed${at(position)}`,
  expression_unknown_name: ({ name, position }) => `unknown name "${name}": use year, t, pi or e${at(position)}`,
  expression_function: ({ name, allowed, position }) => `function "${name}" is not allowed; allowed: ${allowed.join(', ')}${at(position)}`,
  expression_construct: ({ text, construct, position }) =>
    `"${text}" is not allowed (${CONSTRUCT_NAMES[construct] ?? construct})${at(position)}`,
  expression_arguments: ({ name, counts, count }) =>
    `${name} takes ${counts.join(' or ')} argument${counts.at(-1) === 1 ? '' : 's'}, not ${count}`,
  expression_unevaluable: ({ detail }) => `cannot evaluate: ${detail}`,
  expression_not_number: ({ kind }) => `gives a ${kind}, not a number`,
};

/** What a schedule's values cannot be; an expression's problem carries the year it met it at, if any. */
export interface ScheduleParams {
  schedule_years_order: { readonly year: number; readonly previous: number };
  schedule_not_finite: { readonly year: number };
  schedule_out_of_range: {
    readonly value: number;
    readonly year: number;
    readonly min: number;
    readonly max: number;
    readonly unit: string;
  };
  schedule_not_whole: { readonly value: number; readonly year: number };
  schedule_expression: { readonly expression: ExpressionProblem; readonly year?: number };
}
export type ScheduleProblem = Problem<ScheduleParams>;

export const SCHEDULE_ENGLISH: EnglishOf<ScheduleParams> = {
  schedule_years_order: ({ year, previous }) => `step years must increase: ${year} comes after ${previous}`,
  schedule_not_finite: ({ year }) => `value is not a finite number at year ${year}`,
  schedule_out_of_range: ({ value, year, min, max, unit }) =>
    `value ${value} at year ${year} is outside the range ${min} to ${max} ${unit}`,
  schedule_not_whole: ({ value, year }) => `value ${value} at year ${year} must be a whole number`,
  schedule_expression: ({ expression, year }) => {
    const message = english(EXPRESSION_ENGLISH, expression);
    return year === undefined ? `bad expression: ${message}` : `expression ${message} at year ${year}`;
  },
};
