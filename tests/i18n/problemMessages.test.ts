import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_ENGLISH,
  type AnalysisProblem,
  analysisText,
  issuesText,
  issueText,
  LOCALES,
  type Locale,
  MESSAGES,
  noteText,
  plainText,
  type RichText,
  translator,
} from '../../packages/analysis/src/index.js';
import {
  EXPRESSION_ENGLISH,
  type ExpressionProblem,
  ISSUE_ENGLISH,
  type IssueProblem,
  NOTE_ENGLISH,
  type NoteProblem,
  parseScenario,
  SCHEDULE_ENGLISH,
  type ScheduleProblem,
} from '../../packages/engine/src/index.js';

// Every code the engine gives a message for has words in every language: formatted with sample
// parameters, a Russian, Kazakh or Uzbek message is whole (no `{{`) and holds no English word of
// the English messages, apart from what is marked as code or as a library's English detail.

const EXPRESSIONS: Record<ExpressionProblem['code'], ExpressionProblem> = {
  expression_too_long: { code: 'expression_too_long', params: { max: 500 } },
  expression_unparsable: { code: 'expression_unparsable', params: { detail: 'Unexpected end of expression', position: 7 } },
  expression_constant: { code: 'expression_constant', params: { constant: 'abc', position: 1 } },
  expression_operator: { code: 'expression_operator', params: { operator: "'", position: 2 } },
  expression_unknown_name: { code: 'expression_unknown_name', params: { name: 'x', position: 1 } },
  expression_function: { code: 'expression_function', params: { name: 'evaluate', allowed: ['abs', 'min'], position: 1 } },
  expression_construct: { code: 'expression_construct', params: { text: 'a = 1', construct: 'AssignmentNode', position: 3 } },
  expression_arguments: { code: 'expression_arguments', params: { name: 'pow', counts: [2], count: 1 } },
  expression_unevaluable: { code: 'expression_unevaluable', params: { detail: 'Too many arguments in function round' } },
  expression_not_number: { code: 'expression_not_number', params: { kind: 'non-real value' } },
};

const SCHEDULES: Record<ScheduleProblem['code'], ScheduleProblem> = {
  schedule_years_order: { code: 'schedule_years_order', params: { year: 2025, previous: 2030 } },
  schedule_not_finite: { code: 'schedule_not_finite', params: { year: 2031 } },
  schedule_out_of_range: { code: 'schedule_out_of_range', params: { value: 12, year: 2030, min: 0, max: 10, unit: '% of 200 USD' } },
  schedule_not_whole: { code: 'schedule_not_whole', params: { value: 2.5, year: 2030 } },
  schedule_expression: { code: 'schedule_expression', params: { expression: EXPRESSIONS.expression_unknown_name, year: 2022 } },
};

const old = { id: 'language.course_gain', value: 0.9, unit: 'proficiency points per course seat', version: 1 };
const ISSUES: Record<IssueProblem['code'], IssueProblem> = {
  json_syntax: { code: 'json_syntax', params: { detail: 'Unexpected end of JSON input' } },
  not_object: { code: 'not_object', params: {} },
  version_missing: { code: 'version_missing', params: { oldest: 1, newest: 2 } },
  version_not_number: { code: 'version_not_number', params: {} },
  version_newer: { code: 'version_newer', params: { version: 3, newest: 2 } },
  version_unsupported: { code: 'version_unsupported', params: { version: 0, oldest: 1, newest: 2 } },
  unknown_id: {
    code: 'unknown_id',
    params: { section: 'levers', id: 'uz_in_kz.anti_discriminaton', suggestion: 'uz_in_kz.anti_discrimination' },
  },
  schedule_shape: { code: 'schedule_shape', params: {} },
  schedule: {
    code: 'schedule',
    params: { section: 'levers', id: 'kz_to_uz.remittance_cost_pct', problem: SCHEDULES.schedule_out_of_range },
  },
  schema: { code: 'schema', params: { issue: { code: 'too_small', origin: 'number', minimum: 1, inclusive: true, message: 'Too small' } } },
  assumption_not_number: { code: 'assumption_not_number', params: { id: old.id, unit: old.unit, version: 1 } },
  assumption_outside_old_range: { code: 'assumption_outside_old_range', params: { ...old, min: 0.1, max: 0.5 } },
  assumption_unmappable: { code: 'assumption_unmappable', params: { ...old, id: 'investment.base_rate', reason: '…' } },
  assumption_target_set: {
    code: 'assumption_target_set',
    params: { id: 'demography.life_expectancy', target: 'demography.life_expectancy_shift' },
  },
  assumption_outside_new_range: {
    code: 'assumption_outside_new_range',
    params: { ...old, id: 'remittances.migrant_share', unit: 'share of income', min: 0.3, max: 1, newUnit: 'share of income', reason: '…' },
  },
  assumption_maps_outside: {
    code: 'assumption_maps_outside',
    params: { ...old, target: old.id, next: 1.8, newUnit: 'proficiency points per completed course', how: '…', min: 0.4, max: 0.8 },
  },
};

