import { DIASPORAS, type DiasporaId } from '@diaspora-sim/engine';
import * as Plot from '@observablehq/plot';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { LabResults } from '../engine-client/index.js';
import { queueDraw } from '../lib/drawQueue.js';
import { percent } from '../lib/format.js';
import { language, t, tr, updateWhenLanguageChanges, words } from '../lib/language.js';
import { type IndicatorSeries, indicatorSeries, stepOfYear } from '../lib/stats.js';
import { baseStyles, COLOURS } from '../theme.js';
import { strategiesStyles } from './ds-strategies.styles.js';

/** Berry's four strategies; their names are `strategy.<key>` of the lab catalog. */
const STRATEGIES = [
  { key: 'integration_share', colour: COLOURS.integration },
  { key: 'assimilation_share', colour: COLOURS.assimilation },
  { key: 'separation_share', colour: COLOURS.separation },
  { key: 'marginalization_share', colour: COLOURS.marginalization },
] as const;
const strategyName = (s: (typeof STRATEGIES)[number]) => TEXT.strategy(s.key);

/** Every word ds-strategies shows, from the `lab` catalog in the lab's language. */
const TEXT = words('strategies', ['intro', 'outOfDate', 'notYet', 'running', 'showTable', 'hideTable', 'table', 'year', 'axis'], {
  partial: (done: number, total: number) => t('strategies.partial', { done, total }),
  describe: (diaspora: string, year: number, baseline: string, scenario: string) =>
    t('strategies.describe', { diaspora, year, baseline, scenario }),
  chart: (description: string) => t('strategies.chart', { description }),
  column: (strategy: string, variant: 'baseline' | 'scenario') => t('strategies.column', { strategy, variant: t(`strategies.${variant}`) }),
  /** The facets' titles. */
  variant: (variant: 'Baseline' | 'Scenario') => t(`strategies.${variant}`),
  strategy: (key: string) => t(`strategy.${key}`),
  share: (strategy: string, share: string) => t('strategies.share', { strategy, share }),
  diaspora: (id: string) => tr().t(`catalog:diaspora.${id}`),
});

/**
 * Berry's four acculturation strategies as stacked areas per diaspora, baseline beside scenario
 * (medians over seeds of each share), with a text alternative and a data table.
 */
export class DsStrategies extends LitElement {
  static override styles = [baseStyles, strategiesStyles];
  static override properties = {
    results: { attribute: false },
    cursorYear: { type: Number, attribute: 'cursor-year' },
    stale: { type: Boolean },
    tableOpen: { state: true },
  };

