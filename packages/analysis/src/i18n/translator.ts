import i18next, { type i18n } from 'i18next';
import { type CatalogSection, catalogKey, groupKey, unitKey } from './catalogSource.js';
import { LOCALE_TAG, LOCALES, type Locale, SOURCE_LOCALE } from './locales.js';
import { MESSAGES, NAMESPACES, type Namespace } from './resources.js';

/**
 * Messages in one language, through i18next: plural forms chosen by Intl.PluralRules (keys ending
 * `_one`, `_few`, `_many`, `_other`), `{{name}}` interpolation, English for any key a language lacks
 * (the tests make sure none does). Values are not HTML-escaped here: Lit escapes what it renders, and
 * the brief's HTML builder escapes everything it writes.
 */
export interface Translator {
  readonly locale: Locale;
  /** The BCP 47 tag Intl formats with. */
  readonly tag: string;
  /** `namespace:key`, e.g. `brief:finding.effect`. */
  t(key: `${Namespace}:${string}`, values?: Record<string, unknown>): string;
  /** A catalogue entry's label, description or source. */
  text(section: CatalogSection, id: string, field: 'label' | 'description' | 'source'): string;
  unit(englishUnit: string): string;
  group(englishGroup: string): string;
  region(name: string): string;
}

function createInstance(): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(LOCALES.map((l) => [l, MESSAGES[l]]));
  void instance.init({
    resources,
    lng: SOURCE_LOCALE,
    fallbackLng: SOURCE_LOCALE,
    supportedLngs: [...LOCALES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: ':',
    initAsync: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

let shared: i18n | undefined;
const translators = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  const known = translators.get(locale);
  if (known) return known;
  shared ??= createInstance();
  const fixed = shared.getFixedT(locale);
  // The messages are fixed once loaded, so a lookup without values is remembered: a render of the lab
  // asks for thousands of labels, and i18next's resolution took most of the time before a lever move's
  // "Updating" was painted (a CPU profile of the built lab).
  const remembered = new Map<string, string>();
  const remember = (cacheKey: string, lookUp: () => string) => {
    let text = remembered.get(cacheKey);
    if (text === undefined) {
      text = lookUp();
      remembered.set(cacheKey, text);
    }
    return text;
  };
  const t = (key: string, values?: Record<string, unknown>) =>
    values ? (fixed(key, values) as string) : remember(key, () => fixed(key, {}) as string);
  // Keys made of English text may hold a colon ("Assumptions: demography"): no namespace is read from them.
  const exact = (ns: Namespace, key: string) => remember(`${ns}\u0000${key}`, () => fixed(key, { ns, nsSeparator: false }) as string);
  const created: Translator = {
    locale,
    tag: LOCALE_TAG[locale],
    t,
    text: (section, id, field) => exact('catalog', catalogKey(section, id, field)),
    unit: (englishUnit) => exact('catalog', unitKey(englishUnit)),
    group: (englishGroup) => exact('catalog', groupKey(englishGroup)),
    region: (name) => exact('common', `region.${name}`),
  };
  translators.set(locale, created);
  return created;
}
