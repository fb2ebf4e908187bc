import {
  errorText,
  type RichText,
  runSensitivity,
  type SensitivityRequest,
  type SensitivityResult,
  sensitivityDesign,
  type TaskRunner,
} from '@diaspora-sim/analysis';
import { ASSUMPTIONS, LEVERS, type Scenario } from '@diaspora-sim/engine';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { effectiveBaseline } from '../engine-client/index.js';
import { AnalysisRunController, clampInt, type AnalysisRunController as Run } from '../lib/analysisRun.js';
import { localAllParameters, localIndicators } from '../lib/catalogText.js';
import { formatChange } from '../lib/format.js';
import { language, numberLocales, tr, updateWhenLanguageChanges } from '../lib/language.js';
import { baseStyles } from '../theme.js';
import { sensitivityViewStyles } from './ds-sensitivity-view.styles.js';
import { SENSITIVITY_TEXT as T } from './messages.js';
import { plotSensitivity, sensitivityBars } from './sensitivityPlot.js';

type Method = 'morris' | 'sobol';
type Space = 'policy' | 'assumptions';

/**
 * Global sensitivity of one indicator in one year (or of its paired difference from the baseline)
 * to the policy levers or to the behavioural assumptions, never both at once: Morris screening
 * (μ* with its bootstrap interval, and σ) or Sobol indices (first and total order with bootstrap
 * intervals), by the analysis layer's runSensitivity.
 */
export class DsSensitivityView extends LitElement {
  static override styles = [baseStyles, sensitivityViewStyles];
  static override properties = {
    scenario: { attribute: false },
    baseline: { attribute: false },
    runner: { attribute: false },
    method: { state: true },
    space: { state: true },
    indicatorId: { state: true },
    year: { state: true },
    versus: { state: true },
    samples: { state: true },
    seeds: { state: true },
    personsPerAgent: { state: true },
  };

