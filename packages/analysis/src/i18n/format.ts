import { findParameter, INDICATORS } from '@diaspora-sim/engine';
import type { Locale } from './locales.js';
import type { Translator } from './translator.js';

/**
 * Numbers, money, counts and dates for one language, with Intl: grouping and decimal marks of the
 * locale, "thousand/million/billion" words from CLDR's long compact forms (with their case agreement,
 * "1,23 миллиарда"), nouns after a number in the plural form Intl.PluralRules picks for the number as
 * displayed, percentage points in words.
 */
export interface LocaleFormat {
  number(value: number, maximumFractionDigits?: number): string;
  /** A size in words: "480 million", "12.3 thousand", "950". */
  human(value: number): string;
  /** A share 0–1 as a percentage with one decimal: "62.1%". */
  share(value: number): string;
  /** A relative change (0.35 = 35%) rounded as displayed (see displayRound), with a sign when asked. */
  percentChange(fraction: number, signed?: boolean): string;
  /** The same number without the per cent sign, for languages that write the word instead. */
  percentNumber(fraction: number, signed?: boolean): string;
  /** Percentage points in words with their plural: "2.1 percentage points". */
  percentagePoints(points: number): string;
  /** A value of an indicator in its unit, in words a report reader expects. */
  indicatorValue(id: string, value: number): string;
  /** A value of a lever, driver or assumption in its unit. */
  parameterValue(id: string, value: number): string;
  /**
   * A value for a table whose row names the unit once: the number alone where parameterValue would
   * add "(unit)", with that unit's words; otherwise parameterValue's text and no unit.
   */
  parameterCell(id: string, value: number): { readonly value: string; readonly unit?: string };
  /** A parameter's range with its unit once: "0.5–8 years", "0.1–1 (share of income)". */
  parameterRange(id: string, min: number, max: number): string;
  date(date: Date): string;
}

/** Units whose values read as a number and a counted noun (plural forms in common.json). */
export const COUNT_UNITS = [
  'persons',
  'persons per year',
  'businesses',
  'links',
  'enterprises',
  'pupils',
  'collaborations per year',
  'students per year',
  'projects per year',
  'years',
  'days',
  'quarters',
  'seeds',
] as const;
const COUNTED = new Set<string>(COUNT_UNITS);

/**
 * How the brief rounds a change before showing it: whole numbers from 10 up, two significant digits
 * below (so a non-zero change never shows as 0). Texts and their tests use this one rule.
 */
export function displayRound(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Math.abs(x) >= 10 ? Math.round(x) : Number(x.toPrecision(2));
}

/** The number a human-sized value shows, for choosing its noun's plural form. */
function humanRounded(value: number): number {
  const a = Math.abs(value);
  if (a >= 1e4) return Number(value.toPrecision(3));
  if (a >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}

const indicatorUnit = new Map(INDICATORS.map((d) => [d.id, d.unit]));

/**
 * Chromium accepts kk-KZ and uz-Latn-UZ but ships no number or date data for them (ICU's root: "4.5%",
 * "10,000", compact "4.6G", "2026 M12 3"); Node has it. Both languages write numbers as Russian does (a
 * decimal comma, a space between thousands), so where the data is missing Russian's number formats
 * stand in, as in the lab, with the language's own magnitude words (the lab catalog's "мың", "mln")
 * and a numeric date ("03.12.2026").
 */
const NUMBER_FALLBACK: Partial<Record<Locale, string>> = { kk: 'ru-RU', uz: 'ru-RU' };
const MAGNITUDES = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
] as const;

/** Whether Intl has number data for the tag (ICU's root writes 1.5 as "1.5" in any language). */
export function hasNumberData(tag: string): boolean {
  return new Intl.NumberFormat(tag).format(1.5) !== '1.5';
}

export interface LocaleFormatOptions {
  /** Whether Intl has the language's number and date data (found out when not given). */
  readonly numberData?: boolean;
}

