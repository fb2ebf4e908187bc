import type { Namespace } from '../resources.js';
import type { Translator } from '../translator.js';

/**
 * A message with the pieces that are not words of the language marked: `code` (ids, paths,
 * expressions, written as typed) and `english` (a library's own English detail, quoted as such). The
 * lab renders them as `<code>` and `<q lang="en">`; `plainText` flattens them for a text field.
 */
export type TextPart = string | { readonly code: string } | { readonly english: string };
export type RichText = readonly TextPart[];

export const code = (text: string): TextPart => ({ code: text });
export const englishDetail = (text: string): TextPart => ({ english: text });

/** A value put into a message: a plain value, one marked part, or a whole rich text. */
export type RichValue = string | number | TextPart | RichText;

// Marked values travel through i18next between private-use characters no message contains, then are put back.
const MARK = '\uE000';
const MARKED = /\uE000(\d+)\uE000/;

/** A message of the `lab` catalog (by default) with rich values interpolated, as parts. */
export function richT(
  tr: Translator,
  key: string,
  values: Readonly<Record<string, RichValue>> = {},
  namespace: Namespace = 'lab',
): RichText {
  const held: RichText[] = [];
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
    else {
      plain[name] = marked(held.length);
      held.push(Array.isArray(value) ? value : [value as TextPart]);
    }
  }
  return splitMarked(tr.t(`${namespace}:${key}`, plain), held);
}

/** Text with marks (see `marked`), the marks replaced by the rich texts they stand for. */
export function splitMarked(text: string, held: readonly RichText[]): RichText {
  const parts: TextPart[] = [];
  text.split(MARKED).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) parts.push(piece);
    } else parts.push(...(held[Number(piece)] ?? []));
  });
  return parts;
}

export function marked(index: number): string {
  return `${MARK}${index}${MARK}`;
}

/** A message whose ids and file names are written between backticks, those marked as code. */
export function backticksAsCode(text: string): RichText {
  return text
    .split('`')
    .map((piece, i) => (i % 2 === 1 ? code(piece) : piece))
    .filter((part) => part !== '');
}

/** Rich texts one after another, with a separator between them. */
export function joinRich(texts: readonly RichText[], separator: TextPart): RichText {
  return texts.flatMap((text, i) => (i === 0 ? [...text] : [separator, ...text]));
}

/** The message as plain text: code as written, English details in quotation marks. */
export function plainText(text: RichText): string {
  return text.map((part) => (typeof part === 'string' ? part : 'code' in part ? part.code : `“${part.english}”`)).join('');
}
