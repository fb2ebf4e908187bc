import type { NoteParams, NoteProblem } from '@diaspora-sim/engine';
import type { Translator } from '../translator.js';
import { assumption, mappedValue, migrationReason, oldValue } from './issueText.js';
import { localNumber as number, sayProblem, type Texts, unitWord } from './messageParts.js';
import { backticksAsCode, type RichText, richT } from './richText.js';

const NOTE_TEXTS: Texts<NoteParams> = {
  schema_migrated: (tr, { from, to }) =>
    richT(tr, 'problem.schema_migrated', { from, to, summary: backticksAsCode(tr.t(`lab:problem.summary.v${from}`)) }),
  assumption_dropped: (tr, { id, value, version }) =>
    assumption(
      tr,
      id,
      richT(tr, 'problem.assumption_dropped', { value: number(tr, value), version, reason: migrationReason(tr, version, id) }),
    ),
  assumption_kept: (tr, { id, value, version }) =>
    assumption(tr, id, richT(tr, 'problem.assumption_kept', { value: number(tr, value), reason: migrationReason(tr, version, id) })),
  assumption_mapped: (tr, p) => {
    const mapped = richT(tr, 'problem.assumption_mapped', {
      was: oldValue(tr, p),
      next: mappedValue(tr, p),
      unit: unitWord(tr, p.newUnit),
      how: migrationReason(tr, p.version, p.id),
    });
    const text =
      p.newDefault === undefined ? mapped : richT(tr, 'problem.newDefault', { problem: mapped, value: number(tr, p.newDefault) });
    return assumption(tr, p.id, text);
  },
};

/** How an older file was read, in the language. */
export function noteText(tr: Translator, note: NoteProblem): RichText {
  return sayProblem(NOTE_TEXTS, tr, note);
}
