import type { SchemaIssue } from '@diaspora-sim/engine';
import type { z } from 'zod';
import ru from 'zod/v4/locales/ru.js';
import uz from 'zod/v4/locales/uz.js';
import type { Locale } from '../locales.js';
import { MESSAGES } from '../resources.js';
import type { Translator } from '../translator.js';
import { code, marked, type RichText, splitMarked } from './richText.js';
import kk from './zodKk.js';

/** zod's own messages in the lab's languages (English is the issue's message, which may be the schema's own words). */
const LOCALE_ERRORS: Partial<Record<Locale, z.core.$ZodErrorMap>> = { ru: ru().localeError, uz: uz().localeError, kk: kk().localeError };

/** A type's name in the language (the lab catalog's), or as zod names it when the catalog has no word. */
function typeWord(tr: Translator, name: string | undefined): string | undefined {
  const key = `problem.type.${name}`;
  return name !== undefined && key in MESSAGES[tr.locale].lab ? tr.t(`lab:${key}`) : name;
}

/**
 * zod's locales name the input's type with its util.parsedType, which names an object of a class by
 * its class: an object whose constructor bears the type's name in the language makes them say it so.
 */
function inputNamed(name: string | undefined): unknown {
  return name === undefined ? undefined : Object.create({ constructor: { name } });
}

/**
 * A zod issue in the lab's language, through zod's locale for it: the types it names in the language,
 * the keys it quotes marked as code (they are the file's words, not the language's).
 */
export function schemaIssueText(tr: Translator, issue: SchemaIssue): RichText {
  const localeError = LOCALE_ERRORS[tr.locale];
  if (!localeError) return [issue.message];
  const held: RichText[] = [];
  const raw: Record<string, unknown> = { ...issue, path: [], input: inputNamed(typeWord(tr, issue.received)) };
  if ('expected' in issue) raw.expected = typeWord(tr, issue.expected);
  if ('origin' in issue) raw.origin = typeWord(tr, issue.origin);
  if ('keys' in issue)
    raw.keys = issue.keys.map((key) => {
      held.push([code(key)]);
      return marked(held.length - 1);
    });
  const result = localeError(raw as unknown as z.core.$ZodRawIssue);
  const text = typeof result === 'string' ? result : (result?.message ?? issue.message);
  return splitMarked(text, held);
}
