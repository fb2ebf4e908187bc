import type { IssueParams, IssueProblem, ScenarioIssue } from '@diaspora-sim/engine';
import type { Translator } from '../translator.js';
import { scheduleText } from './expressionText.js';
import { localNumber as number, parameterName, sayProblem, type Texts, unitWord } from './messageParts.js';
import { backticksAsCode, code, englishDetail, joinRich, type RichText, richT, type TextPart } from './richText.js';
import { schemaIssueText } from './schemaIssueText.js';

/** An assumption's value as an older version read it: "0,5 (ед., версия 1)". */
export function oldValue(tr: Translator, p: { value: number; unit: string; version: number }): RichText {
  return richT(tr, 'problem.oldValue', { value: number(tr, p.value), unit: unitWord(tr, p.unit), version: p.version });
}

/** A converted value, after the id it now has when that changed. */
export function mappedValue(tr: Translator, p: { id: string; target: string; next: number }): RichText {
  const next = number(tr, p.next);
  return p.target === p.id ? [next] : [...parameterName(tr, 'assumptions', p.target), ' ', next];
}

/** What a migration could not carry over, after the assumption's name. */
export function assumption(tr: Translator, id: string, text: RichText): RichText {
  return richT(tr, 'problem.in.assumptions', { name: parameterName(tr, 'assumptions', id), problem: text });
}

/** The reason a migration step gives for a change of an assumption (its own words, by version and id). */
export function migrationReason(tr: Translator, version: number, id: string): RichText {
  return backticksAsCode(tr.t(`lab:problem.reason.v${version}.${id}`));
}

const ISSUE_TEXTS: Texts<IssueParams> = {
  json_syntax: (tr, { detail }) => richT(tr, 'problem.json_syntax', { detail: englishDetail(detail) }),
  not_object: (tr) => richT(tr, 'problem.not_object'),
  version_missing: (tr, range) => richT(tr, 'problem.version_missing', range),
  version_not_number: (tr) => richT(tr, 'problem.version_not_number'),
  version_newer: (tr, p) => richT(tr, 'problem.version_newer', p),
  version_unsupported: (tr, p) => richT(tr, 'problem.version_unsupported', { ...p, version: number(tr, p.version) }),
  unknown_id: (tr, { section, id, suggestion }) => {
    const unknown = richT(tr, `problem.unknown_id.${section}`, { id: code(id) });
    if (!suggestion) return unknown;
    return richT(tr, 'problem.suggestion', { problem: unknown, suggestion: parameterName(tr, section, suggestion) });
  },
  schedule_shape: (tr) => richT(tr, 'problem.schedule_shape', { names: code('year, t') }),
  schedule: (tr, { section, id, problem }) =>
    richT(tr, `problem.in.${section}`, { name: parameterName(tr, section, id), problem: scheduleText(tr, problem) }),
  schema: (tr, { issue }) => schemaIssueText(tr, issue),
  assumption_not_number: (tr, { id, unit, version }) =>
    assumption(tr, id, richT(tr, 'problem.assumption_not_number', { unit: unitWord(tr, unit), version })),
  assumption_outside_old_range: (tr, p) =>
    assumption(
      tr,
      p.id,
      richT(tr, 'problem.assumption_outside_old_range', {
        value: number(tr, p.value),
        version: p.version,
        min: number(tr, p.min),
        max: number(tr, p.max),
        unit: unitWord(tr, p.unit),
      }),
    ),
  assumption_unmappable: (tr, p) =>
    assumption(
      tr,
      p.id,
      richT(tr, 'problem.assumption_unmappable', { was: oldValue(tr, p), reason: migrationReason(tr, p.version, p.id) }),
    ),
  assumption_target_set: (tr, { id, target }) =>
    assumption(tr, id, richT(tr, 'problem.assumption_target_set', { target: parameterName(tr, 'assumptions', target) })),
  assumption_outside_new_range: (tr, p) =>
    assumption(
      tr,
      p.id,
      richT(tr, 'problem.assumption_outside_new_range', {
        was: oldValue(tr, p),
        min: number(tr, p.min),
        max: number(tr, p.max),
        unit: unitWord(tr, p.newUnit),
        reason: migrationReason(tr, p.version, p.id),
      }),
    ),
  assumption_maps_outside: (tr, p) =>
    assumption(
      tr,
      p.id,
      richT(tr, 'problem.assumption_maps_outside', {
        was: oldValue(tr, p),
        next: mappedValue(tr, p),
        unit: unitWord(tr, p.newUnit),
        how: migrationReason(tr, p.version, p.id),
        min: number(tr, p.min),
        max: number(tr, p.max),
      }),
    ),
};

/** What is wrong, in the language, without where (a schedule editor shows one parameter's). */
export function issueText(tr: Translator, issue: IssueProblem): RichText {
  return sayProblem(ISSUE_TEXTS, tr, issue);
}

/** Where in the file, as written there; the engine's "(file)" for the file as a whole, in words. */
function placeInFile(tr: Translator, path: string): TextPart {
  return path === '(file)' ? tr.t('lab:problem.wholeFile') : code(path);
}

/** Every issue on its own line, each after its place in the file. */
export function issuesText(tr: Translator, issues: readonly ScenarioIssue[]): RichText {
  return joinRich(
    issues.map((issue) => [placeInFile(tr, issue.path), ': ', ...issueText(tr, issue)]),
    '\n',
  );
}
