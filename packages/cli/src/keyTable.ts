import type { YearlySummaryCollector } from '@diaspora-sim/analysis';

/** The few indicators the end-of-run table shows, scaled to readable units. */
const KEY_INDICATORS: ReadonlyArray<{ id: string; label: string; unit: string; scale: number }> = [
  { id: 'uz_in_kz.population', label: 'Uzbeks in KZ, settled', unit: 'thousand persons', scale: 1e-3 },
  { id: 'uz_in_kz.migrants', label: 'Uzbeks in KZ, sojourners', unit: 'thousand persons', scale: 1e-3 },
  { id: 'kz_in_uz.population', label: 'Kazakhs in UZ, settled', unit: 'thousand persons', scale: 1e-3 },
  { id: 'uz_in_kz.remittances_formal_usd', label: 'Recorded remittances KZ→UZ', unit: 'million USD/year', scale: 1e-6 },
  { id: 'uz_in_kz.remittances_usd', label: 'All remittances KZ→UZ', unit: 'million USD/year', scale: 1e-6 },
  { id: 'kz_in_uz.remittances_usd', label: 'All remittances UZ→KZ', unit: 'million USD/year', scale: 1e-6 },
  { id: 'bilateral.trade_usd', label: 'Bilateral trade', unit: 'billion USD/year', scale: 1e-9 },
  { id: 'uz_in_kz.integration_share', label: 'Uzbeks in KZ, integrated', unit: '% of adults', scale: 100 },
  { id: 'kz_in_uz.integration_share', label: 'Kazakhs in UZ, integrated', unit: '% of adults', scale: 100 },
  { id: 'uz_in_kz.heritage_language_youth', label: 'Uzbek language, under-18s', unit: '% proficient', scale: 100 },
  { id: 'kz_in_uz.heritage_language_youth', label: 'Kazakh language, under-18s', unit: '% proficient', scale: 100 },
  { id: 'bilateral.exchange_participants', label: 'Exchange students present', unit: 'persons', scale: 1 },
  { id: 'bilateral.trust_index', label: 'Bilateral trust', unit: 'index 0–1', scale: 1 },
];

/** First year, every fifth year, last year. */
export function tableYears(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = years[0];
  const last = years[years.length - 1];
  return years.filter((y) => y === first || y === last || y % 5 === 0);
}

/** A plain-text table of seed means by calendar year, units in the header column. */
export function formatKeyTable(collector: YearlySummaryCollector, indicatorIds: readonly string[]): string {
  const years = tableYears(collector.calendarYears);
  const rows: string[][] = [['indicator', 'unit', ...years.map(String)]];
  for (const key of KEY_INDICATORS) {
    const index = indicatorIds.indexOf(key.id);
    if (index < 0) continue;
    const cells = years.map((year) => formatCell(collector.summaryAt(index, collector.yearIndex(year)).mean * key.scale));
    rows.push([key.label, key.unit, ...cells]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

function formatCell(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
