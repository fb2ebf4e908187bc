import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { DsChart, Uncertainty } from '../ds-chart/ds-chart.js';
import type { LabResults } from '../engine-client/index.js';
import { type ChartMode, emit } from '../events.js';
import { type IndicatorSeries, indicatorSeries } from '../lib/stats.js';
import { baseStyles } from '../theme.js';
import { chartGridStyles } from './ds-chart-grid.styles.js';

/**
 * Small multiples of the chosen indicators, with the controls they share: which indicators, levels
 * or paired difference, and the year cursor.
 *
 * @event ds-indicators-change - from the picker
 * @event ds-chart-mode-change - levels or difference
 * @event ds-year-change - the year cursor moved
 * @event ds-uncertainty-change - bands with or without the assumptions' uncertainty
 */
export class DsChartGrid extends LitElement {
  static override styles = [baseStyles, chartGridStyles];
  static override properties = {
    indicators: { attribute: false },
    selected: { attribute: false },
    defaults: { attribute: false },
    results: { attribute: false },
    mode: {},
    cursorYear: { type: Number, attribute: 'cursor-year' },
    uncertainty: {},
  };

  declare indicators: readonly IndicatorDefinition[];
  declare selected: readonly string[];
  declare defaults: readonly string[];
  declare results: LabResults | undefined;
  declare mode: ChartMode;
  declare cursorYear: number;
  declare uncertainty: Uncertainty;
  private seriesCache = new WeakMap<LabResults, Map<string, IndicatorSeries | undefined>>();

  constructor() {
    super();
    this.indicators = [];
    this.selected = [];
    this.defaults = [];
    this.results = undefined;
    this.mode = 'levels';
    this.cursorYear = 2030;
    this.uncertainty = 'chance';
  }

  /** Bands for one indicator of the current results (computed once per results). */
  seriesOf(id: string): IndicatorSeries | undefined {
    const r = this.results;
    if (!r) return undefined;
    let cache = this.seriesCache.get(r);
    if (!cache) {
      cache = new Map();
      this.seriesCache.set(r, cache);
    }
    if (!cache.has(id)) cache.set(id, indicatorSeries(id, r.baseline.runs, r.scenario.runs));
    return cache.get(id);
  }

  /** The charts as drawn, for exports. */
  charts(): DsChart[] {
    return [...this.renderRoot.querySelectorAll('ds-chart')];
  }

  private firstYear(): number {
    return this.results?.scenario.scenario.startYear ?? 2021;
  }

  private lastYear(): number {
    return this.results?.scenario.scenario.endYear ?? 2045;
  }

  override render() {
    const chosen = this.selected.map((id) => this.indicators.find((i) => i.id === id)).filter((i): i is IndicatorDefinition => !!i);
    return html`<div class="toolbar">
        <div class="segmented" role="radiogroup" aria-label="What the charts show">
          <label><input type="radio" name="mode" value="levels" .checked=${this.mode === 'levels'} @change=${() => emit(this, 'ds-chart-mode-change', { mode: 'levels' })} />Baseline and scenario</label>
          <label><input type="radio" name="mode" value="difference" .checked=${this.mode === 'difference'} @change=${() => emit(this, 'ds-chart-mode-change', { mode: 'difference' })} />Difference (paired)</label>
        </div>
        <div class="year">
          <label for="year">Year</label>
          <input id="year" type="range" min=${this.firstYear()} max=${this.lastYear()} step="1" .value=${String(this.cursorYear)} aria-valuetext=${String(this.cursorYear)} @input=${(e: Event) => emit(this, 'ds-year-change', { year: Number((e.target as HTMLInputElement).value) })} />
          <output for="year">${this.cursorYear}</output>
        </div>
        <label class="check" title="Each seed draws the behavioural assumptions from their literature ranges (Latin hypercube), the same draw for baseline and scenario">
          <input type="checkbox" .checked=${this.uncertainty === 'chance-and-assumptions'} @change=${(e: Event) => emit(this, 'ds-uncertainty-change', { sampleAssumptions: (e.target as HTMLInputElement).checked })} />
          Bands include assumption uncertainty
        </label>
        <ds-indicator-picker .indicators=${this.indicators} .selected=${this.selected} .defaults=${this.defaults}></ds-indicator-picker>
      </div>
      ${chosen.length === 0 ? html`<p class="empty">No indicator chosen: pick some with “Indicators shown”.</p>` : ''}
      <div class="grid">
        ${repeat(
          chosen,
          (i) => i.id,
          (i) => html`<ds-chart
            data-indicator=${i.id}
            .indicator=${i}
            .series=${this.seriesOf(i.id)}
            .mode=${this.mode}
            .cursorYear=${this.cursorYear}
            .preview=${this.results?.preview ?? false}
            .uncertainty=${this.results?.band ?? this.uncertainty}
          ></ds-chart>`,
        )}
      </div>`;
  }
}
