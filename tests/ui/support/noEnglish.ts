import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { MESSAGES } from '../../../packages/analysis/src/index.js';
import { latinWords, visibleText } from './visibleText.js';

/** Latin text a Russian page may show, each for its reason. */
export const ALLOWED = [
  'sim run', // the command line's command, named in the KPI note
  'JSON', // a file format's name ("Сохранить сценарий в JSON")
  'HTML', // a file format's name (the brief's "Скачать HTML")
  'docs/model.md', // a file's path
  'max(0.5, 1 - 0.25 * (year - 2026))', // a schedule expression (code), quoted in a scenario's description
  'WPP', // the UN's World Population Prospects, named so in the catalogue's Russian label
  'c_ref', // a formula's symbol in a catalogue label (the reference cost of sending money)
  // Cited works, authors, documents and sites keep their own names in the translated sources:
  'The Journey Ahead',
  'Hummels',
  'Schaur',
  'A/HRC/13/23/Add.1',
  'Khabar24',
  'WEO',
  'caliber.az',
  // The map's data sources, named as they name themselves:
  'Natural Earth',
  'world-atlas',
  'GeoNames',
];

/** English messages of the lab and the catalogue long enough to be told apart (two words or more). */
export function englishFragments(): Map<string, string> {
  const fragments = new Map<string, string>();
  for (const namespace of ['lab', 'catalog'] as const) {
    for (const [key, text] of Object.entries(MESSAGES.en[namespace])) {
      // Placeholders and code (between backticks) are not words of a language.
      for (const part of text.split(/\{\{\w+\}\}|`[^`]*`/)) {
        const fragment = part.replace(/^[\s(),.:;–—]+|[\s(),.:;–—]+$/g, '');
        if ((fragment.match(/[A-Za-z]{2,}/g) ?? []).length >= 2 && !ALLOWED.includes(fragment))
          fragments.set(fragment, `${namespace}:${key}`);
      }
    }
  }
  return fragments;
}

/**
 * No English message in view; in a Cyrillic language no Latin word either (Uzbek is written in Latin).
 * `within`: only inside the elements matching this selector, else the whole page (which has the lab's title).
 */
export async function checkNoEnglish(
  page: Page,
  where: string,
  english: Map<string, string>,
  language: 'ru' | 'kk' | 'uz' = 'ru',
  within?: string,
) {
  const texts = await visibleText(page, within);
  const joined = texts.join('\n');
  if (within === undefined) expect(joined, `the text collected in ${where}`).toContain(MESSAGES[language].lab['app.title']);
  else expect(joined, `the text collected in ${where}`).not.toBe('');
  const shown = [...english].filter(([fragment]) => joined.includes(fragment)).map(([fragment, key]) => `${key}: ${fragment}`);
  expect(shown, `English messages in ${where}`).toEqual([]);
  if (language !== 'uz') expect(latinWords(texts, ALLOWED), `Latin words in ${where}`).toEqual([]);
}
