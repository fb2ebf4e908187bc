/**
 * Numbers in CSV files: the shortest text that reads back to the same double (ECMAScript's
 * Number-to-String, which is exactly specified), so identical runs give byte-identical files and no
 * precision is lost. -0 prints as 0; NaN and infinities as NaN, Inf, -Inf (as R and pandas read them).
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'Inf';
  if (value === Number.NEGATIVE_INFINITY) return '-Inf';
  if (value === 0) return '0';
  return String(value);
}

/** A CSV field: quoted only when it holds a comma, a quote or a line break (RFC 4180). */
export function formatField(value: string | number): string {
  if (typeof value === 'number') return formatNumber(value);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function formatRow(fields: ReadonlyArray<string | number>): string {
  return `${fields.map(formatField).join(',')}\n`;
}
