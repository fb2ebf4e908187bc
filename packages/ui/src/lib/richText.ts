import type { RichText } from '@diaspora-sim/analysis';
import { html, type TemplateResult } from 'lit';

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
