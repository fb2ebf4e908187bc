import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNT_UNITS, LOCALE_TAG, LOCALES, MESSAGES, NAMESPACES, renderCatalogSource } from '../../packages/analysis/src/index.js';
import { REGIONS } from '../../packages/engine/src/data/regions.js';
import { REGION_INDICATORS } from '../../packages/engine/src/index.js';

// Every message of the lab's catalogs in every language: English generated from the engine's catalogue,
// the others committed; a missing, empty or left-over key fails here.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const TRANSLATED = LOCALES.filter((l) => l !== 'en');

/** English keys with plural forms reduced to their base, and which bases are plural. */
function englishKeys(namespace: (typeof NAMESPACES)[number]) {
  const plain = new Set<string>();
  const plural = new Set<string>();
  for (const key of Object.keys(MESSAGES.en[namespace])) {
    if (PLURAL.test(key)) plural.add(key.replace(PLURAL, ''));
    else plain.add(key);
  }
  return { plain, plural };
}

/** The keys a locale must have: every plain key, and each plural base with each of its language's categories. */
function expectedKeys(locale: (typeof LOCALES)[number], namespace: (typeof NAMESPACES)[number]): string[] {
  const { plain, plural } = englishKeys(namespace);
  const categories = new Intl.PluralRules(LOCALE_TAG[locale]).resolvedOptions().pluralCategories;
  return [...plain, ...[...plural].flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
}

/** Placeholders, with a language's choice of "35%" or "35" and its own word for per cent counted as one. */
function placeholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1].replace(/Number$/, '').replace(/^number$/, 'value'));
  return [...new Set(names)].sort();
}

describe('message catalogs', () => {
  it('hold the English catalogue messages as the engine catalogue has them (regenerate: pnpm i18n:source)', () => {
    const file = readFileSync(new URL('../../packages/analysis/src/i18n/messages/en/catalog.json', import.meta.url), 'utf8');
    expect(
      file === renderCatalogSource(),
      'messages/en/catalog.json is stale: run `pnpm i18n:source`, then translate the changed keys',
    ).toBe(true);
  });

  for (const locale of TRANSLATED) {
    for (const namespace of NAMESPACES) {
      it(`${locale}/${namespace}: every key translated, none empty, none left over`, () => {
        const messages = MESSAGES[locale][namespace];
        const expected = expectedKeys(locale, namespace);
        const missing = expected.filter((k) => !(k in messages));
        const empty = expected.filter((k) => k in messages && !messages[k]?.trim());
        const extra = Object.keys(messages).filter((k) => !expected.includes(k));
        expect({ missing, empty, extra }).toEqual({ missing: [], empty: [], extra: [] });
      });

      it(`${locale}/${namespace}: keeps every placeholder of the English message`, () => {
        const messages = MESSAGES[locale][namespace];
        const english = MESSAGES.en[namespace];
        const wrong = Object.entries(messages).filter(([key, text]) => {
          const source = english[key] ?? english[`${key.replace(PLURAL, '')}_other`] ?? '';
          return placeholders(text).join() !== placeholders(source).join();
        });
        expect(wrong.map(([k]) => k)).toEqual([]);
      });
    }
  }

  it('Russian and Kazakh leave no English message untranslated', () => {
    for (const locale of ['ru', 'kk'] as const) {
      for (const namespace of NAMESPACES) {
        const same = Object.entries(MESSAGES[locale][namespace]).filter(
          ([key, text]) => /[a-z]{3}/i.test(text.replace(/\{\{\w+\}\}/g, '')) && text === MESSAGES.en[namespace][key],
        );
        expect(same.map(([k]) => `${locale}:${k}`)).toEqual([]);
      }
    }
  });

  it('hold the bundled scenarios’ names and descriptions in English as their files have them (the lab shows them translated)', () => {
    const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'schema.json');
    const lab = MESSAGES.en.lab;
    for (const file of files) {
      const scenario = JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'));
      expect(lab[`scenario.${file}`], `${file}: name; change messages/*/lab.json with it`).toBe(scenario.name);
      expect(lab[`scenarioDescription.${file}`], `${file}: description; change messages/*/lab.json with it`).toBe(scenario.description);
    }
    const named = Object.keys(lab).filter((k) => k.startsWith('scenario.'));
    expect(named).toHaveLength(files.length);
  });

  it('hold the regional indicators’ labels in English as the engine has them (the Map view shows them translated)', () => {
    const lab = MESSAGES.en.lab;
    for (const indicator of REGION_INDICATORS)
      expect(lab[`map.regionIndicator.${indicator.id}`], `${indicator.id}: change messages/*/lab.json with it`).toBe(indicator.label);
    const named = Object.keys(lab).filter((k) => k.startsWith('map.regionIndicator.'));
    expect(named).toHaveLength(REGION_INDICATORS.length);
  });

  it('name every region of the engine and give counted units their plural forms', () => {
    const regions = Object.keys(MESSAGES.en.common)
      .filter((k) => k.startsWith('region.'))
      .map((k) => k.slice('region.'.length));
    expect(regions.sort()).toEqual(REGIONS.map((r) => r.name).sort());
    for (const unit of COUNT_UNITS) expect(MESSAGES.en.common[`count.${unit}_other`], unit).toBeTruthy();
  });
});
