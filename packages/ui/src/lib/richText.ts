import { errorText, type RichText, richT } from '@diaspora-sim/analysis';
import { html, type TemplateResult } from 'lit';
import { tr } from './language.js';

/**
 * A message with ids and expressions as `<code>` (as written, in no language) and a library's English
 * detail quoted and marked `lang="en"` (what a reader's screen reader and the language checks expect).
 */
export function renderRich(text: string | RichText): string | Array<string | TemplateResult> {
  if (typeof text === 'string') return text;
  return text.map((part) => {
    if (typeof part === 'string') return part;
    if ('code' in part) return html`<code>${part.code}</code>`;
    return html`<q lang="en">${part.english}</q>`;
  });
}

/**
 * A lab message about a failure (`key` has a `{{message}}`), with the error as the analysis layer
 * says it: the project's own problems in the language, an exception's own words quoted as English.
 */
export function failureMessage(key: string, error: unknown): RichText {
  return richT(tr(), key, { message: errorText(tr(), error) });
}