export function localeFormat(tr: Translator, options: LocaleFormatOptions = {}): LocaleFormat {
  const fallback = NUMBER_FALLBACK[tr.locale];
  const missing = fallback !== undefined && !(options.numberData ?? hasNumberData(tr.tag));
  const tag = missing ? fallback : tr.tag;
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
  const plain = (digits: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
  const percent = (signed: boolean) =>
    new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 4, signDisplay: signed ? 'exceptZero' : 'auto' });
  const decimal = (signed: boolean) =>
    new Intl.NumberFormat(tag, { maximumFractionDigits: 4, signDisplay: signed ? 'exceptZero' : 'auto' });

  const magnitude = (value: number) => {
    const [scale, word] = MAGNITUDES.find(([at]) => Math.abs(value) >= at) ?? MAGNITUDES[2];
    return `${new Intl.NumberFormat(tag, { maximumSignificantDigits: 3 }).format(value / scale)} ${tr.t(`lab:number.${word}`)}`;
  };
  const human = (value: number) =>
    Math.abs(value) < 1e4 ? plain(3).format(humanRounded(value)) : missing ? magnitude(value) : compact.format(value);
  const count = (value: number, unit: string) => tr.t(`common:count.${unit}`, { count: humanRounded(value), value: human(value) });
  const withUnit = (value: number, unit: string) =>
    tr.t('common:value.withUnit', {
      value: new Intl.NumberFormat(tag, { maximumSignificantDigits: 3 }).format(value),
      unit: tr.unit(unit),
    });

  const format: LocaleFormat = {
    number: (value, maximumFractionDigits = 2) => plain(maximumFractionDigits).format(value),
    human,
    share: (value) => new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value),
    percentChange: (fraction, signed = false) => percent(signed).format(displayRound(fraction * 100) / 100),
    percentNumber: (fraction, signed = false) => decimal(signed).format(displayRound(fraction * 100)),
    percentagePoints: (points) => {
      const rounded = displayRound(points);
      return tr.t('common:percentagePoints', { count: Math.abs(rounded), value: decimal(false).format(rounded) });
    },
    indicatorValue: (id, value) => {
      const unit = indicatorUnit.get(id);
      if (unit === undefined) throw new Error(`unknown indicator "${id}"`);
      if (!Number.isFinite(value)) return tr.t('common:value.notAvailable');
      if (unit === 'USD per year') return tr.t('common:usdPerYear', { value: human(value) });
      if (unit.startsWith('share')) return format.share(value);
      if (COUNTED.has(unit)) return count(value, unit);
      return withUnit(value, unit);
    },
    parameterValue: (id, value) => {
      const found = findParameter(id);
      if (!found) throw new Error(`unknown lever, driver or assumption "${id}"`);
      const unit = found.definition.unit;
      if (unit.startsWith('%')) return percent(false).format(value / 100);
      if (unit === '0 = no, 1 = yes') return tr.t(value >= 0.5 ? 'common:value.yes' : 'common:value.no');
      if (COUNTED.has(unit)) return count(value, unit);
      return withUnit(value, unit);
    },
    parameterCell: (id, value) => {
      const found = findParameter(id);
      if (!found) throw new Error(`unknown lever, driver or assumption "${id}"`);
      const unit = found.definition.unit;
      if (unit.startsWith('%') || unit === '0 = no, 1 = yes' || COUNTED.has(unit)) return { value: format.parameterValue(id, value) };
      return { value: new Intl.NumberFormat(tag, { maximumSignificantDigits: 3 }).format(value), unit: tr.unit(unit) };
    },
    parameterRange: (id, min, max) => {
      const found = findParameter(id);
      if (!found) throw new Error(`unknown lever, driver or assumption "${id}"`);
      const unit = found.definition.unit;
      if (unit.startsWith('%') || unit === '0 = no, 1 = yes') return `${format.parameterValue(id, min)}–${format.parameterValue(id, max)}`;
      const span = `${plain(3).format(min)}–${plain(3).format(max)}`;
      if (COUNTED.has(unit)) return tr.t(`common:count.${unit}`, { count: humanRounded(max), value: span });
      return tr.t('common:value.withUnit', { value: span, unit: tr.unit(unit) });
    },
    date: (date) =>
      new Intl.DateTimeFormat(
        tag,
        missing ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' },
      ).format(date),
  };
  return format;
}
