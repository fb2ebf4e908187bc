/**
 * The lab's languages. Uzbek is written in the Latin script (the official one since 1993); Kazakh in
 * Cyrillic (the Latin transition is not complete in official use). `tag` is what Intl formats with.
 */
export const LOCALES = ['en', 'ru', 'kk', 'uz'] as const;
export type Locale = (typeof LOCALES)[number];

export const SOURCE_LOCALE: Locale = 'en';

export const LOCALE_TAG: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  ru: 'ru-RU',
  kk: 'kk-KZ',
  uz: 'uz-Latn-UZ',
};

/** Each language's name in itself, for a language picker. */
export const LOCALE_NAME: Readonly<Record<Locale, string>> = {
  en: 'English',
  ru: 'Русский',
  kk: 'Қазақша',
  uz: 'Oʻzbekcha',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
