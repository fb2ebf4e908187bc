import { CONFIDENCE_LEVEL } from '@diaspora-sim/analysis';
import { hasMessage, numberLocales, t, tr } from './language.js';

/**
 * Numbers in plain units: per cent for shares (percentage points, "pp", for their changes), USD and
 * counts in thousand, million and billion. Every number the lab shows goes through here, in the lab's
 * language: Intl's marks for the locale (ru "4,61", "1 200"), the magnitude and unit words of the
 * `lab` catalog (ru "млрд", "долл. США", "в год").
 */
export type UnitFamily = 'share' | 'usd' | 'count' | 'index';

export function unitFamily(unit: string): UnitFamily {
  if (unit.startsWith('share')) return 'share';
  if (unit.startsWith('USD')) return 'usd';
  if (unit.startsWith('index') || unit === 'Pearson r') return 'index';
  return 'count';
}

const formatters = new Map<string, Intl.NumberFormat>();
/** Intl number formats of the lab's language, made once per language and options. */
function intl(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locales = numberLocales();
  const key = `${locales.join()}:${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales, options);
    formatters.set(key, format);
  }
  return format;
}
/** A whole number with the language's grouping ("10,000", ru "10 000"). */
export function wholeNumber(value: number): string {
  return intl({ maximumFractionDigits: 0 }).format(value);
}

/** A number with a fixed count of decimals, in the language's marks ("1.5", ru "1,5"). */
export function fixed(value: number, decimals: number): string {
  return intl({ minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(value);
}

/** The confidence level of the intervals as the texts print it ("90%", ru "90 %"). */
export function confidenceLevel(): string {
  return intl({ style: 'percent', maximumFractionDigits: 0 }).format(CONFIDENCE_LEVEL);
}

/** A share 0–1 as a percentage with a fixed count of decimals ("62.1%", ru "62,1 %"). */
export function percent(value: number, decimals: number): string {
  return intl({ style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

const MAGNITUDES = [
  { at: 1e9, word: 'billion' },
  { at: 1e6, word: 'million' },
  { at: 1e4, word: 'thousand', divisor: 1e3 },
] as const;
const magnitudeWord = (word: string) => t(`number.${word}`);

/** 4.61e9 → "4.61 billion" (ru "4,61 млрд"); 12_345 → "12.3 thousand"; 950 → "950". */
export function humanNumber(value: number): string {
  const sign = value < 0 ? '−' : '';
  const a = Math.abs(value);
  for (const m of MAGNITUDES)
    if (a >= m.at)
      return `${sign}${intl({ maximumSignificantDigits: 3 }).format(a / ('divisor' in m ? m.divisor : m.at))} ${magnitudeWord(m.word)}`;
  return sign + (a >= 10 || Number.isInteger(a) ? intl({ maximumFractionDigits: 0 }).format(a) : fixed(a, 1));
}

/** "USD 588 million", "USD 1.23 billion", "USD 950" (ru "588 млн долл. США"). */
export function formatUsd(value: number): string {
  return value < 0 ? `−${t('number.usd', { value: humanNumber(-value) })}` : t('number.usd', { value: humanNumber(value) });
}

/** A unit as plain words: "persons" reads "people", a yearly rate "a year"; in other languages the catalogue's unit. */
export function plainUnit(unit: string): string {
  return hasMessage(`unit.${unit}`) ? t(`unit.${unit}`) : tr().unit(unit);
}

const perYear = (text: string, unit: string) => (unit.includes('per year') ? t('number.perYear', { value: text }) : text);

/** A value with its unit, in words a reader of a report expects. */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return t('number.notAvailable');
  switch (unitFamily(unit)) {
    case 'share':
      return intl({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case 'usd':
      return perYear(formatUsd(value), unit);
    case 'index':
      return fixed(value, 3);
    default:
      return `${humanNumber(value)} ${plainUnit(unit)}`;
  }
}

/** A change against the baseline: "+2.1 pp", "−USD 12.3 million a year", "+1,200 people". */
export function formatChange(value: number, unit: string): string {
  if (!Number.isFinite(value)) return t('number.notAvailable');
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const a = Math.abs(value);
  switch (unitFamily(unit)) {
    case 'share':
      return `${sign}${fixed(a * 100, a < 0.001 ? 2 : 1)} ${t('number.percentagePoints')}`;
    case 'usd':
      return `${sign}${perYear(formatUsd(a), unit)}`;
    case 'index':
      return `${sign}${a >= 0.01 || a === 0 ? fixed(a, 3) : intl({ maximumSignificantDigits: 2 }).format(a)}`;
    default:
      return `${sign}${humanNumber(a)} ${plainUnit(unit)}`;
  }
}

/** A relative change, "+35%"; undefined where a ratio means nothing (shares, indices, a zero base). */
export function formatRelative(change: number, base: number, unit: string): string | undefined {
  const family = unitFamily(unit);
  if (family === 'share' || family === 'index' || !(Math.abs(base) > 0) || !Number.isFinite(change)) return undefined;
  const r = (100 * change) / Math.abs(base);
  const digits = Math.abs(r) < 10 ? 1 : 0;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${intl({ style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(r) / 100)}`;
}

