import { ASSUMPTIONS, DIASPORA_LABEL, DRIVERS, HOME_COUNTRY, HOST_COUNTRY, INDICATORS, LEVERS } from '@diaspora-sim/engine';

/**
 * The English source of the `catalog` messages, read from the engine's catalogue: every lever, driver,
 * assumption and indicator by its id, their units and groups (keyed by their English text, so one unit
 * is translated once), and the words the catalogue uses for evidence. `pnpm i18n:source` writes it to
 * messages/en/catalog.json; the translations are committed beside it, and a test fails when they lack
 * one of its keys or keep one it no longer has.
 */
export const PARAMETER_SECTIONS = { lever: LEVERS, driver: DRIVERS, assumption: ASSUMPTIONS } as const;
export type CatalogSection = keyof typeof PARAMETER_SECTIONS | 'indicator';

/** Fields translated per entry; sources only where the policy brief shows them (levers and drivers). */
const FIELDS: Readonly<Record<CatalogSection, readonly ('label' | 'description' | 'source')[]>> = {
  lever: ['label', 'description', 'source'],
  driver: ['label', 'description', 'source'],
  assumption: ['label', 'description'],
  indicator: ['label', 'description'],
};

export const EVIDENCE_WORDS = ['data', 'literature', 'assumption', 'calibrated'] as const;

export function catalogKey(section: CatalogSection, id: string, field: 'label' | 'description' | 'source'): string {
  return `${section}.${id}.${field}`;
}

export function unitKey(englishUnit: string): string {
  return `unit.${englishUnit}`;
}

export function groupKey(englishGroup: string): string {
  return `group.${englishGroup}`;
}

export function catalogSourceMessages(): Record<string, string> {
  const messages: Record<string, string> = {};
  const units = new Set<string>();
  const groups = new Set<string>();
  for (const [section, definitions] of Object.entries(PARAMETER_SECTIONS) as [CatalogSection, typeof LEVERS][]) {
    for (const d of definitions) {
      for (const field of FIELDS[section]) messages[catalogKey(section, d.id, field)] = d[field];
      units.add(d.unit);
      groups.add(d.group);
    }
  }
  for (const d of INDICATORS) {
    for (const field of FIELDS.indicator) messages[catalogKey('indicator', d.id, field as 'label' | 'description')] = d[field as 'label'];
    units.add(d.unit);
  }
  for (const unit of units) messages[unitKey(unit)] = unit;
  for (const group of groups) messages[groupKey(group)] = group;
  for (const [id, label] of Object.entries(DIASPORA_LABEL)) messages[`diaspora.${id}`] = label;
  for (const country of new Set([...Object.values(HOST_COUNTRY), ...Object.values(HOME_COUNTRY)])) messages[`country.${country}`] = country;
  for (const word of EVIDENCE_WORDS) messages[`evidence.${word}`] = word;
  return messages;
}

/** The file's text: keys in the order above, two-space JSON, a final newline. */
export function renderCatalogSource(): string {
  return `${JSON.stringify(catalogSourceMessages(), null, 2)}\n`;
}