const NOTES: Record<NoteProblem['code'], NoteProblem> = {
  schema_migrated: { code: 'schema_migrated', params: { from: 1, to: 2, summary: '…' } },
  assumption_dropped: { code: 'assumption_dropped', params: { id: 'investment.base_rate', value: 0.06, version: 1, reason: '…' } },
  assumption_kept: { code: 'assumption_kept', params: { id: 'remittances.settled_share', value: 0.1, version: 1, reason: '…' } },
  assumption_mapped: {
    code: 'assumption_mapped',
    params: {
      ...old,
      id: 'demography.life_expectancy',
      value: 74,
      unit: 'years',
      target: 'demography.life_expectancy_shift',
      next: 2,
      newUnit: 'years beside the WPP 2024 path',
      how: '…',
      newDefault: 0,
    },
  },
};

// What the analyses refuse or meet; a failure's cause is the project's own problem, a refused scenario, or an exception.
const axis = 'trade.tariff_equivalent_pct=0:99:3';
const tariff = 'trade.tariff_equivalent_pct';
const exception: AnalysisProblem = { code: 'runs_failed', params: { count: 2, first: { message: 'x is not a function' } } };
const ANALYSES: Record<AnalysisProblem['code'], AnalysisProblem> = {
  sweep_form: { code: 'sweep_form', params: { text: 'tariff 0 to 9' } },
  sweep_not_parameter: { code: 'sweep_not_parameter', params: { id: 'trade.no_such_lever' } },
  sweep_not_numbers: { code: 'sweep_not_numbers', params: { text: axis, id: tariff } },
  sweep_points: { code: 'sweep_points', params: { text: axis, id: tariff, max: 1000 } },
  sweep_one_point: { code: 'sweep_one_point', params: { text: axis, id: tariff } },
  sweep_outside_range: {
    code: 'sweep_outside_range',
    params: { text: axis, id: tariff, value: 99, min: 0, max: 60, unit: '% ad valorem' },
  },
  sweep_not_whole: { code: 'sweep_not_whole', params: { text: axis, id: 'trade.cooperation_zone', value: 0.5 } },
  sweep_axes: { code: 'sweep_axes', params: { count: 3 } },
  sensitivity_nothing_to_vary: { code: 'sensitivity_nothing_to_vary', params: { space: 'assumptions' } },
  sensitivity_unknown: { code: 'sensitivity_unknown', params: { space: 'policy', ids: ['trade.no_such_lever'] } },
  morris_levels: { code: 'morris_levels', params: { levels: 3 } },
  runs_failed: {
    code: 'runs_failed',
    params: { count: 1, first: { message: '…', problem: { code: 'sweep_axes', params: { count: 0 } } } },
  },
  seeds_failed: {
    code: 'seeds_failed',
    params: {
      failures: [
        { seed: 1, cause: { message: '…', issues: [{ path: '(file)', code: 'not_object', params: {}, message: '…' }] } },
        { seed: 2, cause: { message: '…', problem: exception } },
      ],
    },
  },
};

type Sample = readonly [code: string, say: (locale: Locale) => RichText];

/** Every problem of every code, an expression's and a schedule's inside a lever's issue. */
const SAMPLES: readonly Sample[] = [
  ...Object.values(ISSUES).map((p): Sample => [p.code, (l) => issueText(translator(l), p)]),
  ...Object.values(SCHEDULES).map((p): Sample => [p.code, (l) => issueText(translator(l), scheduleIssue(p))]),
  ...Object.values(EXPRESSIONS).map(
    (expression): Sample => [
      expression.code,
      (l) => issueText(translator(l), scheduleIssue({ code: 'schedule_expression', params: { expression } })),
    ],
  ),
  ...Object.values(NOTES).map((p): Sample => [p.code, (l) => noteText(translator(l), p)]),
  ...Object.values(ANALYSES).map((p): Sample => [p.code, (l) => analysisText(translator(l), p)]),
];

