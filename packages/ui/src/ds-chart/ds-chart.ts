import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { type ChartMode, emit } from '../events.js';
import type { ExportedChart } from '../lib/chartExport.js';
import { queueDraw } from '../lib/drawQueue.js';
import { formatChange, formatValue } from '../lib/format.js';
import { type IndicatorSeries, stepOfYear } from '../lib/stats.js';
import { baseStyles, COLOURS } from '../theme.js';
import { chartStyles } from './ds-chart.styles.js';
import { plotIndicator } from './plotIndicator.js';

export type Uncertainty = 'chance' | 'chance-and-assumptions';

/**
 * One indicator as a small multiple, drawn with Observable Plot in the shadow root, with a
 * plain-language line, a legend naming what each band covers, a text alternative and a data table.
 *
 * @event ds-year-change - the reader clicked the chart to move the year cursor
 * @csspart figure - the chart's frame
 */
export class DsChart extends LitElement {
  static override styles = [baseStyles, chartStyles];
  static override properties = {
    indicator: { attribute: false },
    series: { attribute: false },
    mode: {},
    cursorYear: { type: Number, attribute: 'cursor-year' },
    preview: { type: Boolean },
    uncertainty: {},
    tableOpen: { state: true },
    width: { state: true },
  };

  /** The indicator shown (label, unit, description). */
  declare indicator: IndicatorDefinition | undefined;
  /** Bands over the seeds back so far; undefined while nothing has run. */
  declare series: IndicatorSeries | undefined;
  /** Levels of both variants, or the paired difference. */
  declare mode: ChartMode;
  declare cursorYear: number | undefined;
  /** The data come from a fast preview (one seed, fewer agents). */
  declare preview: boolean;
  /** What the bands cover: chance alone (seeds) or chance and assumptions. */
  declare uncertainty: Uncertainty;
  declare tableOpen: boolean;
  declare width: number;
  /** Number of times the plot was drawn (the benchmark waits on it). */
  drawCount = 0;
  private resizeObserver: ResizeObserver | undefined;
  private visibilityObserver: IntersectionObserver | undefined;
  /** On screen (or near it): off-screen charts are drawn when they scroll into view. */
  private visible = false;
  /** The plot no longer matches the properties. */
  private stale = true;

