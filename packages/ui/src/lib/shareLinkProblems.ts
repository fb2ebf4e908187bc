import { code, englishDetail, issuesText, noteText, type RichText, richT, type Translator } from '@diaspora-sim/analysis';
import { type EnglishOf, english, formatIssues, type Problem, type ScenarioIssue, type ScenarioNote } from '@diaspora-sim/engine';

/** What was read differently from how a link was made, by code: English for the record, words of any language for the reader. */
export interface LinkNoteParams {
  engine_version: { readonly version: string; readonly current: string };
  /** A migration's note; `whose` when only one of the two scenarios needed it. */
  scenario_note: { readonly whose?: 'scenario' | 'baseline'; readonly note: ScenarioNote };
}
export type LinkNote = Problem<LinkNoteParams> & { readonly message: string };

/** Why a link did not open, by code. */
export interface LinkProblemParams {
  base64: Readonly<Record<string, never>>;
  inflate: { readonly detail: string };
  json: Readonly<Record<string, never>>;
  format: { readonly format: string };
  scenarioInvalid: { readonly issues: readonly ScenarioIssue[] };
  baselineInvalid: { readonly issues: readonly ScenarioIssue[] };
}
export type LinkProblem = Problem<LinkProblemParams>;

const LINK_NOTE_ENGLISH: EnglishOf<LinkNoteParams> = {
  engine_version: ({ version, current }) =>
    `the link was made with diaspora-sim engine ${version} and runs here on engine ${current}, so its results may differ from those its author saw`,
  scenario_note: ({ whose, note }) => `${whose ? `${whose}: ` : ''}${note.message}`,
};

const LINK_PROBLEM_ENGLISH: EnglishOf<LinkProblemParams> = {
  base64: () => 'the link is damaged (its scenario part is not valid base64url text)',
  inflate: ({ detail }) => `the link is damaged (its scenario part does not decompress: ${detail})`,
  json: () => 'the link is damaged (its scenario part is not valid JSON)',
  format: ({ format }) => `the link was made by another version of this lab (format ${format})`,
  scenarioInvalid: ({ issues }) => `the scenario in the link is not valid: ${formatIssues(issues)}`,
  baselineInvalid: ({ issues }) => `the baseline in the link is not valid: ${formatIssues(issues)}`,
};

export function linkNote(problem: Problem<LinkNoteParams>): LinkNote {
  return { ...problem, message: english(LINK_NOTE_ENGLISH, problem) };
}

export function linkRefusal(problem: LinkProblem): { ok: false; message: string; problem: LinkProblem } {
  return { ok: false, message: english(LINK_PROBLEM_ENGLISH, problem), problem };
}

/** A link's note in the reader's language. */
export function linkNoteText(tr: Translator, note: LinkNote): RichText {
  if (note.code === 'engine_version') {
    return richT(tr, 'problem.link.engine', { version: code(note.params.version), current: code(note.params.current) });
  }
  const { whose, note: scenarioNote } = note.params;
  const text = noteText(tr, scenarioNote);
  return whose ? richT(tr, `problem.link.${whose}`, { note: text }) : text;
}

/** Why a link did not open, in the reader's language. */
export function linkProblemText(tr: Translator, problem: LinkProblem): RichText {
  switch (problem.code) {
    case 'inflate':
      return richT(tr, 'problem.link.inflate', { detail: englishDetail(problem.params.detail) });
    case 'format':
      return richT(tr, 'problem.link.format', { format: problem.params.format });
    case 'scenarioInvalid':
    case 'baselineInvalid':
      return richT(tr, `problem.link.${problem.code}`, { issues: issuesText(tr, problem.params.issues) });
    default:
      return richT(tr, `problem.link.${problem.code}`);
  }
}