function scheduleIssue(problem: ScheduleProblem): IssueProblem {
  return { code: 'schedule', params: { section: 'levers', id: 'kz_to_uz.remittance_cost_pct', problem } };
}

/** The words of the message in the language: what is marked as code or as English detail left out. */
const words = (text: RichText) => text.filter((part): part is string => typeof part === 'string').join('');

/** Words of four letters or more of the English problem messages (a language may share a short one). */
function englishWords(): Set<string> {
  const found = new Set<string>();
  for (const [key, text] of Object.entries(MESSAGES.en.lab)) {
    if (!key.startsWith('problem.')) continue;
    for (const word of text.replace(/\{\{\w+\}\}|`[^`]*`/g, ' ').match(/[A-Za-z]{4,}/g) ?? []) found.add(word.toLowerCase());
  }
  // A file format's name every language writes so, and words Uzbek writes as English does.
  for (const shared of ['json', 'model', 'format']) found.delete(shared);
  return found;
}

describe('the engine’s messages in every language', () => {
  it('have a sample here for every code the engine gives English for', () => {
    expect(Object.keys(ISSUES).sort()).toEqual(Object.keys(ISSUE_ENGLISH).sort());
    expect(Object.keys(SCHEDULES).sort()).toEqual(Object.keys(SCHEDULE_ENGLISH).sort());
    expect(Object.keys(EXPRESSIONS).sort()).toEqual(Object.keys(EXPRESSION_ENGLISH).sort());
    expect(Object.keys(NOTES).sort()).toEqual(Object.keys(NOTE_ENGLISH).sort());
    expect(Object.keys(ANALYSES).sort()).toEqual(Object.keys(ANALYSIS_ENGLISH).sort());
  });

  it('quote an exception’s own words as English, after the words of the language', () => {
    const text = analysisText(translator('ru'), exception);
    expect(text).toContainEqual({ english: 'x is not a function' });
    expect(plainText(text)).toMatch(/^неудачных прогонов: 2/);
  });

  it.each(LOCALES)('say every code in %s, whole', (locale) => {
    for (const [name, format] of SAMPLES) {
      const text = plainText(format(locale));
      expect(text.trim(), name).not.toBe('');
      expect(text, name).not.toContain('{{');
      expect(text, name).not.toMatch(/problem\.|\bundefined\b|NaN/);
    }
  });

  it.each(['ru', 'kk', 'uz'] as const)('say every code in %s without an English word', (locale) => {
    const english = englishWords();
    for (const [name, format] of SAMPLES) {
      const left = (words(format(locale)).match(/[A-Za-z]{4,}/g) ?? []).filter((w) => english.has(w.toLowerCase()));
      expect(left, `${name}: ${plainText(format(locale))}`).toEqual([]);
    }
  });

  it.each(['ru', 'kk', 'uz'] as const)('say zod’s issues of a bad file in %s through its locale, keys marked as code', (locale) => {
    const parsed = parseScenario({ schemaVersion: 2, name: 7, seeds: 0, endYear: 2200, startYear: 2020, sedes: 3 });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const codes = parsed.issues.map((issue) => (issue.code === 'schema' ? issue.params.issue.code : issue.code)).sort();
    expect(codes).toEqual(['invalid_type', 'invalid_value', 'too_big', 'too_small', 'unrecognized_keys']);
    for (const issue of parsed.issues) {
      const text = issueText(translator(locale), issue);
      // zod's English words (and the type names it would leave in English) are gone.
      expect(words(text), plainText(text)).not.toMatch(/expected|received|Invalid|Too (big|small)|Unrecognized|\bstring\b|\bnumber\b/);
    }
    const unrecognized = parsed.issues.find((issue) => issue.code === 'schema' && issue.params.issue.code === 'unrecognized_keys');
    expect(unrecognized && issueText(translator(locale), unrecognized)).toContainEqual({ code: 'sedes' });
    // Each issue after its place in the file; the file as a whole named in words, the other places as written.
    const listed = plainText(issuesText(translator(locale), parsed.issues));
    expect(listed).not.toContain('(file)');
    expect(listed).toContain('seeds: ');
  });
});
