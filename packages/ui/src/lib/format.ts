/**
 * Numbers in plain units: per cent for shares, USD with "million"/"billion" for money, people for
 * persons. Every number the lab shows goes through here, so units are never forgotten.
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

/** "USD 588 million", "USD 1.23 billion", "USD 950". */
export function formatUsd(value: number): string {
  const sign = value < 0 ? '−' : '';
  const a = Math.abs(value);
  if (a >= 1e9) return `${sign}USD ${significant.format(a / 1e9)} billion`;
  if (a >= 1e6) return `${sign}USD ${significant.format(a / 1e6)} million`;
  if (a >= 1e4) return `${sign}USD ${significant.format(a / 1e3)} thousand`;
  return `${sign}USD ${whole.format(a)}`;
}

/** 808,123 → "808,000"; small counts keep one decimal when they are not whole. */
export function formatCount(value: number): string {
  const sign = value < 0 ? '−' : '';
  const a = Math.abs(value);
  if (a >= 1000) return sign + whole.format(Number(a.toPrecision(3)));
  if (a >= 10 || Number.isInteger(a)) return sign + whole.format(a);
  return sign + a.toFixed(1);
}

/** Strips "persons" into "people" and the yearly rate into "a year" for plain reading. */
export function plainUnit(unit: string): string {
  return unit
    .replace(/^persons per year$/, 'people a year')
    .replace(/^persons$/, 'people')
    .replace(/ per year$/, ' a year');
}

/** A value with its unit, in words a reader of a report expects. */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'not available';
  switch (unitFamily(unit)) {
    case 'share':
      return `${(value * 100).toFixed(1)} % (${unit})`;
    case 'usd':
      return `${formatUsd(value)}${unit.includes('per year') ? ' a year' : ''}`;
    case 'index':
      return `${value.toFixed(3)} (${unit})`;
    default:
      return `${formatCount(value)} ${plainUnit(unit)}`;
  }
}

/** A change against the baseline: "+2.1 percentage points", "−USD 12.3 million a year", "+1,200 people". */
export function formatChange(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'not available';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const a = Math.abs(value);
  switch (unitFamily(unit)) {
    case 'share':
      return `${sign}${(a * 100).toFixed(1)} percentage points`;
    case 'usd':
      return `${sign}${formatUsd(a)}${unit.includes('per year') ? ' a year' : ''}`;
    case 'index':
      return `${sign}${a.toFixed(3)}`;
    default:
      return `${sign}${formatCount(a)} ${plainUnit(unit)}`;
  }
}

/** Short tick labels for chart axes (the axis label carries the unit). */
export function tickFormatter(unit: string): (value: number) => string {
  switch (unitFamily(unit)) {
    case 'share':
      return (v) => `${Math.round(v * 1000) / 10}%`;
    case 'usd':
      return (v) => compact(v);
    case 'index':
      return (v) => String(Math.round(v * 1000) / 1000);
    default:
      return (v) => compact(v);
  }
}

const compactFormat = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumSignificantDigits: 3 });
function compact(value: number): string {
  return compactFormat.format(value).replace('-', '−');
}

/** Axis label: "USD a year (millions)" would need scaling; we keep the plain unit and compact ticks. */
export function axisLabel(unit: string): string {
  switch (unitFamily(unit)) {
    case 'share':
      return `per cent (${unit})`;
    case 'usd':
      return plainUnit(unit);
    default:
      return plainUnit(unit);
  }
}
