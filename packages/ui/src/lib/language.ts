import {
  isLocale,
  LOCALE_NAME,
  LOCALE_TAG,
  LOCALES,
  type Locale,
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

/**
 * The locales Intl formats the lab's numbers with. Chromium accepts Kazakh and Uzbek but ships no
 * number data for them (its numbers then come out as ICU's root, "1.5" and "10,000"; Node has the
 * data); both languages write numbers as Russian does (a decimal comma, a space between thousands),
 * so Russian's formats stand in where the language's own are missing.
 */
export function numberLocales(): string[] {
  let locales = numberLocaleCache.get(current);
  if (!locales) {
    const tag = LOCALE_TAG[current];
    const fallback = NUMBER_FALLBACK[current];
    locales = fallback && new Intl.NumberFormat(tag).format(1.5) === '1.5' ? [fallback] : [tag];
    numberLocaleCache.set(current, locales);
  }
  return locales;
}
const NUMBER_FALLBACK: Partial<Record<Locale, string>> = { kk: 'ru-RU', uz: 'ru-RU' };
const numberLocaleCache = new Map<Locale, string[]>();

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
