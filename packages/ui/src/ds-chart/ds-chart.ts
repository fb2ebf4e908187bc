import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { type ChartMode, emit } from '../events.js';
import { unitText } from '../lib/catalogText.js';
import { queueDraw } from '../lib/drawQueue.js';
import { formatChange, formatValue } from '../lib/format.js';
import { language, updateWhenLanguageChanges } from '../lib/language.js';
import { type IndicatorSeries, stepOfYear } from '../lib/stats.js';
import type { YearSummary } from '../lib/yearly.js';
import { baseStyles } from '../theme.js';
import { chartStyles } from './ds-chart.styles.js';
import { CHART_TEXT as T } from './messages.js';
import { chartLegend, chartTable, yearCaption } from './parts.js';
import { plotIndicator } from './plotIndicator.js';

export type Uncertainty = 'chance' | 'chance-and-assumptions';

/**
 * One indicator as a small multiple, drawn with Observable Plot in the shadow root: tips on hover,
 * and on focus (arrow keys move through the years); a caption with the calendar-year figures of the
 * cards; a legend naming what each band covers; a text alternative; a data table in a dialog.
 *
 * @event ds-year-change - the reader clicked the chart to move the year
 * @csspart figure - the chart's frame
 */
export class DsChart extends LitElement {
  static override styles = [baseStyles, chartStyles];
  static override properties = {
    indicator: { attribute: false },
    series: { attribute: false },
    summary: { attribute: false },
    mode: {},
    year: { type: Number },
    yearly: { type: Boolean },
    stale: { type: Boolean, reflect: true },
    done: { type: Number },
    total: { type: Number },
    uncertainty: {},
    focusIndex: { state: true },
    width: { state: true },
    tableOpen: { state: true },
  };

