import type { SweepResult } from '@diaspora-sim/analysis';
import { html } from 'lit';
import { localIndicators } from '../lib/catalogText.js';
import { formatChange, formatValue, humanNumber } from '../lib/format.js';
import { SWEEP_TEXT as T } from './messages.js';
import { plotSweep, type SweepCell, sweepable, sweepCells } from './sweepPlot.js';

/** What the result's rendering needs of the view. */
interface SweepViewState {
  readonly indicatorId: string;
  readonly year: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Draws the result's chart into the view's plot element. */
export function drawSweep(view: SweepViewState, result: SweepResult): void {
  const host = view.renderRoot.querySelector('.plot');
  const unit = localIndicators().find((i) => i.id === view.indicatorId)?.unit ?? '';
  if (!host) return;
  const cells = sweepCells(result, view.indicatorId, view.year);
  const parameters = result.axes.map((a) => sweepable().find((d) => d.id === a.id));
  const width = Math.max(320, Math.floor(host.getBoundingClientRect().width) || 640);
  const plot = plotSweep(cells, {
    width,
    unit,
    axisLabels: parameters.map((d, i) => d?.label ?? result.axes[i].id),
    axisUnits: parameters.map((d) => d?.unit ?? ''),
  });
  plot.setAttribute('aria-hidden', 'true');
  host.replaceChildren(plot);
}

/** The sweep's result: its chart (drawn once the section is on the page), a summary in words and the data table. */
export function renderSweepResult(view: SweepViewState, result: SweepResult) {
  const indicator = localIndicators().find((i) => i.id === view.indicatorId);
  if (!indicator) return html``;
  const unit = indicator.unit;
  const cells = sweepCells(result, view.indicatorId, view.year);
  const best = cells.reduce((a, b) => (b.difference > a.difference ? b : a));
  const worst = cells.reduce((a, b) => (b.difference < a.difference ? b : a));
  const where = (c: SweepCell) =>
    c.point.map((v, i) => `${sweepable().find((d) => d.id === result.axes[i].id)?.label ?? ''} ${humanNumber(v)}`).join(', ');
  const summary = T.summary(
    indicator.label,
    view.year,
    formatChange(best.difference, unit),
    where(best),
    formatChange(worst.difference, unit),
    where(worst),
  );
  const one = result.axes.length === 1;
  return html`<section class="result">
    <h3>${T.heading(indicator.label, view.year)}</h3>
    <div class="plot" role="img" aria-label=${`${one ? T.lineChart : T.heatmap} ${summary}`}></div>
    <p class="plain">${summary} ${one ? T.lineNote : T.heatmapNote}</p>
    <details>
      <summary>${T.showTable}</summary>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${T.table}>
        <table>
          <thead><tr>${result.axes.map((a) => html`<th scope="col">${sweepable().find((d) => d.id === a.id)?.label ?? a.id}</th>`)}${T.columns().map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
          <tbody>${cells.map(
            (c) =>
              html`<tr>${c.point.map((v) => html`<td>${humanNumber(v)}</td>`)}<td>${formatValue(c.scenario, unit)}</td><td>${formatValue(c.baseline, unit)}</td><td>${formatChange(c.difference, unit)}</td><td>${T.to2(formatChange(c.low, unit), formatChange(c.high, unit))}</td></tr>`,
          )}</tbody>
        </table>
      </div>
    </details>
  </section>`;
}
