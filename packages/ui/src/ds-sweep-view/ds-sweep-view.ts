import { parseSweepAxis, runSweep, type SweepResult, sweepDesign, type TaskRunner } from '@diaspora-sim/analysis';
import { ASSUMPTIONS, INDICATORS, LEVERS, type ParameterDefinition, type Scenario } from '@diaspora-sim/engine';
import * as Plot from '@observablehq/plot';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { effectiveBaseline } from '../engine-client/index.js';
import { formatChange, formatValue } from '../lib/format.js';
import { baseStyles, COLOURS } from '../theme.js';
import { sweepViewStyles } from './ds-sweep-view.styles.js';

interface Axis {
  id: string;
  from: number;
  to: number;
  points: number;
}

const SWEEPABLE: readonly ParameterDefinition[] = [...LEVERS, ...ASSUMPTIONS];

/**
 * A sweep: one or two levers (or assumptions) over a grid, each point a paired ensemble against the
 * baseline over the same seeds; the chosen indicator's calendar-year effect as a line (one axis) or
 * a heatmap (two axes). Runs on the lab's workers through the engine's runSweep, with progress and cancel.
 */
export class DsSweepView extends LitElement {
  static override styles = [baseStyles, sweepViewStyles];
  static override properties = {
    scenario: { attribute: false },
    baseline: { attribute: false },
    runner: { attribute: false },
    first: { state: true },
    second: { state: true },
    indicatorId: { state: true },
    year: { state: true },
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
  /** The workers (the engine's TaskRunner interface). */
  declare runner: TaskRunner | undefined;
  declare first: Axis;
  declare second: Axis | undefined;
  declare indicatorId: string;
  declare year: number;
  declare seeds: number;
  declare personsPerAgent: number;
  declare running: boolean;
  declare done: number;
  declare total: number;
  declare error: string;
  declare result: SweepResult | undefined;
  declare tableOpen: boolean;
  private controller: AbortController | undefined;

  constructor() {
    super();
    this.scenario = undefined;
    this.baseline = undefined;
    this.runner = undefined;
    this.first = axisFor('trade.tariff_equivalent_pct', 5);
    this.second = undefined;
    this.indicatorId = 'bilateral.trade_usd';
    this.year = 2030;
    this.seeds = 4;
    this.personsPerAgent = 2000;
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

  /** Starts the sweep; resolves when it ends (done, cancelled or failed). */
  async run(): Promise<void> {
    const scenario = this.scenario;
    const baseline = this.baseline;
    const runner = this.runner;
    if (!scenario || !baseline || !runner || this.running) return;
    this.error = '';
    let axes: ReturnType<typeof parseSweepAxis>[];
    try {
      axes = [this.first, ...(this.second ? [this.second] : [])].map((a) => parseSweepAxis(`${a.id}=${a.from}:${a.to}:${a.points}`));
      if (axes.length === 2 && axes[0].id === axes[1].id) throw new Error('the two axes must be different parameters');
    } catch (error) {
      this.error = (error as Error).message;
      return;
    }
    // Runs stop at the chosen year: nothing after it enters the result.
    const settings = { seeds: this.seeds, personsPerAgent: this.personsPerAgent, endYear: this.year };
    const scenarioForSweep = { ...scenario, ...settings };
    this.controller = new AbortController();
    this.running = true;
    this.done = 0;
    this.total = 0;
    this.result = undefined;
    try {
      const { result } = await runSweep(
        runner,
        {
          scenarioText: JSON.stringify(scenarioForSweep),
          baselineText: JSON.stringify(effectiveBaseline(baseline, scenarioForSweep)),
          axes,
          firstSeed: scenario.seed,
          seeds: this.seeds,
        },
        {
          signal: this.controller.signal,
          onProgress: (done, total) => {
            this.done = done;
            this.total = total;
          },
        },
      );
      this.result = result;
    } catch (error) {
      this.error = this.controller.signal.aborted ? 'Cancelled; nothing was kept.' : `The sweep failed: ${(error as Error).message}`;
    } finally {
      this.running = false;
      this.controller = undefined;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The analysed year stays inside the scenario's horizon.
    const s = this.scenario;
    if (changed.has('scenario') && s) this.year = Math.min(s.endYear, Math.max(s.startYear, this.year));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('result')) this.draw();
  }

  private cell(result: SweepResult, pointIndex: number) {
    const y = result.years.indexOf(this.year);
    const c = result.indicatorIds.indexOf(this.indicatorId);
    const s = result.points[pointIndex].summary;
    const at = y * s.columns + c;
    return {
      point: result.points[pointIndex].point,
      scenario: s.scenario.mean[at],
      baseline: s.baseline.mean[at],
      difference: s.difference.mean[at],
      low: s.difference.ciLow[at],
      high: s.difference.ciHigh[at],
    };
  }

  private draw() {
    const host = this.renderRoot.querySelector('.plot');
    const result = this.result;
    if (!host || !result) return;
    const indicator = INDICATORS.find((i) => i.id === this.indicatorId);
    const cells = result.points.map((_, p) => this.cell(result, p));
    const labelOf = (id: string) => SWEEPABLE.find((d) => d.id === id)?.label ?? id;
    const width = Math.max(360, Math.floor(host.getBoundingClientRect().width) || 640);
    let plot: SVGSVGElement | HTMLElement;
    if (result.axes.length === 1) {
      plot = Plot.plot({
        width,
        height: 280,
        marginLeft: 60,
        x: { label: labelOf(result.axes[0].id) },
        y: { label: `change: ${indicator?.unit ?? ''}`, grid: true, zero: true },
        marks: [
          Plot.ruleY([0], { stroke: COLOURS.baseline, strokeDasharray: '5,3' }),
          Plot.areaY(cells, { x: (d) => d.point[0], y1: 'low', y2: 'high', fill: COLOURS.differenceInner, fillOpacity: 0.8 }),
          Plot.line(cells, { x: (d) => d.point[0], y: 'difference', stroke: COLOURS.difference, strokeWidth: 2 }),
          Plot.dot(cells, { x: (d) => d.point[0], y: 'difference', fill: COLOURS.difference }),
        ],
      });
    } else {
      plot = Plot.plot({
        width,
        height: 320,
        marginLeft: 70,
        padding: 0.05,
        x: { label: labelOf(result.axes[0].id), type: 'band', tickFormat: (v: number) => String(Number(v.toPrecision(4))) },
        y: { label: labelOf(result.axes[1].id), type: 'band', tickFormat: (v: number) => String(Number(v.toPrecision(4))) },
        color: { type: 'diverging', scheme: 'PuOr', pivot: 0, legend: true, label: `change: ${indicator?.unit ?? ''}` },
        marks: [
          Plot.cell(cells, { x: (d) => d.point[0], y: (d) => d.point[1], fill: 'difference' }),
          Plot.text(cells, { x: (d) => d.point[0], y: (d) => d.point[1], text: (d) => compact(d.difference), fill: 'black', fontSize: 10 }),
        ],
      });
    }
    plot.setAttribute('aria-hidden', 'true');
    host.replaceChildren(plot);
  }

  /** Runs the sweep needs (from the engine's own design), or '?' while the axes are invalid. */
  private estimate(): number | string {
    try {
      const axes = [this.first, ...(this.second ? [this.second] : [])].map((a) => parseSweepAxis(`${a.id}=${a.from}:${a.to}:${a.points}`));
      return sweepDesign({ scenarioText: '', baselineText: '', axes, firstSeed: 0, seeds: this.seeds }).tasks.length;
    } catch {
      return '?';
    }
  }

  override render() {
    const indicator = INDICATORS.find((i) => i.id === this.indicatorId);
    const lastYear = this.scenario?.endYear ?? 2045;
    return html`<p class="intro">
        How the effect on one indicator changes as one or two levers (or assumptions) move over a range. Each point is run over the same seeds
        as the baseline (paired), so the line or colour shows the policy's effect, not chance. A swept lever changes the scenario only; a swept
        assumption changes both. Runs use their own (coarser) size to stay quick.
      </p>
      <form novalidate @submit=${(e: Event) => {
        e.preventDefault();
        void this.run();
      }}>
        ${this.axisFields('First axis', this.first, (a) => {
          this.first = a;
        })}
        ${
          this.second
            ? this.axisFields('Second axis', this.second, (a) => {
                this.second = a;
              })
            : nothing
        }
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
        <label>Seeds per point
          <input type="number" min="1" max="64" .value=${String(this.seeds)} @change=${(e: Event) => {
            this.seeds = clampInt((e.target as HTMLInputElement).value, 1, 64);
          }} />
        </label>
        <label>Persons per agent (sweep runs)
          <input type="number" min="1" max="10000" .value=${String(this.personsPerAgent)} @change=${(e: Event) => {
            this.personsPerAgent = clampInt((e.target as HTMLInputElement).value, 1, 10000);
          }} />
        </label>
        <div class="buttons">
          <button type="button" @click=${() => {
            this.second = this.second ? undefined : axisFor('uz_in_kz.language_course_seats', 3);
          }}>${this.second ? 'Remove the second axis' : 'Add a second axis (heatmap)'}</button>
          <button type="submit" ?disabled=${this.running || !this.runner}>Run sweep</button>
          <button type="button" ?disabled=${!this.running} @click=${() => this.cancel()}>Cancel</button>
          <span class="estimate">About ${this.estimate()} runs</span>
        </div>
      </form>
      ${
        this.running
          ? html`<div class="progress" role="status"><progress max=${this.total || 1} .value=${this.done} aria-label="Sweep progress"></progress>${this.done} of ${this.total || '…'} runs</div>`
          : nothing
      }
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.result && indicator ? this.renderResult(this.result, indicator.label, indicator.unit) : nothing}`;
  }

  private axisFields(title: string, axis: Axis, set: (a: Axis) => void) {
    const d = SWEEPABLE.find((p) => p.id === axis.id);
    return html`<fieldset>
      <legend>${title}</legend>
      <label>Lever or assumption
        <select @change=${(e: Event) => set(axisFor((e.target as HTMLSelectElement).value, axis.points))}>
          ${SWEEPABLE.map((p) => html`<option value=${p.id} ?selected=${p.id === axis.id}>${p.label}</option>`)}
        </select>
      </label>
      <label>From (${d?.unit ?? ''})
        <input type="number" min=${d?.min ?? 0} max=${d?.max ?? 0} step="any" .value=${String(axis.from)} @change=${(e: Event) => set({ ...axis, from: Number((e.target as HTMLInputElement).value) })} />
      </label>
      <label>To (${d?.unit ?? ''})
        <input type="number" min=${d?.min ?? 0} max=${d?.max ?? 0} step="any" .value=${String(axis.to)} @change=${(e: Event) => set({ ...axis, to: Number((e.target as HTMLInputElement).value) })} />
      </label>
      <label>Points
        <input type="number" min="1" max="25" .value=${String(axis.points)} @change=${(e: Event) => set({ ...axis, points: clampInt((e.target as HTMLInputElement).value, 1, 25) })} />
      </label>
    </fieldset>`;
  }

  private renderResult(result: SweepResult, label: string, unit: string) {
    const cells = result.points.map((_, p) => this.cell(result, p));
    const best = cells.reduce((a, b) => (b.difference > a.difference ? b : a));
    const worst = cells.reduce((a, b) => (b.difference < a.difference ? b : a));
    const where = (c: (typeof cells)[number]) =>
      c.point.map((v, i) => `${SWEEPABLE.find((d) => d.id === result.axes[i].id)?.label ?? ''} ${v}`).join(', ');
    const summary = `${label} in ${this.year}, change against the baseline: largest ${formatChange(best.difference, unit)} at ${where(best)}; smallest ${formatChange(
      worst.difference,
      unit,
    )} at ${where(worst)}.`;
    return html`<section class="result">
      <h3>${label}: effect in ${this.year}</h3>
      <div class="plot" role="img" aria-label=${`${result.axes.length === 1 ? 'Line chart' : 'Heatmap'}. ${summary}`}></div>
      <p class="plain">${summary} ${result.axes.length === 1 ? 'Band: 90% confidence interval of the mean paired difference over the seeds (chance alone).' : 'Each cell: mean paired difference over the seeds.'}</p>
      <button aria-expanded=${String(this.tableOpen)} @click=${() => {
        this.tableOpen = !this.tableOpen;
      }}>${this.tableOpen ? 'Hide' : 'Show'} data table</button>
      ${
        this.tableOpen
          ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="Sweep data table"><table>
              <thead><tr>${result.axes.map((a) => html`<th scope="col">${a.id}</th>`)}<th scope="col">Scenario (mean)</th><th scope="col">Baseline (mean)</th><th scope="col">Mean difference</th><th scope="col">90% CI</th></tr></thead>
              <tbody>${cells.map(
                (c) =>
                  html`<tr>${c.point.map((v) => html`<td>${v}</td>`)}<td>${formatValue(c.scenario, unit)}</td><td>${formatValue(c.baseline, unit)}</td><td>${formatChange(c.difference, unit)}</td><td>${formatChange(c.low, unit)} to ${formatChange(c.high, unit)}</td></tr>`,
              )}</tbody>
            </table></div>`
          : nothing
      }
    </section>`;
  }
}

function axisFor(id: string, points: number): Axis {
  const d = SWEEPABLE.find((p) => p.id === id);
  if (!d) return { id, from: 0, to: 1, points };
  // Whole-number parameters need a grid that lands on whole numbers.
  const n = d.integer ? Math.min(points, d.max - d.min + 1) : points;
  const to = d.integer && n > 1 ? d.min + Math.floor((d.max - d.min) / (n - 1)) * (n - 1) : d.max;
  return { id, from: d.min, to, points: n };
}

function clampInt(text: string, min: number, max: number): number {
  const v = Math.round(Number(text));
  return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : min;
}

const compactFormat = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumSignificantDigits: 2 });
function compact(v: number): string {
  return Number.isFinite(v) ? compactFormat.format(v) : '';
}
