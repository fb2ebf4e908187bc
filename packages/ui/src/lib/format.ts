/**
 * Numbers in plain units: per cent for shares (percentage points, "pp", for their changes), USD and
 * counts in thousand, million and billion. Every number the lab shows goes through here.
 */
export type UnitFamily = 'share' | 'usd' | 'count' | 'index';

export function unitFamily(unit: string): UnitFamily {
  if (unit.startsWith('share')) return 'share';
  if (unit.startsWith('USD')) return 'usd';
  if (unit.startsWith('index') || unit === 'Pearson r') return 'index';
  return 'count';
}

const significant = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });
const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const MAGNITUDES = [
  { at: 1e9, word: 'billion' },
  { at: 1e6, word: 'million' },
  { at: 1e4, word: 'thousand', divisor: 1e3 },
] as const;

/** 4.61e9 → "4.61 billion"; 12_345 → "12.3 thousand"; 950 → "950". */
export function humanNumber(value: number): string {
  const sign = value < 0 ? '−' : '';
  const a = Math.abs(value);
  for (const m of MAGNITUDES) if (a >= m.at) return `${sign}${significant.format(a / ('divisor' in m ? m.divisor : m.at))} ${m.word}`;
  return sign + (a >= 10 || Number.isInteger(a) ? whole.format(a) : a.toFixed(1));
}

/** "USD 588 million", "USD 1.23 billion", "USD 950". */
export function formatUsd(value: number): string {
  return value < 0 ? `−USD ${humanNumber(-value)}` : `USD ${humanNumber(value)}`;
}

/** Strips "persons" into "people" and the yearly rate into "a year" for plain reading. */
export function plainUnit(unit: string): string {
  return unit
    .replace(/^persons per year$/, 'people a year')
    .replace(/^persons$/, 'people')
    .replace(/ per year$/, ' a year');
}

const perYear = (unit: string) => (unit.includes('per year') ? ' a year' : '');

/** A value with its unit, in words a reader of a report expects. */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'not available';
  switch (unitFamily(unit)) {
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'usd':
      return `${formatUsd(value)}${perYear(unit)}`;
    case 'index':
      return value.toFixed(3);
    default:
      return `${humanNumber(value)} ${plainUnit(unit)}`;
  }
}

/** A change against the baseline: "+2.1 pp", "−USD 12.3 million a year", "+1,200 people". */
export function formatChange(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'not available';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const a = Math.abs(value);
  switch (unitFamily(unit)) {
    case 'share':
      return `${sign}${(a * 100).toFixed(a < 0.001 ? 2 : 1)} pp`;
    case 'usd':
      return `${sign}${formatUsd(a)}${perYear(unit)}`;
    case 'index':
      return `${sign}${a >= 0.01 || a === 0 ? a.toFixed(3) : a.toPrecision(2)}`;
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
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(digits)}%`;
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
    const text = Math.abs(x).toFixed(decimals);
    return `${x < 0 && Number(text) !== 0 ? '−' : ''}${text}`;
  };
  const word = magnitude ? ` ${magnitude.word}` : '';
  const base =
    family === 'usd' ? `USD${word}${perYear(unit)}` : family === 'share' ? '' : `${plainUnit(unit)}${word ? ` (${word.trim()})` : ''}`;
  const label = family === 'share' ? (change ? 'change, percentage points (pp)' : 'per cent') : change ? `change, ${base}` : base;
  const suffix = family === 'share' ? (change ? ' pp' : '%') : '';
  const format = (v: number) => `${number(v)}${suffix}`;
  const precise = (v: number) =>
    `${Number(((v * scale) / divisor).toPrecision(3))
      .toString()
      .replace('-', '−')}${suffix}`;
  return { ticks, domain: [first / scale, last / scale], format, precise, label };
}