  declare scenario: Scenario | undefined;
  declare baseline: Scenario | undefined;
  declare runner: TaskRunner | undefined;
  declare method: Method;
  declare space: Space;
  declare indicatorId: string;
  declare year: number;
  /** Analyse the paired difference from the baseline rather than the level. */
  declare versus: boolean;
  declare samples: number;
  declare seeds: number;
  declare personsPerAgent: number;
  readonly analysis: Run<SensitivityResult> = new AnalysisRunController<SensitivityResult>(this, T.failed);
  private estimateCache: { key: string; text: string | RichText } | undefined;
  private drawnKey: unknown;
  private drawnLanguage = '';

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.scenario = undefined;
    this.baseline = undefined;
    this.runner = undefined;
    this.method = 'morris';
    this.space = 'policy';
    this.indicatorId = 'uz_in_kz.remittances_usd';
    this.year = 2030;
    this.versus = false;
    this.samples = 4;
    this.seeds = 1;
    this.personsPerAgent = 4000;
  }

  get running(): boolean {
    return this.analysis.running;
  }

  private request(): SensitivityRequest | undefined {
    const { scenario, baseline } = this;
    if (!scenario || !baseline) return undefined;
    // Runs stop at the analysed year; the rest would not enter the result.
    const analysed = { ...scenario, seeds: this.seeds, personsPerAgent: this.personsPerAgent, endYear: this.year };
    return {
      method: this.method,
      space: this.space,
      scenarioText: JSON.stringify(analysed),
      ...(this.versus && { versusText: JSON.stringify(effectiveBaseline(baseline, analysed)) }),
      indicator: this.indicatorId,
      year: this.year,
      firstSeed: scenario.seed,
      seeds: this.seeds,
      samples: this.samples,
      designSeed: scenario.seed,
    };
  }

  /** Runs the design needs (the analysis layer's own count), or why it cannot run; built once per setting. */
  private estimate(): string | RichText {
    const request = this.request();
    if (!request) return '';
    const key = `${request.method}|${request.space}|${request.samples}|${request.seeds}|${this.versus}|${language()}`;
    if (this.estimateCache?.key !== key) {
      let text: string | RichText;
      try {
        text = T.runs(sensitivityDesign(request).tasks.length);
      } catch (error) {
        text = errorText(tr(), error);
      }
      this.estimateCache = { key, text };
    }
    return this.estimateCache.text;
  }

  async run(): Promise<void> {
    const request = this.request();
    const runner = this.runner;
    if (!request || !runner) return;
    await this.analysis.run(async (signal, onProgress) => (await runSensitivity(runner, request, { signal, onProgress })).result);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this.scenario;
    if (changed.has('scenario') && s) this.year = Math.min(s.endYear, Math.max(s.startYear, this.year));
  }

  protected override updated(): void {
    const result = this.analysis.result;
    const host = this.renderRoot.querySelector('.plot');
    // Drawn once per result and language (its axes and legend are words).
    if (!result || !host || (this.drawnKey === result && this.drawnLanguage === language())) return;
    this.drawnKey = result;
    this.drawnLanguage = language();
    const unit = localIndicators().find((i) => i.id === this.indicatorId)?.unit ?? '';
    const plot = plotSensitivity(result, unit, Math.max(320, Math.floor(host.getBoundingClientRect().width) || 700));
    plot.setAttribute('aria-hidden', 'true');
    host.replaceChildren(plot);
  }

  private handleSubmit(event: Event) {
    event.preventDefault();
    void this.run();
  }

  override render() {
    const lastYear = this.scenario?.endYear ?? 2045;
    const factorCount = this.space === 'policy' ? LEVERS.length : ASSUMPTIONS.length;
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    const result = this.analysis.result;
    return html`<p class="intro">${T.intro}</p>
      <form novalidate @submit=${this.handleSubmit}>
        <label>${T.method}
          <select @change=${(e: Event) => {
            this.method = value(e) as Method;
            this.samples = this.method === 'morris' ? 4 : 16;
          }}>
            <option value="morris" ?selected=${this.method === 'morris'}>${T.morris}</option>
            <option value="sobol" ?selected=${this.method === 'sobol'}>${T.sobol}</option>
          </select>
        </label>
        <label>${T.space}
          <select @change=${(e: Event) => (this.space = value(e) as Space)}>
            <option value="policy" ?selected=${this.space === 'policy'}>${T.policy(LEVERS.length)}</option>
            <option value="assumptions" ?selected=${this.space === 'assumptions'} ?disabled=${ASSUMPTIONS.length === 0}>${T.assumptions(ASSUMPTIONS.length)}</option>
          </select>
        </label>
        <label>${T.indicator}
          <select @change=${(e: Event) => (this.indicatorId = value(e))}>
            ${localIndicators().map((i) => html`<option value=${i.id} ?selected=${i.id === this.indicatorId}>${i.label}</option>`)}
          </select>
        </label>
        <label>${T.year}<input type="number" min="2021" max=${lastYear} .value=${String(this.year)} @change=${(e: Event) => (this.year = clampInt(value(e), 2021, lastYear))} /></label>
        <label>${this.method === 'morris' ? T.trajectories : T.samples}<input type="number" min="2" max="512" .value=${String(this.samples)} @change=${(e: Event) => (this.samples = clampInt(value(e), 2, 512))} /></label>
        <label>${T.seeds}<input type="number" min="1" max="16" .value=${String(this.seeds)} @change=${(e: Event) => (this.seeds = clampInt(value(e), 1, 16))} /></label>
        <label>${T.persons}<input type="number" min="1" max="10000" .value=${String(this.personsPerAgent)} @change=${(e: Event) => (this.personsPerAgent = clampInt(value(e), 1, 10000))} /></label>
        <label class="inline"><input type="checkbox" .checked=${this.versus} @change=${(e: Event) => (this.versus = (e.target as HTMLInputElement).checked)} />${T.versus}</label>
        <div class="buttons">${this.analysis.renderButtons(T.run, !!this.runner && factorCount > 0, this.estimate())}</div>
      </form>
      ${this.analysis.renderProgress(T.progress)}
      ${result ? this.renderResult(result) : nothing}`;
  }

  private renderResult(result: SensitivityResult) {
    const indicator = localIndicators().find((i) => i.id === this.indicatorId);
    const unit = indicator?.unit ?? '';
    const morris = result.method === 'morris';
    const fmt = (v: number) =>
      !Number.isFinite(v)
        ? '–'
        : morris
          ? formatChange(v, unit).replace(/^\+/, '')
          : Number(v.toPrecision(3)).toLocaleString(numberLocales());
    const label = (id: string) => localAllParameters().find((d) => d.id === id)?.label ?? id;
    const top = [...sensitivityBars(result)].sort((a, b) => b.value - a.value).slice(0, 3);
    const summary = T.summary(
      morris,
      indicator?.label ?? this.indicatorId,
      this.year,
      this.versus,
      top.map((b) => `${b.label} (${fmt(b.value)})`).join(', '),
    );
    const rows =
      result.method === 'morris'
        ? result.rows.map((r) => [label(r.parameter), fmt(r.muStar), T.to(fmt(r.muStarLow), fmt(r.muStarHigh)), fmt(r.sigma), fmt(r.mu)])
        : result.rows.map((r) => [
            label(r.parameter),
            fmt(r.S1),
            T.to(fmt(r.S1Low), fmt(r.S1High)),
            fmt(r.ST),
            T.to(fmt(r.STLow), fmt(r.STHigh)),
          ]);
    return html`<section class="result">
      <h3>${T.heading(morris, indicator?.label ?? '', this.year)}</h3>
      <div class="plot" role="img" aria-label=${`${T.barChart} ${summary}`}></div>
      <p class="plain">${summary} ${T.intervals}</p>
      <details>
        <summary>${T.showTable}</summary>
        <div class="table-wrap" tabindex="0" role="region" aria-label=${T.table}>
          <table>
            <thead><tr><th scope="col">${T.parameter}</th>${(morris ? T.morrisColumns() : T.sobolColumns()).map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
            <tbody>${rows.map(([p, ...cells]) => html`<tr><th scope="row">${p}</th>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
          </table>
        </div>
      </details>
    </section>`;
  }
}