  declare indicator: IndicatorDefinition | undefined;
  /** Bands over the seeds back so far; undefined while nothing has run. */
  declare series: IndicatorSeries | undefined;
  /** The calendar year's figures (the KPI cards' definition), for the caption. */
  declare summary: YearSummary | undefined;
  declare mode: ChartMode;
  /** The calendar year shaded and described. */
  declare year: number;
  /** The series holds calendar-year values. */
  declare yearly: boolean;
  /** The results are of an earlier setting: dimmed and labelled until new ones arrive. */
  declare stale: boolean;
  /** Seeds back and wanted (the label says "n of N seeds so far" until all are back). */
  declare done: number;
  declare total: number;
  declare uncertainty: Uncertainty;
  declare focusIndex: number | undefined;
  declare width: number;
  /** The data table's dialog is open (its rows are made only then). */
  declare tableOpen: boolean;
  private resizeObserver: ResizeObserver | undefined;
  private visibilityObserver: IntersectionObserver | undefined;
  private visible = false;
  private drawn = 0;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.indicator = undefined;
    this.series = undefined;
    this.summary = undefined;
    this.mode = 'levels';
    this.year = 2030;
    this.yearly = false;
    this.stale = false;
    this.done = 0;
    this.total = 0;
    this.uncertainty = 'chance';
    this.focusIndex = undefined;
    this.width = 320;
    this.tableOpen = false;
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
        if (this.visible && this.dataset.drawn !== String(this.drawn)) queueDraw(this, () => this.draw());
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
    if (['series', 'mode', 'year', 'width', 'indicator', 'focusIndex'].some((k) => changed.has(k as keyof DsChart))) {
      this.drawn++;
      if (this.visible) queueDraw(this, () => this.draw());
    }
  }

  /** Draws the plot now (normally queued so that a page of charts does not block the thread). */
  draw(): void {
    const host = this.renderRoot.querySelector('.plot');
    if (!host || !this.indicator || !this.series) return;
    const svg = plotIndicator(this.indicator, this.series, {
      width: this.width,
      height: 200,
      mode: this.mode,
      year: this.year,
      yearly: this.yearly,
      focusIndex: this.focusIndex,
    });
    svg.setAttribute('aria-hidden', 'true');
    host.querySelector('svg, figure')?.remove();
    host.append(svg);
    this.dataset.drawn = String(this.drawn);
  }

  private handlePlotClick(event: MouseEvent) {
    const svg = this.renderRoot.querySelector('.plot svg') as
      | (SVGSVGElement & { scale?: (name: string) => { invert?: (v: number) => number } })
      | null;
    const invert = svg?.scale?.('x')?.invert;
    if (!svg || !invert) return;
    const box = svg.getBoundingClientRect();
    const year = Math.floor(invert((event.clientX - box.left) * (svg.viewBox.baseVal.width / box.width || 1)) + (this.yearly ? 0.5 : 0));
    if (Number.isFinite(year)) emit(this, 'ds-year-change', { year });
  }

  private handlePlotKey(event: KeyboardEvent) {
    const s = this.series;
    if (!s) return;
    const step = this.yearly ? 1 : 4;
    const at = this.focusIndex ?? stepOfYear(s.years, this.year);
    const moves: Record<string, number> = { ArrowRight: at + step, ArrowLeft: at - step, Home: 0, End: s.years.length - 1 };
    if (event.key === 'Escape') this.focusIndex = undefined;
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.focusIndex = Math.max(0, Math.min(s.years.length - 1, moves[event.key]));
  }

  override render() {
    const indicator = this.indicator;
    if (!indicator) return html`<figure part="figure"><p class="empty">${T.noIndicator}</p></figure>`;
    const partial = this.total > 0 && this.done < this.total;
    // A lever move only dims the figure and flags it: the text, legend and table (hundreds of
    // formatted numbers) are rendered again only when what they show changes.
    const inputs = [indicator, this.series, this.summary, this.mode, this.yearly, this.uncertainty, this.tableOpen, language()];
    return html`<figure part="figure" aria-labelledby="title" class=${this.stale ? 'stale' : ''}>
      <h3 id="title">${indicator.label}</h3>
      <p class="unit">${this.mode === 'levels' ? unitText(indicator.unit) : T.differenceUnit(unitText(indicator.unit))}</p>
      <div class="flags">${this.stale ? html`<span class="flag">${T.outOfDate}</span>` : partial ? html`<span class="flag">${T.partial(this.done, this.total)}</span>` : nothing}</div>
      ${guard(inputs, () => this.renderBody(indicator))}
    </figure>`;
  }

  private renderBody(indicator: IndicatorDefinition) {
    const series = this.series;
    return html`<div
        class="plot"
        role="img"
        tabindex=${series ? 0 : -1}
        aria-label=${T.plotLabel(this.textAlternative())}
        @click=${this.handlePlotClick}
        @keydown=${this.handlePlotKey}
        @focus=${() => {
          if (this.series) this.focusIndex = stepOfYear(this.series.years, this.year);
        }}
        @blur=${() => {
          this.focusIndex = undefined;
        }}
      >
        ${series ? nothing : html`<div class="empty">${T.running}</div>`}
      </div>
      <p class="plain">${indicator.description} ${yearCaption(indicator.unit, this.summary)}</p>
      ${chartLegend(this.mode, series, this.coverage())}
      ${series ? chartTable(indicator, series, this.yearly, { open: this.tableOpen, toggle: (open) => (this.tableOpen = open) }) : nothing}`;
  }

  private coverage(): string {
    return T.coverage(this.uncertainty === 'chance-and-assumptions');
  }

  private textAlternative(): string {
    const indicator = this.indicator;
    const s = this.series;
    if (!indicator) return '';
    if (!s) return T.notComputed(indicator.label);
    const last = s.years.length - 1;
    const [from, to] = [Math.floor(s.years[0]), Math.floor(s.years[last])];
    const v = (x: number) => formatValue(x, indicator.unit);
    const c = (x: number) => formatChange(x, indicator.unit);
    if (this.mode === 'difference') return T.altDifference(indicator.label, from, to, c(s.difference.mean[0]), c(s.difference.mean[last]));
    return T.altLevels(
      indicator.label,
      from,
      to,
      v(s.baseline.median[0]),
      v(s.baseline.median[last]),
      v(s.scenario.median[0]),
      v(s.scenario.median[last]),
    );
  }
}
