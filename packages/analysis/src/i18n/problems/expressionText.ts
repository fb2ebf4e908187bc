import type { ExpressionParams, ExpressionProblem, ScheduleParams, ScheduleProblem } from '@diaspora-sim/engine';
import { MESSAGES } from '../resources.js';
import type { Translator } from '../translator.js';
import { localNumber as number, sayProblem, type Texts, unitWord } from './messageParts.js';
import { code, englishDetail, type RichText, richT } from './richText.js';

const orList = (tr: Translator, items: readonly (string | number)[]) => items.join(` ${tr.t('lab:problem.or')} `);

/** Where in the expression, after the message, when known. */
function at(tr: Translator, text: RichText, position: number | undefined): RichText {
  return position === undefined ? text : [...text, ' ', ...richT(tr, 'problem.at', { position })];
}

const EXPRESSION_TEXTS: Texts<ExpressionParams> = {
  expression_too_long: (tr, { max }) => richT(tr, 'problem.expression_too_long', { count: max }),
  expression_unparsable: (tr, { detail, position }) =>
    at(tr, richT(tr, 'problem.expression_unparsable', { detail: englishDetail(detail) }), position),
  expression_constant: (tr, { position }) => at(tr, richT(tr, 'problem.expression_constant'), position),
  expression_operator: (tr, { operator, position }) =>
    at(tr, richT(tr, 'problem.expression_operator', { operator: code(operator) }), position),
  expression_unknown_name: (tr, { name, position }) =>
    at(tr, richT(tr, 'problem.expression_unknown_name', { name: code(name), names: code('year, t, pi, e') }), position),
  expression_function: (tr, { name, allowed, position }) =>
    at(tr, richT(tr, 'problem.expression_function', { name: code(name), allowed: code(allowed.join(', ')) }), position),
  expression_construct: (tr, { text, construct, position }) => {
    const key = `problem.construct.${construct}`;
    const what = key in MESSAGES[tr.locale].lab ? tr.t(`lab:${key}`) : [code(construct)];
    return at(tr, richT(tr, 'problem.expression_construct', { text: code(text), construct: what }), position);
  },
  expression_arguments: (tr, { name, counts, count }) =>
    richT(tr, 'problem.expression_arguments', { name: code(name), counts: orList(tr, counts), count }),
  expression_unevaluable: (tr, { detail }) => richT(tr, 'problem.expression_unevaluable', { detail: englishDetail(detail) }),
  expression_not_number: (tr, { kind }) =>
    richT(tr, kind === 'non-real value' ? 'problem.expression_not_real' : 'problem.expression_not_number'),
};

export function expressionText(tr: Translator, problem: ExpressionProblem): RichText {
  return sayProblem(EXPRESSION_TEXTS, tr, problem);
}

const SCHEDULE_TEXTS: Texts<ScheduleParams> = {
  schedule_years_order: (tr, { year, previous }) => richT(tr, 'problem.schedule_years_order', { year, previous }),
  schedule_not_finite: (tr, { year }) => richT(tr, 'problem.schedule_not_finite', { year }),
  schedule_out_of_range: (tr, { value, year, min, max, unit }) =>
    richT(tr, 'problem.schedule_out_of_range', {
      value: number(tr, value),
      year,
      min: number(tr, min),
      max: number(tr, max),
      unit: unitWord(tr, unit),
    }),
  schedule_not_whole: (tr, { value, year }) => richT(tr, 'problem.schedule_not_whole', { value: number(tr, value), year }),
  schedule_expression: (tr, { expression, year }) =>
    year === undefined
      ? richT(tr, 'problem.schedule_expression', { problem: expressionText(tr, expression) })
      : richT(tr, 'problem.schedule_expression_year', { problem: expressionText(tr, expression), year }),
};

/** What is wrong with a schedule, in the language (ids and expressions as written, mathjs' words quoted). */
export function scheduleText(tr: Translator, problem: ScheduleProblem): RichText {
  return sayProblem(SCHEDULE_TEXTS, tr, problem);
}
