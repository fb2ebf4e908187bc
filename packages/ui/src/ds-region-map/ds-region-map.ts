import type { RichText, TaskRunner } from '@diaspora-sim/analysis';
import { REGION_INDICATORS, type Scenario } from '@diaspora-sim/engine';
import type { FeatureCollection } from 'geojson';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { fetchRegionRuns, type RegionRuns } from '../engine-client/index.js';
import { emit, type MapVariant } from '../events.js';
import { clampInt } from '../lib/analysisRun.js';
import { formatChange, formatValue } from '../lib/format.js';
import { MAP_VARIANTS as VARIANTS } from '../lib/labView.js';
import { tr, updateWhenLanguageChanges } from '../lib/language.js';
import { renderRich } from '../lib/richText.js';
import { loadOutlines } from '../region-map/outlines.js';
import { drawRegionMap } from '../region-map/regionMap.js';
import { type RegionYearTable, regionYearTable } from '../region-map/regionYear.js';
import { baseStyles } from '../theme.js';
import { regionMapStyles } from './ds-region-map.styles.js';
import { MAP_TEXT as T } from './messages.js';

/**
 * The Map view: both countries' outlines, one proportional circle per region for a chosen regional
 * indicator, year and variant (scenario, baseline or their paired difference), and a table of the
 * same values beside it. Asks the workers for regional values only while it is on the page.
 *
 * @event ds-year-change - the reader chose another year (the lab's year is shared by its views)
 * @event ds-map-change - the reader chose another indicator or variant (kept in the lab's view and its links)
 */
export class DsRegionMap extends LitElement {
  static override styles = [baseStyles, regionMapStyles];
  static override properties = {
    scenario: { attribute: false },
    baseline: { attribute: false },
    runner: { attribute: false },
    sampleAssumptions: { type: Boolean, attribute: 'sample-assumptions' },
    year: { type: Number },
    indicatorId: { attribute: 'indicator' },
    variant: {},
    runs: { state: true },
    outlines: { state: true },
    error: { state: true },
  };

  /** The comparison in view. */
  declare scenario: Scenario | undefined;
  declare baseline: Scenario | undefined;
  /** The workers (the engine's TaskRunner interface). */
  declare runner: TaskRunner | undefined;
  /** Whether the lab's ensembles draw the behavioural assumptions per seed (the map's runs follow). */
  declare sampleAssumptions: boolean;
  /** The calendar year shown. */
  declare year: number;
  /** The regional indicator shown (an id of REGION_INDICATORS). */
  declare indicatorId: string;
  /** The scenario, the baseline or their difference. */
  declare variant: MapVariant;
  declare private runs: RegionRuns | undefined;
  declare private outlines: FeatureCollection | undefined;
  declare private error: string | RichText;
  private controller: AbortController | undefined;

