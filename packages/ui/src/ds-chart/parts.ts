import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { html, nothing } from 'lit';
import type { ChartMode } from '../events.js';
import { formatChange, formatValue } from '../lib/format.js';
import type { IndicatorSeries } from '../lib/stats.js';
import type { YearSummary } from '../lib/yearly.js';
import { COLOURS } from '../theme.js';
import { CHART_TEXT as T } from './messages.js';

/** The calendar year's figures in words (the cards' definition of "the 2030 value"), for captions on screen and in exports. */
export function yearCaption(unit: string, s: YearSummary | undefined): string {
  if (!s) return '';
  const interval = s.pairs > 1 ? T.interval(formatChange(s.differenceLow, unit), formatChange(s.differenceHigh, unit)) : '';
  return T.caption(
    s.year,
    formatValue(s.scenarioMedian, unit),
    formatValue(s.baselineMedian, unit),
    formatChange(s.differenceMean, unit),
    interval,
  );
}

/** Seeds the legend speaks of: the fewer of the two variants, or the pairs. */
export function seedCount(mode: ChartMode, s: IndicatorSeries | undefined): number {
  return s ? (mode === 'levels' ? Math.min(s.baselineSeeds, s.scenarioSeeds) : s.pairedSeeds) : 0;
}

export function chartLegend(mode: ChartMode, s: IndicatorSeries | undefined, coverage: string) {
  const n = seedCount(mode, s);
  if (mode === 'levels') {
    return html`<ul class="legend">
      <li><span class="swatch line dashed" style="border-color:${COLOURS.baseline}"></span>${T.baselineMedian}</li>
      <li><span class="swatch line" style="border-color:${COLOURS.scenario}"></span>${T.scenarioMedian}</li>
      <li><span class="swatch" style="background:${COLOURS.baselineBand}"></span><span class="swatch" style="background:${COLOURS.scenarioBand}"></span>${T.bands(n, coverage)}</li>
    </ul>`;
  }
  return html`<ul class="legend">
    <li><span class="swatch line" style="border-color:${COLOURS.difference}"></span>${T.meanDifference}</li>
    <li><span class="swatch" style="background:${COLOURS.differenceBand}"></span>${T.spread(n, coverage)}</li>
    <li><span class="swatch" style="background:${COLOURS.differenceInner}"></span>${T.confidence()}</li>
  </ul>`;
}

function openDialog(event: Event) {
  const dialog = (event.currentTarget as HTMLElement).nextElementSibling as HTMLDialogElement;
  dialog.showModal();
}

function closeDialog(event: Event) {
  const dialog = (event.currentTarget as HTMLElement).closest('dialog');
  dialog?.close();
}

/** Focus goes back to the button that opened the table, whichever way the dialog closed. */
function returnFocus(event: Event) {
  ((event.currentTarget as HTMLElement).previousElementSibling as HTMLElement | null)?.focus();
}

/** Whether the table's dialog is open, and how the chart hears of it opening and closing. */
export interface TableState {
  readonly open: boolean;
  toggle(open: boolean): void;
}

/**
 * The data table, every year, in a dialog as wide as the page allows. Its rows (hundreds of
 * formatted numbers) are made only while the dialog is open: a chart is rendered again at every
 * seed that comes back, and the table is rarely opened.
 */
export function chartTable(indicator: IndicatorDefinition, s: IndicatorSeries, yearly: boolean, table: TableState) {
  return html`<div class="actions">
    <button
      aria-haspopup="dialog"
      @click=${(event: Event) => {
        table.toggle(true);
        openDialog(event);
      }}
    >${T.showTable}</button>
    <dialog
      aria-labelledby="table-title"
      @close=${(event: Event) => {
        returnFocus(event);
        table.toggle(false);
      }}
    >
      <div class="dialog-head">
        <h4 id="table-title">${T.tableTitle(indicator.label)}</h4>
        <button @click=${closeDialog}>${T.close}</button>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-title">${table.open ? tableRows(indicator, s, yearly) : nothing}</div>
    </dialog>
  </div>`;
}

function tableRows(indicator: IndicatorDefinition, s: IndicatorSeries, yearly: boolean) {
  const unit = indicator.unit;
  const rows: number[] = [];
  for (let i = 0; i < s.years.length; i++) if (Number.isInteger(s.years[i])) rows.push(i);
  const f = (v: number) => formatValue(v, unit);
  const c = (v: number) => formatChange(v, unit);
  return html`<table>
    <caption class="visually-hidden">${T.tableCaption(indicator.label, yearly)}</caption>
    <thead>
      <tr>${T.columns().map((h) => html`<th scope="col">${h}</th>`)}</tr>
    </thead>
    <tbody>
      ${rows.map(
        (i) => html`<tr>
          <th scope="row">${s.years[i]}</th>
          <td>${f(s.baseline.median[i])}</td>
          <td>${T.to(f(s.baseline.low[i]), f(s.baseline.high[i]))}</td>
          <td>${f(s.scenario.median[i])}</td>
          <td>${T.to(f(s.scenario.low[i]), f(s.scenario.high[i]))}</td>
          <td>${c(s.difference.mean[i])}</td>
          <td>${s.pairedSeeds > 1 ? T.to(c(s.difference.ciLow[i]), c(s.difference.ciHigh[i])) : T.needsTwoSeeds}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