  constructor() {
    super();
    this.indicator = undefined;
    this.series = undefined;
    this.mode = 'levels';
    this.cursorYear = undefined;
    this.preview = false;
    this.uncertainty = 'chance';
    this.tableOpen = false;
    this.width = 320;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0].contentRect.width);
      if (w > 0 && Math.abs(w - this.width) > 4) this.width = w;
    });
    this.visibilityObserver = new IntersectionObserver(
      (entries) => {
        this.visible = entries[entries.length - 1].isIntersecting;
        if (this.visible && this.stale) queueDraw(this, () => this.draw());
      },
      { rootMargin: '200px' },
    );
    this.visibilityObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.visibilityObserver?.disconnect();
  }

  protected override firstUpdated(): void {
    const host = this.renderRoot.querySelector('.plot');
    if (host) this.resizeObserver?.observe(host);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (['series', 'mode', 'cursorYear', 'width', 'indicator'].some((k) => changed.has(k as keyof DsChart))) {
      this.stale = true;
      if (this.visible) queueDraw(this, () => this.draw());
    }
  }

  /** Draws the plot now (normally queued so that a page of charts does not block the thread). */
  draw(): void {
    const host = this.renderRoot.querySelector('.plot');
    if (!host || !this.indicator || !this.series) return;
    const svg = plotIndicator(this.indicator, this.series, {
      width: this.width,
      height: 190,
      mode: this.mode,
      cursorYear: this.cursorYear,
    });
    host.querySelector('svg')?.remove();
    host.append(svg);
    this.stale = false;
    this.drawCount++;
    this.dataset.drawn = String(this.drawCount);
  }

  /** The plot's SVG as drawn (for exports). */
  svgElement(): SVGSVGElement | null {
    return this.renderRoot.querySelector('.plot svg');
  }

  /** Title, unit, plot and the words under it, for Charts (SVG) and Charts (PNG). */
  exportInfo(): ExportedChart | undefined {
    if (this.stale) this.draw();
    const svg = this.svgElement();
    const indicator = this.indicator;
    if (!svg || !indicator) return undefined;
    const unit = this.mode === 'levels' ? indicator.unit : `Scenario minus baseline, ${indicator.unit}`;
    return { title: indicator.label, unit, svg, note: `${this.plainLine()} ${this.bandText()}` };
  }

  /** What the lines and bands are, in words (the legend's content). */
  bandText(): string {
    const s = this.series;
    const n = s ? (this.mode === 'levels' ? Math.min(s.baselineSeeds, s.scenarioSeeds) : s.pairedSeeds) : 0;
    if (this.mode === 'levels') {
      return `Dashed: baseline median; solid: scenario median; shaded: p5–p95 over ${n} seeds (${this.coverage()}).`;
    }
    return `Line: mean paired difference; light band: 90% of seeds' differences (p5–p95 over ${n} seeds, ${this.coverage()}); dark band: 90% confidence interval of the mean difference.`;
  }

  private handlePlotClick(event: MouseEvent) {
    const svg = this.svgElement() as (SVGSVGElement & { scale?: (name: string) => { invert?: (v: number) => number } }) | null;
    const invert = svg?.scale?.('x')?.invert;
    if (!svg || !invert) return;
    const box = svg.getBoundingClientRect();
    const year = Math.round(invert((event.clientX - box.left) * (svg.viewBox.baseVal.width / box.width || 1)));
    if (Number.isFinite(year)) emit(this, 'ds-year-change', { year });
  }

  private toggleTable() {
    this.tableOpen = !this.tableOpen;
  }

  override render() {
    const indicator = this.indicator;
    if (!indicator) return html`<figure part="figure"><p class="empty">No indicator chosen.</p></figure>`;
    const series = this.series;
    return html`<figure part="figure" aria-labelledby="title">
      <h3 id="title">${indicator.label}</h3>
      <p class="unit">${this.mode === 'levels' ? indicator.unit : `Scenario minus baseline, ${indicator.unit}`}</p>
      ${this.preview ? html`<span class="preview">Preview: one seed, fewer agents; the full runs follow</span>` : nothing}
      <div class="plot" role="img" aria-label=${this.textAlternative()} @click=${this.handlePlotClick}>
        ${series ? nothing : html`<div class="empty">Running…</div>`}
      </div>
      <p class="plain">${this.plainLine()}</p>
      ${this.legend()}
      <div class="actions">
        <button aria-expanded=${String(this.tableOpen)} aria-controls="table" @click=${this.toggleTable} ?disabled=${!series}>
          ${this.tableOpen ? 'Hide' : 'Show'} data table
        </button>
      </div>
      ${this.tableOpen && series ? this.table(series) : nothing}
    </figure>`;
  }

  private coverage(): string {
    return this.uncertainty === 'chance' ? 'chance alone' : 'chance and assumptions';
  }

  private legend() {
    const s = this.series;
    const n = s ? (this.mode === 'levels' ? Math.min(s.baselineSeeds, s.scenarioSeeds) : s.pairedSeeds) : 0;
    const seeds = `${n} seed${n === 1 ? '' : 's'}`;
    if (this.mode === 'levels') {
      return html`<ul class="legend">
        <li><span class="swatch line dashed" style="border-color:${COLOURS.baseline}"></span>Baseline median</li>
        <li><span class="swatch line" style="border-color:${COLOURS.scenario}"></span>Scenario median</li>
        <li><span class="swatch" style="background:${COLOURS.baselineBand}"></span><span class="swatch" style="background:${COLOURS.scenarioBand}"></span>p5–p95 over ${seeds}: ${this.coverage()}</li>
      </ul>`;
    }
    return html`<ul class="legend">
      <li><span class="swatch line" style="border-color:${COLOURS.difference}"></span>Mean paired difference</li>
      <li><span class="swatch" style="background:${COLOURS.differenceBand}"></span>90% of seeds' differences (p5–p95 over ${seeds}): ${this.coverage()}</li>
      <li><span class="swatch" style="background:${COLOURS.differenceInner}"></span>90% confidence interval of the mean difference</li>
    </ul>`;
  }

  private at(series: IndicatorSeries): number {
    const year = this.cursorYear ?? series.years[series.years.length - 1];
    return stepOfYear(series.years, year);
  }

  private plainLine(): string {
    const indicator = this.indicator;
    const s = this.series;
    if (!indicator) return '';
    if (!s) return indicator.description;
    const i = this.at(s);
    const year = Math.floor(s.years[i]);
    const d = s.difference;
    const ci =
      s.pairedSeeds > 1
        ? ` (90% confidence interval ${formatChange(d.ciLow[i], indicator.unit)} to ${formatChange(d.ciHigh[i], indicator.unit)})`
        : '';
    return `${indicator.description} At the start of ${year}: scenario ${formatValue(s.scenario.median[i], indicator.unit)}, baseline ${formatValue(
      s.baseline.median[i],
      indicator.unit,
    )}; change ${formatChange(d.mean[i], indicator.unit)}${ci}.`;
  }

  private textAlternative(): string {
    const indicator = this.indicator;
    const s = this.series;
    if (!indicator) return '';
    if (!s) return `${indicator.label}: not yet computed.`;
    const last = s.years.length - 1;
    const from = Math.floor(s.years[0]);
    const to = Math.floor(s.years[last]);
    if (this.mode === 'difference') {
      return `Chart of the paired difference, scenario minus baseline, for ${indicator.label}, ${from} to ${to}: ${formatChange(
        s.difference.mean[0],
        indicator.unit,
      )} at the start and ${formatChange(s.difference.mean[last], indicator.unit)} at the end. The data table below gives every year.`;
    }
    return `Chart of ${indicator.label}, ${from} to ${to}. Baseline median from ${formatValue(s.baseline.median[0], indicator.unit)} to ${formatValue(
      s.baseline.median[last],
      indicator.unit,
    )}; scenario median from ${formatValue(s.scenario.median[0], indicator.unit)} to ${formatValue(
      s.scenario.median[last],
      indicator.unit,
    )}. Shaded bands: p5 to p95 over seeds. The data table below gives every year.`;
  }

  private table(s: IndicatorSeries) {
    const unit = this.indicator?.unit ?? '';
    const rows: number[] = [];
    for (let i = 0; i < s.years.length; i++) if (Number.isInteger(s.years[i])) rows.push(i);
    const f = (v: number) => formatValue(v, unit);
    const c = (v: number) => formatChange(v, unit);
    return html`<div class="table-wrap" id="table" tabindex="0" role="region" aria-label=${`Data table: ${this.indicator?.label}`}>
      <table>
        <caption class="visually-hidden">${this.indicator?.label} at the start of each year (medians and p5–p95 over seeds)</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Baseline median</th>
            <th scope="col">Baseline p5–p95</th>
            <th scope="col">Scenario median</th>
            <th scope="col">Scenario p5–p95</th>
            <th scope="col">Mean difference</th>
            <th scope="col">90% CI of the mean difference</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (i) => html`<tr>
              <th scope="row">${s.years[i]}</th>
              <td>${f(s.baseline.median[i])}</td>
              <td>${f(s.baseline.low[i])} to ${f(s.baseline.high[i])}</td>
              <td>${f(s.scenario.median[i])}</td>
              <td>${f(s.scenario.low[i])} to ${f(s.scenario.high[i])}</td>
              <td>${c(s.difference.mean[i])}</td>
              <td>${s.pairedSeeds > 1 ? html`${c(s.difference.ciLow[i])} to ${c(s.difference.ciHigh[i])}` : 'needs two seeds'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