  declare results: LabResults | undefined;
  declare cursorYear: number;
  /** The results are of an earlier setting. */
  declare stale: boolean;
  declare tableOpen: DiasporaId | '';

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.results = undefined;
    this.cursorYear = 2030;
    this.stale = false;
    this.tableOpen = '';
  }

  /** The four shares' bands, per quarter (the plot) or per calendar year (the words and the table: the year's last quarter). */
  private series(d: DiasporaId, yearly = false): IndicatorSeries[] | undefined {
    const r = this.results;
    if (!r) return undefined;
    const all = STRATEGIES.map((s) => indicatorSeries(`${d}.${s.key}`, r.baseline.runs, r.scenario.runs, yearly));
    return all.every((s) => s) ? (all as IndicatorSeries[]) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('results') || changed.has('cursorYear') || this.drawnLanguage !== language()) queueDraw(this, () => this.draw());
  }

  /** The language the plots were drawn in (their legends and axes are words). */
  private drawnLanguage = '';

  /** Draws both diasporas' plots (normally queued). */
  draw(): void {
    this.drawnLanguage = language();
    for (const d of DIASPORAS) {
      const host = this.renderRoot.querySelector(`[data-plot="${d}"]`);
      const series = this.series(d);
      if (!host || !series) continue;
      const rows: Array<{ variant: string; year: number; strategy: string; share: number }> = [];
      for (const variant of ['Baseline', 'Scenario'] as const) {
        STRATEGIES.forEach((s, k) => {
          const band = variant === 'Baseline' ? series[k].baseline : series[k].scenario;
          series[k].years.forEach((year, i) => {
            rows.push({ variant: TEXT.variant(variant), year, strategy: strategyName(s), share: band.median[i] });
          });
        });
      }
      const width = Math.max(320, Math.floor(host.getBoundingClientRect().width) || 640);
      const plot = Plot.plot({
        width,
        height: 230,
        marginLeft: 44,
        style: { fontSize: '11px', background: 'transparent' },
        fx: { label: null, domain: [TEXT.variant('Baseline'), TEXT.variant('Scenario')] },
        x: { label: null, tickFormat: (v: number) => String(Math.round(v)), ticks: 4 },
        y: { label: TEXT.axis, tickFormat: (v: number) => `${Math.round(v * 100)}%`, grid: true, ticks: 5 },
        color: { domain: STRATEGIES.map(strategyName), range: STRATEGIES.map((s) => s.colour), legend: true },
        marks: [
          // White edges keep neighbouring strategies apart whatever the reader's colour vision.
          Plot.areaY(rows, {
            x: 'year',
            y: 'share',
            fill: 'strategy',
            fx: 'variant',
            order: STRATEGIES.map(strategyName),
            stroke: 'white',
            strokeWidth: 0.75,
          }),
          Plot.ruleX([this.cursorYear], { stroke: COLOURS.cursor, strokeOpacity: 0.6 }),
        ],
      });
      plot.setAttribute('aria-hidden', 'true');
      host.replaceChildren(plot);
    }
  }

  private describe(d: DiasporaId, series: IndicatorSeries[]): string {
    const i = stepOfYear(series[0].years, this.cursorYear);
    const shares = (pick: 'baseline' | 'scenario') =>
      STRATEGIES.map((s, k) => TEXT.share(strategyName(s).toLocaleLowerCase(language()), percent(series[k][pick].median[i], 0))).join(', ');
    return TEXT.describe(TEXT.diaspora(d), this.cursorYear, shares('baseline'), shares('scenario'));
  }

  override render() {
    return html`<p class="intro">${TEXT.intro}</p>
      ${
        this.stale
          ? html`<p><span class="preview">${TEXT.outOfDate}</span></p>`
          : this.results && !this.results.complete
            ? html`<p><span class="preview">${TEXT.partial(this.results.done, this.results.total)}</span></p>`
            : nothing
      }
      ${DIASPORAS.map((d) => {
        const series = this.series(d, true);
        return html`<section>
          <h3>${TEXT.diaspora(d)}</h3>
          <div class="plot" data-plot=${d} role="img" aria-label=${series ? TEXT.chart(this.describe(d, series)) : TEXT.notYet}></div>
          ${series ? html`<p class="plain">${this.describe(d, series)}</p>` : html`<p class="plain">${TEXT.running}</p>`}
          <button aria-expanded=${String(this.tableOpen === d)} ?disabled=${!series} @click=${() => {
            this.tableOpen = this.tableOpen === d ? '' : d;
          }}>${this.tableOpen === d ? TEXT.hideTable : TEXT.showTable}</button>
          ${this.tableOpen === d && series ? this.table(series) : nothing}
        </section>`;
      })}`;
  }

  private table(series: IndicatorSeries[]) {
    const rows: number[] = [];
    series[0].years.forEach((y, i) => {
      if (Number.isInteger(y)) rows.push(i);
    });
    const pct = (v: number) => percent(v, 1);
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${TEXT.table}>
      <table>
        <thead>
          <tr>
            <th scope="col">${TEXT.year}</th>
            ${STRATEGIES.map((s) => html`<th scope="col">${TEXT.column(strategyName(s), 'baseline')}</th><th scope="col">${TEXT.column(strategyName(s), 'scenario')}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (i) => html`<tr>
              <th scope="row">${series[0].years[i]}</th>
              ${series.map((s) => html`<td>${pct(s.baseline.median[i])}</td><td>${pct(s.scenario.median[i])}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