/** Tick marks of an axis: nice, distinct values, their labels in the axis's units, and the axis title. */
export interface AxisSpec {
  readonly ticks: number[];
  readonly domain: [number, number];
  readonly format: (value: number) => string;
  /** A value in the axis's units with three significant digits (for labels on marks). */
  readonly precise: (value: number) => string;
  readonly label: string;
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/**
 * An axis over [low, high] of values in `unit`: about `count` ticks on round numbers, labelled in a
 * human magnitude ("USD billion a year", "per cent", "percentage points (pp)") with as many decimals
 * as the step needs, so no two ticks read the same.
 */
export function axisFor(low: number, high: number, unit: string, change: boolean, count = 4): AxisSpec {
  const family = unitFamily(unit);
  const scale = family === 'share' ? 100 : 1;
  let lo = Math.min(low, high) * scale;
  let hi = Math.max(low, high) * scale;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (change || family === 'share') [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  if (hi - lo < 1e-12) [lo, hi] = lo === 0 ? [-1, 1] : [lo - Math.abs(lo) * 0.05, hi + Math.abs(hi) * 0.05];
  const magnitude =
    family === 'share' || family === 'index' ? undefined : MAGNITUDES.find((m) => Math.max(Math.abs(lo), Math.abs(hi)) >= m.at);
  const divisor = magnitude ? ('divisor' in magnitude ? magnitude.divisor : magnitude.at) : 1;
  const step = niceStep((hi - lo) / divisor, count) * divisor;
  const first = Math.floor(lo / step + 1e-9) * step;
  const last = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number((v / scale).toPrecision(12)));
  const decimals = Math.max(0, -Math.floor(Math.log10(step / divisor) + 1e-9));
  const number = (v: number) => {
    const x = (v * scale) / divisor;
    const text = fixed(Math.abs(x), decimals);
    return `${x < 0 && Number(Math.abs(x).toFixed(decimals)) !== 0 ? '−' : ''}${text}`;
  };
  const word = magnitude ? magnitudeWord(magnitude.word) : '';
  const usd = t('number.usd', { value: word }).trim();
  const base =
    family === 'usd'
      ? perYear(usd, unit)
      : family === 'share'
        ? ''
        : word
          ? t('number.magnitudeUnit', { unit: plainUnit(unit), magnitude: word })
          : plainUnit(unit);
  const label =
    family === 'share' ? (change ? t('number.changePoints') : t('number.perCent')) : change ? t('number.change', { unit: base }) : base;
  const suffix = family === 'share' ? (change ? ` ${t('number.percentagePoints')}` : '%') : '';
  const format = (v: number) => `${number(v)}${suffix}`;
  const precise = (v: number) => {
    const x = Number(((v * scale) / divisor).toPrecision(3));
    return `${x < 0 ? '−' : ''}${intl({ maximumFractionDigits: 12, useGrouping: false }).format(Math.abs(x))}${suffix}`;
  };
  return { ticks, domain: [first / scale, last / scale], format, precise, label };
}
