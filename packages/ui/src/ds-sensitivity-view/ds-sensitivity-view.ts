import {
  runSensitivity,
  type SensitivityRequest,
  type SensitivityResult,
  sensitivityDesign,
  type TaskRunner,
} from '@diaspora-sim/analysis';
import { ASSUMPTIONS, findParameter, INDICATORS, LEVERS, type Scenario } from '@diaspora-sim/engine';
import * as Plot from '@observablehq/plot';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { effectiveBaseline } from '../engine-client/index.js';
import { baseStyles, COLOURS } from '../theme.js';
import { sensitivityViewStyles } from './ds-sensitivity-view.styles.js';

type Method = 'morris' | 'sobol';
type Space = 'policy' | 'assumptions';

interface Bar {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly measure: string;
}

/**
 * Global sensitivity of one indicator in one year (or of its paired difference from the baseline)
 * to the policy levers or to the behavioural assumptions, never both at once: Morris screening
 * (mu* with its bootstrap interval, and sigma) or Sobol indices (first and total order with
 * bootstrap intervals), by the engine's runSensitivity, with progress and cancel.
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
    running: { state: true },
    done: { state: true },
    total: { state: true },
    error: { state: true },
    result: { state: true },
    tableOpen: { state: true },
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
  declare running: boolean;
  declare done: number;
  declare total: number;
  declare error: string;
  declare result: SensitivityResult | undefined;
  declare tableOpen: boolean;
  private controller: AbortController | undefined;
  private estimateCache: { key: string; text: string } | undefined;

  constructor() {
    super();
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
    this.running = false;
    this.done = 0;
    this.total = 0;
    this.error = '';
    this.result = undefined;
    this.tableOpen = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
  }

  private request(): SensitivityRequest | undefined {
    const scenario = this.scenario;
    const baseline = this.baseline;
    if (!scenario || !baseline) return undefined;
    // Runs stop at the analysed year; the rest would not enter the result.
    const settings = { seeds: this.seeds, personsPerAgent: this.personsPerAgent, endYear: this.year };
    const analysed = { ...scenario, ...settings };
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

  /** Runs the design needs (the engine's own count), or an explanation; built once per setting, not per render. */
  private estimate(): string {
    const request = this.request();
    if (!request) return '';
    const key = `${request.method}|${request.space}|${request.samples}|${request.seeds}|${this.versus}`;
    if (this.estimateCache?.key !== key) {
      let text: string;
      try {
        text = `${sensitivityDesign(request).tasks.length} runs`;
      } catch (error) {
        text = (error as Error).message;
      }
      this.estimateCache = { key, text };
    }
    return this.estimateCache.text;
  }

  async run(): Promise<void> {
    const request = this.request();
    const runner = this.runner;
    if (!request || !runner || this.running) return;
    this.error = '';
    this.controller = new AbortController();
    this.running = true;
    this.done = 0;
    this.total = 0;
    this.result = undefined;
    try {
      const { result } = await runSensitivity(runner, request, {
        signal: this.controller.signal,
        onProgress: (done, total) => {
          this.done = done;
          this.total = total;
        },
      });
      this.result = result;
    } catch (error) {
      this.error = this.controller.signal.aborted ? 'Cancelled; nothing was kept.' : `The analysis failed: ${(error as Error).message}`;
    } finally {
      this.running = false;
      this.controller = undefined;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  private bars(result: SensitivityResult): Bar[] {
    const label = (id: string) => findParameter(id)?.definition.label ?? id;
    const rows: Bar[] =
      result.method === 'morris'
        ? result.rows.map((r) => ({
            id: r.parameter,
            label: label(r.parameter),
            value: r.muStar,
            low: r.muStarLow,
            high: r.muStarHigh,
            measure: 'μ*',
          }))
        : result.rows.flatMap((r) => [
            { id: r.parameter, label: label(r.parameter), value: r.ST, low: r.STLow, high: r.STHigh, measure: 'total order (ST)' },
            { id: r.parameter, label: label(r.parameter), value: r.S1, low: r.S1Low, high: r.S1High, measure: 'first order (S1)' },
          ]);
    return rows;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The analysed year stays inside the scenario's horizon.
    const s = this.scenario;
    if (changed.has('scenario') && s) this.year = Math.min(s.endYear, Math.max(s.startYear, this.year));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('result')) this.draw();
  }

  private draw() {
    const host = this.renderRoot.querySelector('.plot');
    const result = this.result;
    if (!host || !result) return;
    const bars = this.bars(result);
    const order = [...new Set([...bars].sort((a, b) => b.value - a.value).map((b) => b.label))];
    const width = Math.max(420, Math.floor(host.getBoundingClientRect().width) || 700);
    const measures = [...new Set(bars.map((b) => b.measure))];
    const plot = Plot.plot({
      width,
      height: 40 + order.length * (measures.length > 1 ? 26 : 18),
      marginLeft: Math.min(420, 12 + Math.max(...order.map((l) => l.length)) * 6.3),
      x: {
        label: result.method === 'morris' ? 'μ* (mean absolute elementary effect, indicator units)' : 'Sobol index (share of variance)',
        grid: true,
      },
      y: { domain: order, label: null },
      color: { domain: measures, range: [COLOURS.scenario, COLOURS.baseline], legend: measures.length > 1 },
      marks: [
        Plot.barX(bars, { x: 'value', y: 'label', fill: 'measure', fillOpacity: 0.85 }),
        Plot.ruleY(bars, { y: 'label', x1: 'low', x2: 'high', stroke: '#1f2328', strokeWidth: 1.5 }),
        Plot.ruleX([0]),
      ],
    });
    plot.setAttribute('aria-hidden', 'true');
    host.replaceChildren(plot);
  }

  override render() {
    const lastYear = this.scenario?.endYear ?? 2045;
    const factorCount = this.space === 'policy' ? LEVERS.length : ASSUMPTIONS.length;
    return html`<p class="intro">
        Which inputs matter most for one indicator in one year. Policy levers (what a government can choose) and behavioural assumptions (what
        we do not know) are analysed apart. Morris screening is cheap and ranks inputs; Sobol indices split the variance and need many more
        runs. Intervals are bootstrap intervals. Runs use their own coarse size.
      </p>
      <form novalidate @submit=${(e: Event) => {
        e.preventDefault();
        void this.run();
      }}>
        <label>Method
          <select @change=${(e: Event) => {
            this.method = (e.target as HTMLSelectElement).value as Method;
            this.samples = this.method === 'morris' ? 4 : 16;
          }}>
            <option value="morris" ?selected=${this.method === 'morris'}>Morris (screening)</option>
            <option value="sobol" ?selected=${this.method === 'sobol'}>Sobol (variance shares)</option>
          </select>
        </label>
        <label>Inputs varied
          <select @change=${(e: Event) => {
            this.space = (e.target as HTMLSelectElement).value as Space;
          }}>
            <option value="policy" ?selected=${this.space === 'policy'}>Policy levers (${LEVERS.length})</option>
            <option value="assumptions" ?selected=${this.space === 'assumptions'} ?disabled=${ASSUMPTIONS.length === 0}>Assumptions (${ASSUMPTIONS.length})</option>
          </select>
        </label>
        <label>Indicator
          <select @change=${(e: Event) => {
            this.indicatorId = (e.target as HTMLSelectElement).value;
          }}>
            ${INDICATORS.map((i) => html`<option value=${i.id} ?selected=${i.id === this.indicatorId}>${i.label}</option>`)}
          </select>
        </label>
        <label>Year (calendar)
          <input type="number" min="2021" max=${lastYear} .value=${String(this.year)} @change=${(e: Event) => {
            this.year = clampInt((e.target as HTMLInputElement).value, 2021, lastYear);
          }} />
        </label>
        <label>${this.method === 'morris' ? 'Trajectories (r)' : 'Base samples (N)'}
          <input type="number" min="2" max="512" .value=${String(this.samples)} @change=${(e: Event) => {
            this.samples = clampInt((e.target as HTMLInputElement).value, 2, 512);
          }} />
        </label>
        <label>Seeds per point
          <input type="number" min="1" max="16" .value=${String(this.seeds)} @change=${(e: Event) => {
            this.seeds = clampInt((e.target as HTMLInputElement).value, 1, 16);
          }} />
        </label>
        <label>Persons per agent (analysis runs)
          <input type="number" min="1" max="10000" .value=${String(this.personsPerAgent)} @change=${(e: Event) => {
            this.personsPerAgent = clampInt((e.target as HTMLInputElement).value, 1, 10000);
          }} />
        </label>
        <label class="inline"><input type="checkbox" .checked=${this.versus} @change=${(e: Event) => {
          this.versus = (e.target as HTMLInputElement).checked;
        }} />Effect against the baseline (paired difference)</label>
        <div class="buttons">
          <button type="submit" ?disabled=${this.running || !this.runner || factorCount === 0}>Run analysis</button>
          <button type="button" ?disabled=${!this.running} @click=${() => this.cancel()}>Cancel</button>
          <span class="estimate">${this.estimate()}</span>
        </div>
      </form>
      ${
        this.running
          ? html`<div class="progress" role="status"><progress max=${this.total || 1} .value=${this.done} aria-label="Analysis progress"></progress>${this.done} of ${this.total || '…'} runs</div>`
          : nothing
      }
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.result ? this.renderResult(this.result) : nothing}`;
  }

  private renderResult(result: SensitivityResult) {
    const indicator = INDICATORS.find((i) => i.id === this.indicatorId);
    const bars = this.bars(result);
    const top = [...bars].sort((a, b) => b.value - a.value).slice(0, 3);
    const summary = `${result.method === 'morris' ? 'Morris μ*' : 'Sobol total-order index'} for ${indicator?.label ?? this.indicatorId} in ${this.year}${
      this.versus ? ' (paired difference from the baseline)' : ''
    }: largest for ${top.map((b) => `${b.label} (${fmt(b.value)})`).join(', ')}.`;
    return html`<section class="result">
      <h3>${result.method === 'morris' ? 'Morris screening' : 'Sobol indices'}: ${indicator?.label ?? ''}, ${this.year}</h3>
      <div class="plot" role="img" aria-label=${`Bar chart. ${summary}`}></div>
      <p class="plain">${summary} Black lines: bootstrap intervals.</p>
      <button aria-expanded=${String(this.tableOpen)} @click=${() => {
        this.tableOpen = !this.tableOpen;
      }}>${this.tableOpen ? 'Hide' : 'Show'} data table</button>
      ${
        this.tableOpen
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="Sensitivity data table"><table>
              ${
                result.method === 'morris'
                  ? html`<thead><tr><th scope="col">Parameter</th><th scope="col">μ*</th><th scope="col">μ* interval</th><th scope="col">σ</th><th scope="col">μ</th></tr></thead>
                    <tbody>${result.rows.map((r) => html`<tr><td>${r.parameter}</td><td>${fmt(r.muStar)}</td><td>${fmt(r.muStarLow)} to ${fmt(r.muStarHigh)}</td><td>${fmt(r.sigma)}</td><td>${fmt(r.mu)}</td></tr>`)}</tbody>`
                  : html`<thead><tr><th scope="col">Parameter</th><th scope="col">S1</th><th scope="col">S1 interval</th><th scope="col">ST</th><th scope="col">ST interval</th></tr></thead>
                    <tbody>${result.rows.map((r) => html`<tr><td>${r.parameter}</td><td>${fmt(r.S1)}</td><td>${fmt(r.S1Low)} to ${fmt(r.S1High)}</td><td>${fmt(r.ST)}</td><td>${fmt(r.STLow)} to ${fmt(r.STHigh)}</td></tr>`)}</tbody>`
              }
            </table></div>`
          : nothing
      }
    </section>`;
  }
}

function clampInt(text: string, min: number, max: number): number {
  const v = Math.round(Number(text));
  return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : min;
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : '–';
}
