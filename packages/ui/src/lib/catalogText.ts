import type { CatalogSection } from '@diaspora-sim/analysis';
import { ASSUMPTIONS, DRIVERS, INDICATORS, type IndicatorDefinition, LEVERS, type ParameterDefinition } from '@diaspora-sim/engine';
import { type Locale, language, t, tr } from './language.js';

/**
 * The engine's catalogue in the lab's language: labels, descriptions, groups and (for levers and
 * drivers) sources replaced by their translations, keyed by id; ids, units, ranges and everything the
 * code reads stay as the engine has them (the engine is language-free). Units are shown through
 * `unitText`, never rewritten, because formats choose by the English unit.
 */
const SECTION_OF = new Map<string, CatalogSection>([
  ...LEVERS.map((d) => [d.id, 'lever'] as const),
  ...DRIVERS.map((d) => [d.id, 'driver'] as const),
  ...ASSUMPTIONS.map((d) => [d.id, 'assumption'] as const),
]);

/** Assumptions' sources are long citations not yet translated: shown in English, marked `lang="en"`. */
export function sourceLanguage(id: string): 'en' | undefined {
  return SECTION_OF.get(id) === 'assumption' && language() !== 'en' ? 'en' : undefined;
}

const parameterCache = new Map<string, readonly ParameterDefinition[]>();
const indicatorCache = new Map<Locale, readonly IndicatorDefinition[]>();

export function localParameters<T extends ParameterDefinition>(definitions: readonly T[], name: string): readonly T[] {
  const key = `${language()}:${name}`;
  const known = parameterCache.get(key);
  if (known) return known as readonly T[];
  const text = tr();
  const local = definitions.map((d) => {
    const section = SECTION_OF.get(d.id);
    if (!section) return d;
    return {
      ...d,
      label: text.text(section, d.id, 'label'),
      description: text.text(section, d.id, 'description'),
      source: section === 'assumption' ? d.source : text.text(section, d.id, 'source'),
    };
  });
  parameterCache.set(key, local);
  return local;
}

export const localLevers = () => localParameters(LEVERS, 'levers');
export const localDrivers = () => localParameters(DRIVERS, 'drivers');
export const localAssumptions = () => localParameters(ASSUMPTIONS, 'assumptions');
export const localAllParameters = () => localParameters([...LEVERS, ...DRIVERS, ...ASSUMPTIONS], 'all');

export function localIndicators(): readonly IndicatorDefinition[] {
  const known = indicatorCache.get(language());
  if (known) return known;
  const text = tr();
  const local = INDICATORS.map((d) => ({
    ...d,
    label: text.text('indicator', d.id, 'label'),
    description: text.text('indicator', d.id, 'description'),
  }));
  indicatorCache.set(language(), local);
  return local;
}

export function localIndicator(id: string): IndicatorDefinition | undefined {
  return localIndicators().find((d) => d.id === id);
}

/** A parameter's or indicator's unit as the reader sees it. */
export function unitText(unit: string): string {
  return tr().unit(unit);
}

/** A lever group's name (the panel keys groups by their English name). */
export function groupText(group: string): string {
  return tr().group(group);
}

export function evidenceText(evidence: string): string {
  return t(`evidence.${evidence}`);
}

/** A bundled scenario's name in the lab's language, when the scenario is that file's, unedited. */
export function scenarioName(file: string, name: string): string {
  return file ? t(`scenario.${file}`, { defaultValue: name }) : name;
}

/** A bundled scenario's description in the lab's language (the file's own for any other). */
export function scenarioDescription(file: string, description: string): string {
  return file ? t(`scenarioDescription.${file}`, { defaultValue: description }) : description;
}
