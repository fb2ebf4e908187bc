import { findParameter } from '@diaspora-sim/engine';
import { type AnalysisParams, type AnalysisProblem, type FailureCause, failureCause } from '../../analysisProblem.js';
import type { Translator } from '../translator.js';
import { issuesText } from './issueText.js';
import { localNumber as number, parameterName, sayProblem, type Texts, unitWord } from './messageParts.js';
import { code, englishDetail, joinRich, type RichText, richT } from './richText.js';

/** A swept parameter's problem after its name (the lab's fields, not the command line's axis text, say which values). */
function axis(tr: Translator, id: string, text: RichText): RichText {
  const section = findParameter(id)?.kind === 'assumption' ? 'assumptions' : 'levers';
  return richT(tr, `problem.in.${section}`, { name: parameterName(tr, section, id), problem: text });
}

const ANALYSIS_TEXTS: Texts<AnalysisParams> = {
  sweep_form: (tr, { text }) =>
    richT(tr, 'problem.sweep_form', {
      form: code('<id>=<from>:<to>:<points>'),
      example: code('trade.tariff_equivalent_pct=0:30:7'),
      text: code(text),
    }),
  sweep_not_parameter: (tr, { id }) => richT(tr, 'problem.sweep_not_parameter', { id: code(id) }),
  sweep_not_numbers: (tr, { id }) => axis(tr, id, richT(tr, 'problem.sweep_not_numbers')),
  sweep_points: (tr, { id, max }) => axis(tr, id, richT(tr, 'problem.sweep_points', { max })),
  sweep_one_point: (tr, { id }) => axis(tr, id, richT(tr, 'problem.sweep_one_point')),
  sweep_outside_range: (tr, { id, value, min, max, unit }) =>
    axis(
      tr,
      id,
      richT(tr, 'problem.sweep_outside_range', {
        value: number(tr, value),
        min: number(tr, min),
        max: number(tr, max),
        unit: unitWord(tr, unit),
      }),
    ),
  sweep_not_whole: (tr, { id, value }) => axis(tr, id, richT(tr, 'problem.sweep_not_whole', { value: number(tr, value) })),
  sweep_axes: (tr, { count }) => richT(tr, 'problem.sweep_axes', { count }),
  sensitivity_nothing_to_vary: (tr, { space }) => richT(tr, `problem.sensitivity_nothing_to_vary.${space}`),
  sensitivity_unknown: (tr, { space, ids }) => richT(tr, `problem.sensitivity_unknown.${space}`, { ids: code(ids.join(', ')) }),
  morris_levels: (tr, { levels }) => richT(tr, 'problem.morris_levels', { levels }),
  runs_failed: (tr, { count, first }) => richT(tr, 'problem.runs_failed', { count, cause: failureText(tr, first) }),
  seeds_failed: (tr, { failures }) =>
    joinRich(
      failures.map((f) => richT(tr, 'problem.seed_failed', { seed: f.seed, cause: failureText(tr, f.cause) })),
      '; ',
    ),
};

/** What an analysis refused or met, in the language. */
export function analysisText(tr: Translator, problem: AnalysisProblem): RichText {
  return sayProblem(ANALYSIS_TEXTS, tr, problem);
}

/** Why a run failed: the project's own problem in the language, anything else quoted as the English it is. */
export function failureText(tr: Translator, cause: FailureCause): RichText {
  if (cause.problem) return analysisText(tr, cause.problem);
  if (cause.issues) return issuesText(tr, cause.issues);
  return [englishDetail(cause.message)];
}

/** Whatever was thrown, said as `failureText` says it. */
export function errorText(tr: Translator, error: unknown): RichText {
  return failureText(tr, failureCause(error));
}
