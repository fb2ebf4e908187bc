import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { html, LitElement, nothing } from 'lit';
import type { LabResults } from '../engine-client/index.js';
import { formatChange, formatValue } from '../lib/format.js';
import { summariseYear } from '../lib/yearly.js';
import { baseStyles } from '../theme.js';
import { kpiCardsStyles } from './ds-kpi-cards.styles.js';

/** The headline indicators of the cards, unless the app says otherwise. */
export const DEFAULT_KPIS: readonly string[] = [
  'uz_in_kz.remittances_usd',
  'kz_in_uz.remittances_usd',
  'bilateral.trade_usd',
  'bilateral.trust_index',
  'uz_in_kz.integration_share',
  'kz_in_uz.heritage_language_youth',
];

/**
 * Headline figures for the chosen calendar year: the scenario's median, its change against the
 * baseline (mean paired difference) with the 90 per cent confidence interval, in plain units.
 */
export class DsKpiCards extends LitElement {
  static override styles = [baseStyles, kpiCardsStyles];
  static override properties = {
    indicators: { attribute: false },
    ids: { attribute: false },
    results: { attribute: false },
    year: { type: Number },
  };

  declare indicators: readonly IndicatorDefinition[];
  declare ids: readonly string[];
  declare results: LabResults | undefined;
  declare year: number;

  constructor() {
    super();
    this.indicators = [];
    this.ids = DEFAULT_KPIS;
    this.results = undefined;
    this.year = 2030;
  }

  override render() {
    const r = this.results;
    return html`<h2>In ${this.year}${r?.preview ? ' (preview)' : ''}</h2>
      <ul>
        ${this.ids.map((id) => {
          const indicator = this.indicators.find((i) => i.id === id);
          if (!indicator) return nothing;
          const s = r ? summariseYear(id, this.year, r.baseline.runs, r.scenario.runs) : undefined;
          return html`<li data-kpi=${id}>
            <p class="label">${indicator.label}</p>
            ${s ? this.card(indicator, s) : html`<p class="value">…</p>`}
          </li>`;
        })}
      </ul>
      <p class="note">Calendar-year values as in <code>sim run</code>'s summary (flows: the year's total; stocks, shares and indices: at the year's end); changes are the mean of seed-by-seed differences.</p>`;
  }

  private card(indicator: IndicatorDefinition, s: NonNullable<ReturnType<typeof summariseYear>>) {
    const unit = indicator.unit;
    const none = s.pairs > 0 && s.differenceMean === 0 && (s.pairs === 1 || (s.differenceLow === 0 && s.differenceHigh === 0));
    // Whether a change is good depends on the indicator, so no green or red: the interval says if it is clear of zero.
    const clear = s.pairs > 1 && (s.differenceLow > 0 || s.differenceHigh < 0);
    const interval =
      s.pairs > 1 && !none
        ? html`<br /><span class="muted">90% CI ${formatChange(s.differenceLow, unit)} to ${formatChange(s.differenceHigh, unit)}${clear ? '' : ' (includes zero)'}</span>`
        : nothing;
    return html`<p class="value">${formatValue(s.scenarioMedian, unit)}</p>
      <p class="change">${none ? 'No change against the baseline' : html`${formatChange(s.differenceMean, unit)} vs baseline`}${interval}</p>
      <p class="base">Baseline: ${formatValue(s.baselineMedian, unit)}</p>`;
  }
}
