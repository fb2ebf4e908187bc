import { t, words } from '../lib/language.js';
import { failureMessage } from '../lib/richText.js';

/** Every word the Map view shows, read from the `lab` catalog in the lab's language when used. */
export const MAP_TEXT = words(
  'map',
  ['intro', 'indicator', 'year', 'show', 'loading', 'loadingOutlines', 'region', 'increase', 'decrease', 'source'],
  {
    variant: (variant: string) => t(`map.variant.${variant}`),
    /** A regional indicator's label (the engine's REGION_INDICATORS are not in the catalogue; a test keeps English equal). */
    indicatorLabel: (id: string) => t(`map.regionIndicator.${id}`),
    failed: (error: unknown) => failureMessage('map.failed', error),
    outlinesFailed: (error: unknown) => failureMessage('map.outlinesFailed', error),
    mapLabel: (indicator: string, year: number, variant: string) => t('map.label', { indicator, year, variant }),
    tableCaption: (indicator: string, year: number) => t('map.caption', { indicator, year }),
  },
);
