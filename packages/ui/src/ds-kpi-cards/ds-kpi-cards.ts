import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { html, LitElement, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LabResults } from '../engine-client/index.js';
import { confidenceLevel, formatChange, formatValue } from '../lib/format.js';
import { language, t, updateWhenLanguageChanges, words } from '../lib/language.js';
import { summariseYear, type YearSummary } from '../lib/yearly.js';
import { baseStyles } from '../theme.js';
import { kpiCardsStyles } from './ds-kpi-cards.styles.js';

/** The headline indicators of the cards, unless the app says otherwise (a deliberate choice). */
export const DEFAULT_KPIS: readonly string[] = [
  'uz_in_kz.remittances_usd',
  'kz_in_uz.remittances_usd',
  'bilateral.trade_usd',
  'bilateral.trust_index',
  'uz_in_kz.integration_share',
  'kz_in_uz.heritage_language_youth',
];

const TEXT = words('kpi', ['outOfDate', 'noChange', 'versus', 'note'], {
  heading: (year: number) => t('kpi.heading', { year }),
  partial: (done: number, total: number) => t('kpi.partial', { done, total }),
  pending: '…',
  interval: (low: string, high: string, clear: boolean) =>
    t(clear ? 'kpi.interval' : 'kpi.intervalWithZero', { low, high, level: confidenceLevel() }),
  baseline: (value: string) => t('kpi.baseline', { value }),
});

/**
 * Headline figures for the chosen calendar year: the scenario's median, its change against the
 * baseline (mean paired difference) with the 90 per cent confidence interval, in plain units.
 * Out-of-date figures are dimmed and labelled; figures from some of the seeds say so, and never
 * claim "no change".
 */
export class DsKpiCards extends LitElement {
  static override styles = [baseStyles, kpiCardsStyles];
  static override properties = {
    indicators: { attribute: false },
    ids: { attribute: false },
    results: { attribute: false },
    year: { type: Number },
    stale: { type: Boolean, reflect: true },
  };

  declare indicators: readonly IndicatorDefinition[];
  declare ids: readonly string[];
  declare results: LabResults | undefined;
  declare year: number;
  /** The results are of an earlier setting. */
  declare stale: boolean;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.indicators = [];
    this.ids = DEFAULT_KPIS;
    this.results = undefined;
    this.year = 2030;
    this.stale = false;
  }

  override render() {
    const r = this.results;
    const partial = r && !r.complete;
    return html`<h2>${TEXT.heading(this.year)}
        ${this.stale ? html`<span class="flag" data-flag="stale">${TEXT.outOfDate}</span>` : partial ? html`<span class="flag" data-flag="partial">${TEXT.partial(r.done, r.total)}</span>` : nothing}
      </h2>
      <ul class=${this.stale ? 'stale' : ''}>
        ${guard([r, this.year, this.ids, this.indicators, language()], () => this.renderCards(r))}
      </ul>
      <p class="note">${TEXT.note}</p>`;
  }

  /** The cards, summarised again only when the results or the year change (not when they are dimmed). */
  private renderCards(r: LabResults | undefined) {
    return this.ids.map((id) => {
      const indicator = this.indicators.find((i) => i.id === id);
      if (!indicator) return nothing;
      const s = r ? summariseYear(id, this.year, r.baseline.runs, r.scenario.runs) : undefined;
      return html`<li data-kpi=${id}>
        <p class="label">${indicator.label}</p>
        ${s ? this.card(indicator, s, !!r?.complete) : html`<p class="value">${TEXT.pending}</p>`}
      </li>`;
    });
  }

  private card(indicator: IndicatorDefinition, s: YearSummary, complete: boolean) {
    const unit = indicator.unit;
    // "No change" only when every seed is back and every pair is identical.
    const none =
      complete && s.pairs > 0 && s.differenceMean === 0 && s.differenceLow === s.differenceHigh && (s.pairs === 1 || s.differenceLow === 0);
    // Whether a change is good depends on the indicator, so no green or red: the interval says if it is clear of zero.
    const clear = s.pairs > 1 && (s.differenceLow > 0 || s.differenceHigh < 0);
    const interval =
      s.pairs > 1 && !none
        ? html`<br /><span class="muted">${TEXT.interval(formatChange(s.differenceLow, unit), formatChange(s.differenceHigh, unit), clear)}</span>`
        : nothing;
    return html`<p class="value">${formatValue(s.scenarioMedian, unit)}</p>
      <p class="change">${none ? TEXT.noChange : html`${formatChange(s.differenceMean, unit)} ${TEXT.versus}`}${interval}</p>
      <p class="base">${TEXT.baseline(formatValue(s.baselineMedian, unit))}</p>`;
  }
}
