import {
  isLocale,
  LOCALE_NAME,
  LOCALE_TAG,
  LOCALES,
  type Locale,
  type LocaleFormat,
  localeFormat,
  MESSAGES,
  SOURCE_LOCALE,
  type Translator,
  translator,
} from '@diaspora-sim/analysis';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The lab's language: one for the whole page, chosen in the header, remembered in localStorage and
 * carried in share links (the view's `language`). Every word the lab shows is read from the `lab`
 * namespace of the analysis package's catalogs at render time, so a change of language is a re-render:
 * elements ask for one with `updateWhenLanguageChanges(this)`.
 */
export const LANGUAGE_EVENT = 'ds-language-change';
const STORAGE_KEY = 'diaspora-sim.language';

let current: Locale = SOURCE_LOCALE;
const changes = new EventTarget();

export function language(): Locale {
  return current;
}

/** The current language's messages (catalogue labels, units, the lab's words). */
export function tr(): Translator {
  return translator(current);
}

/** Numbers, money and counts for the current language (Intl, CLDR's magnitude words). */
export function numbers(): LocaleFormat {
  let format = formats.get(current);
  if (!format) {
    format = localeFormat(translator(current));
    formats.set(current, format);
  }
  return format;
}
const formats = new Map<Locale, LocaleFormat>();

/** The BCP 47 tag Intl formats with in the current language. */
export function languageTag(): string {
  return LOCALE_TAG[current];
}

/** One of the lab's own messages: `t('app.title')` reads `lab:app.title`. */
export function t(key: string, values?: Record<string, unknown>): string {
  return translator(current).t(`lab:${key}`, values);
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES[current].lab;
}

/**
 * Words read when they are used, not when a module loads: `words('gallery', ['title'], { effect })`
 * gives an object whose `title` is `t('gallery.title')` in the language of the moment.
 */
export function words<const K extends string, F extends object>(
  prefix: string,
  keys: readonly K[],
  functions: F,
): Readonly<Record<K, string>> & F {
  for (const key of keys) Object.defineProperty(functions, key, { get: () => t(`${prefix}.${key}`), enumerable: true });
  return functions as Readonly<Record<K, string>> & F;
}

export function setLanguage(locale: Locale, remember = false): void {
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Storage may be refused (private mode): the choice then lasts as long as the page.
    }
  }
  if (locale === current) return;
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  changes.dispatchEvent(new Event(LANGUAGE_EVENT));
}

/** The reader's remembered choice, else the first of the browser's languages the lab speaks, else English. */
export function preferredLanguage(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (isLocale(stored)) return stored;
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return SOURCE_LOCALE;
}

class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  private readonly handleChange = () => this.host.requestUpdate();
  hostConnected(): void {
    changes.addEventListener(LANGUAGE_EVENT, this.handleChange);
  }
  hostDisconnected(): void {
    changes.removeEventListener(LANGUAGE_EVENT, this.handleChange);
  }
}

/** The element renders again when the language changes (call in its constructor). */
export function updateWhenLanguageChanges(host: ReactiveControllerHost): void {
  new LanguageController(host);
}

export { isLocale, LOCALE_NAME, LOCALES, type Locale };
