import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Uncertainty } from '../ds-chart/ds-chart.js';
import type { LabResults } from '../engine-client/index.js';
import { type ChartMode, emit } from '../events.js';
import { updateWhenLanguageChanges, words } from '../lib/language.js';
import { type IndicatorSeries, indicatorSeries } from '../lib/stats.js';
import { summariseYear, type YearSummary } from '../lib/yearly.js';
import { baseStyles } from '../theme.js';
import { chartGridStyles } from './ds-chart-grid.styles.js';

const TEXT = words('grid', ['modes', 'levels', 'difference', 'year', 'yearly', 'yearlyHint', 'assumptions', 'assumptionsHint', 'none'], {});

/**
 * Small multiples of the chosen indicators, with the controls they share: which indicators, levels
 * or paired difference, the year, quarterly or yearly values, and what the bands cover.
 *
 * @event ds-indicators-change - from the picker
 * @event ds-chart-mode-change - levels or difference
 * @event ds-year-change - the year moved
 * @event ds-yearly-change - quarterly or calendar-year values
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
    year: { type: Number },
    yearly: { type: Boolean },
    stale: { type: Boolean },
    uncertainty: {},
  };

  declare indicators: readonly IndicatorDefinition[];
  declare selected: readonly string[];
  declare defaults: readonly string[];
  declare results: LabResults | undefined;
  declare mode: ChartMode;
  declare year: number;
  declare yearly: boolean;
  /** The results are of an earlier setting (charts dimmed and labelled). */
  declare stale: boolean;
  declare uncertainty: Uncertainty;
  private cache = new WeakMap<LabResults, Map<string, IndicatorSeries | YearSummary | undefined>>();

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.indicators = [];
    this.selected = [];
    this.defaults = [];
    this.results = undefined;
    this.mode = 'levels';
    this.year = 2030;
    this.yearly = false;
    this.stale = false;
    this.uncertainty = 'chance';
  }

  /** Computed once per results and key (charts ask on every render). */
  private memo<T extends IndicatorSeries | YearSummary>(key: string, compute: (r: LabResults) => T | undefined): T | undefined {
    const r = this.results;
    if (!r) return undefined;
    let map = this.cache.get(r);
    if (!map) {
      map = new Map();
      this.cache.set(r, map);
    }
    if (!map.has(key)) map.set(key, compute(r));
    return map.get(key) as T | undefined;
  }

  private seriesOf(id: string) {
    return this.memo(`${id}|${this.yearly}`, (r) => indicatorSeries(id, r.baseline.runs, r.scenario.runs, this.yearly));
  }

  private summaryOf(id: string) {
    return this.memo(`${id}@${this.year}`, (r) => summariseYear(id, this.year, r.baseline.runs, r.scenario.runs));
  }

  override render() {
    const chosen = this.selected.map((id) => this.indicators.find((i) => i.id === id)).filter((i): i is IndicatorDefinition => !!i);
    const r = this.results;
    const first = r?.scenario.scenario.startYear ?? 2021;
    const last = r?.scenario.scenario.endYear ?? 2045;
    const value = (e: Event) => e.target as HTMLInputElement;
    return html`<div class="toolbar">
        <div class="segmented" role="radiogroup" aria-label=${TEXT.modes}>
          <label><input type="radio" name="mode" value="levels" .checked=${this.mode === 'levels'} @change=${() => emit(this, 'ds-chart-mode-change', { mode: 'levels' })} />${TEXT.levels}</label>
          <label><input type="radio" name="mode" value="difference" .checked=${this.mode === 'difference'} @change=${() => emit(this, 'ds-chart-mode-change', { mode: 'difference' })} />${TEXT.difference}</label>
        </div>
        <div class="year">
          <label for="year">${TEXT.year}</label>
          <input id="year" type="range" min=${first} max=${last} step="1" .value=${String(this.year)} aria-valuetext=${String(this.year)} @input=${(e: Event) => emit(this, 'ds-year-change', { year: Number(value(e).value) })} />
          <output for="year">${this.year}</output>
        </div>
        <label class="check" title=${TEXT.yearlyHint}>
          <input type="checkbox" .checked=${this.yearly} @change=${(e: Event) => emit(this, 'ds-yearly-change', { yearly: value(e).checked })} />
          ${TEXT.yearly}
        </label>
        <label class="check" title=${TEXT.assumptionsHint}>
          <input type="checkbox" .checked=${this.uncertainty === 'chance-and-assumptions'} @change=${(e: Event) => emit(this, 'ds-uncertainty-change', { sampleAssumptions: value(e).checked })} />
          ${TEXT.assumptions}
        </label>
        <ds-indicator-picker .indicators=${this.indicators} .selected=${this.selected} .defaults=${this.defaults}></ds-indicator-picker>
      </div>
      ${chosen.length === 0 ? html`<p class="empty">${TEXT.none}</p>` : ''}
      <div class="grid">
        ${repeat(
          chosen,
          (i) => i.id,
          (i) => html`<ds-chart
            data-indicator=${i.id}
            .indicator=${i}
            .series=${this.seriesOf(i.id)}
            .summary=${this.summaryOf(i.id)}
            .mode=${this.mode}
            .year=${this.year}
            .yearly=${this.yearly}
            .stale=${this.stale}
            .done=${r?.done ?? 0}
            .total=${r?.total ?? 0}
            .uncertainty=${r?.band ?? this.uncertainty}
          ></ds-chart>`,
        )}
      </div>`;
  }
}
