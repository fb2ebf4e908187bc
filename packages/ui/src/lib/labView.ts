import { isLocale, type Locale, SOURCE_LOCALE } from '@diaspora-sim/analysis';
import { INDICATORS, REGION_INDICATORS } from '@diaspora-sim/engine';
import type { ChartMode, MapVariant } from '../events.js';

/** The results views, in the order of their tabs. */
export const RESULT_TABS = ['charts', 'map', 'brief', 'strategies', 'sweep', 'sensitivity', 'model'] as const;
export type ResultTab = (typeof RESULT_TABS)[number];
export const CONTROL_TABS = ['levers', 'assumptions', 'scenario'] as const;
export type ControlTab = (typeof CONTROL_TABS)[number];
export const MAP_VARIANTS: readonly MapVariant[] = ['scenario', 'baseline', 'difference'];

/** What the reader looks at, beside the scenario: all of it goes into a share link. */
export interface LabView {
  readonly mode: ChartMode;
  readonly indicators: readonly string[];
  /** The calendar year of the cards, captions and cursor. */
  readonly year: number;
  /** Bands include the behavioural assumptions' uncertainty (drawn per seed). */
  readonly sampleAssumptions: boolean;
  /** Charts show calendar-year values instead of quarters. */
  readonly yearly: boolean;
  readonly tab: ResultTab;
  readonly controls: ControlTab;
  /** The lab's language (links made before languages open in the reader's own, or English). */
  readonly language: Locale;
  /** The Map view's regional indicator and what it shows (its year is the lab's). */
  readonly mapIndicator: string;
  readonly mapVariant: MapVariant;
}

/** The indicators charted when the lab opens: the outcomes the model exists for (a deliberate choice). */
export const DEFAULT_INDICATORS: readonly string[] = [
  'uz_in_kz.remittances_usd',
  'kz_in_uz.remittances_usd',
  'bilateral.trade_usd',
  'uz_in_kz.knowledge_transfer',
  'uz_in_kz.advocacy_rate',
  'kz_in_uz.heritage_language_youth',
  'uz_in_kz.integration_share',
  'bilateral.trust_index',
].filter((id) => INDICATORS.some((i) => i.id === id));

export const DEFAULT_VIEW: LabView = {
  mode: 'levels',
  indicators: DEFAULT_INDICATORS,
  year: 2030,
  sampleAssumptions: false,
  yearly: false,
  tab: 'charts',
  controls: 'levers',
  language: SOURCE_LOCALE,
  mapIndicator: 'remittances_usd',
  mapVariant: 'scenario',
};

/** The view as a link holds it: the Map view's choices only when not the default (links stay short). */
export function linkedView(view: LabView): Partial<LabView> {
  const { mapIndicator, mapVariant, ...rest } = view;
  return {
    ...rest,
    ...(mapIndicator !== DEFAULT_VIEW.mapIndicator && { mapIndicator }),
    ...(mapVariant !== DEFAULT_VIEW.mapVariant && { mapVariant }),
  };
}

/**
 * A view read from a link: anything unknown or malformed falls back to the default, field by field;
 * a link without a language (or with one the lab does not speak) keeps `fallbackLanguage`.
 */
export function viewFrom(value: unknown, fallbackLanguage: Locale = DEFAULT_VIEW.language): LabView {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const known = new Set(INDICATORS.map((i) => i.id));
  const indicators = Array.isArray(v.indicators)
    ? v.indicators.filter((id): id is string => typeof id === 'string' && known.has(id))
    : undefined;
  const one = <T extends string>(x: unknown, choices: readonly T[], fallback: T): T => (choices.includes(x as T) ? (x as T) : fallback);
  return {
    mode: one(v.mode, ['levels', 'difference'] as const, DEFAULT_VIEW.mode),
    indicators: indicators ?? DEFAULT_VIEW.indicators,
    year: Number.isInteger(v.year) ? (v.year as number) : DEFAULT_VIEW.year,
    sampleAssumptions: v.sampleAssumptions === true,
    yearly: v.yearly === true,
    tab: one(v.tab, RESULT_TABS, DEFAULT_VIEW.tab),
    controls: one(v.controls, CONTROL_TABS, DEFAULT_VIEW.controls),
    language: isLocale(v.language) ? v.language : fallbackLanguage,
    mapIndicator: one(
      v.mapIndicator,
      REGION_INDICATORS.map((i) => i.id),
      DEFAULT_VIEW.mapIndicator,
    ),
    mapVariant: one(v.mapVariant, MAP_VARIANTS, DEFAULT_VIEW.mapVariant),
  };
}