  constructor() {
    super();
    this.scenario = undefined;
    this.baseline = undefined;
    this.runner = undefined;
    this.sampleAssumptions = false;
    this.year = 2030;
    this.indicatorId = 'remittances_usd';
    this.variant = 'scenario';
    this.runs = undefined;
    this.outlines = undefined;
    this.error = '';
    updateWhenLanguageChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    loadOutlines().then(
      (outlines) => {
        this.outlines = outlines;
      },
      (error: Error) => {
        this.error = T.outlinesFailed(error);
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['scenario', 'baseline', 'runner', 'sampleAssumptions'] as const;
    if (inputs.some((name) => changed.has(name))) this.fetchRuns();
  }

  private fetchRuns() {
    this.controller?.abort();
    const { scenario, baseline, runner } = this;
    this.runs = undefined;
    if (!scenario || !baseline || !runner) return;
    const controller = new AbortController();
    this.controller = controller;
    this.error = '';
    fetchRegionRuns(runner, scenario, baseline, this.sampleAssumptions ? 'sample' : 'fixed', { signal: controller.signal }).then(
      (runs) => {
        if (!controller.signal.aborted) this.runs = runs;
      },
      (error: Error) => {
        if (!controller.signal.aborted) this.error = T.failed(error);
      },
    );
  }

  private table(): RegionYearTable | undefined {
    const runs = this.runs;
    return runs ? regionYearTable(runs.scenario, runs.baseline, this.indicatorId, this.year) : undefined;
  }

  protected override updated(): void {
    const host = this.renderRoot.querySelector<HTMLElement>('.map');
    const table = this.table();
    if (!host || !table || !this.outlines) return;
    const unit = REGION_INDICATORS.find((i) => i.id === this.indicatorId)?.unit ?? '';
    const difference = this.variant === 'difference';
    const values = table[this.variant];
    const map = drawRegionMap({
      outlines: this.outlines,
      values: table.regions.map((region, r) => ({ region, value: values[r] })),
      mode: difference ? 'difference' : 'level',
      regionName: (region) => tr().region(region),
      formatValue: (value) => (difference ? formatChange(value, unit) : formatValue(value, unit)),
      increase: T.increase,
      decrease: T.decrease,
      width: Math.max(320, Math.floor(host.getBoundingClientRect().width) || 560),
    });
    // The figure's label and the table carry the content; Plot's own labels would be read in pieces.
    map.setAttribute('aria-hidden', 'true');
    host.replaceChildren(map);
  }

  private handleYear(event: Event) {
    const first = this.scenario?.startYear ?? 2021;
    const last = this.scenario?.endYear ?? 2045;
    emit(this, 'ds-year-change', { year: clampInt((event.target as HTMLInputElement).value, first, last) });
  }

  private handleIndicator(event: Event) {
    this.choose({ indicator: (event.target as HTMLSelectElement).value });
  }

  /** Shown at once and told to the lab, which keeps it in its view (and so in share links). */
  private choose(change: { indicator?: string; variant?: MapVariant }) {
    if (change.indicator) this.indicatorId = change.indicator;
    if (change.variant) this.variant = change.variant;
    emit(this, 'ds-map-change', change);
  }

  override render() {
    const indicator = REGION_INDICATORS.find((i) => i.id === this.indicatorId) ?? REGION_INDICATORS[0];
    const label = T.indicatorLabel(indicator.id);
    const table = this.table();
    const state = this.error ? 'failed' : table && this.outlines ? 'complete' : 'loading';
    return html`<p class="intro">${T.intro}</p>
      <form @submit=${(e: Event) => e.preventDefault()}>
        <label>${T.indicator}
          <select @change=${this.handleIndicator}>
            ${REGION_INDICATORS.map((i) => html`<option value=${i.id} ?selected=${i.id === this.indicatorId}>${T.indicatorLabel(i.id)}</option>`)}
          </select>
        </label>
        <label>${T.year}<input type="number" min=${this.scenario?.startYear ?? 2021} max=${this.scenario?.endYear ?? 2045} .value=${String(this.year)} @change=${this.handleYear} /></label>
        <fieldset><legend class="visually-hidden">${T.show}</legend>
          ${VARIANTS.map((v) => html`<label><input type="radio" name="variant" value=${v} .checked=${v === this.variant} @change=${() => this.choose({ variant: v })} />${T.variant(v)}</label>`)}
        </fieldset>
      </form>
      ${this.error ? html`<p role="alert">${renderRich(this.error)}</p>` : nothing}
      <div class="panels" data-state=${state}>
        <figure role="img" aria-label=${T.mapLabel(label, this.year, T.variant(this.variant))}>
          <div class="map"></div>
          ${state === 'loading' ? html`<p>${this.outlines ? T.loading : T.loadingOutlines}</p>` : nothing}
        </figure>
        ${table ? this.renderTable(table, label, indicator.unit) : nothing}
      </div>
      <p class="source">${T.source}</p>`;
  }

  private renderTable(table: RegionYearTable, label: string, unit: string) {
    const cell = (variant: MapVariant, value: number) =>
      html`<td class=${variant === this.variant ? 'shown' : ''} data-variant=${variant} data-value=${String(value)}>${
        variant === 'difference' ? formatChange(value, unit) : formatValue(value, unit)
      }</td>`;
    return html`<table>
      <caption>${T.tableCaption(label, this.year)}</caption>
      <thead><tr><th scope="col">${T.region}</th>${VARIANTS.map((v) => html`<th scope="col">${T.variant(v)}</th>`)}</tr></thead>
      <tbody>
        ${table.regions.map(
          (region, r) =>
            html`<tr data-region=${region}><th scope="row">${tr().region(region)}</th>${VARIANTS.map((v) => cell(v, table[v][r]))}</tr>`,
        )}
      </tbody>
    </table>`;
  }
}
