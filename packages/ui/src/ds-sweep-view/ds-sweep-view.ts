import {
  AnalysisError,
  analysisText,
  parseSweepAxis,
  runSweep,
  type SweepResult,
  sweepDesign,
  type TaskRunner,
} from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { effectiveBaseline } from '../engine-client/index.js';
import { AnalysisRunController, clampInt, type AnalysisRunController as Run } from '../lib/analysisRun.js';
import { localIndicators, unitText } from '../lib/catalogText.js';
import { language, tr, updateWhenLanguageChanges } from '../lib/language.js';
import { baseStyles } from '../theme.js';
import { sweepViewStyles } from './ds-sweep-view.styles.js';
import { SWEEP_TEXT as T } from './messages.js';
import { sweepable } from './sweepPlot.js';
import { drawSweep, renderSweepResult } from './sweepResult.js';

interface Axis {
  id: string;
  from: number;
  to: number;
  points: number;
}

/**
 * A sweep: one or two levers (or assumptions) over a grid, each point a paired ensemble against the
 * baseline over the same seeds; the chosen indicator's calendar-year effect as a line (one axis) or
 * a heatmap (two axes). Runs on the lab's workers through the analysis layer's runSweep.
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
  readonly analysis: Run<SweepResult> = new AnalysisRunController<SweepResult>(this, T.failed);

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.scenario = undefined;
    this.baseline = undefined;
    this.runner = undefined;
    this.first = axisFor('trade.tariff_equivalent_pct', 5);
    this.second = undefined;
    this.indicatorId = 'bilateral.trade_usd';
    this.year = 2030;
    this.seeds = 4;
    this.personsPerAgent = 2000;
  }

  get running(): boolean {
    return this.analysis.running;
  }

  private axes() {
    const axes = [this.first, ...(this.second ? [this.second] : [])].map((a) => parseSweepAxis(`${a.id}=${a.from}:${a.to}:${a.points}`));
    if (axes.length === 2 && axes[0].id === axes[1].id) throw new Error(T.sameAxes);
    return axes;
  }

  /** Starts the sweep; resolves when it ends (done, cancelled or failed). */
  async run(): Promise<void> {
    const { scenario, baseline, runner } = this;
    if (!scenario || !baseline || !runner) return;
    let axes: ReturnType<typeof parseSweepAxis>[];
    try {
      axes = this.axes();
    } catch (error) {
      // The analysis layer's refusal in the language; the view's own (the same parameter twice) already is.
      return this.analysis.refuse(error instanceof AnalysisError ? analysisText(tr(), error.problem) : (error as Error).message);
    }
    // Runs stop at the chosen year: nothing after it enters the result.
    const analysed = { ...scenario, seeds: this.seeds, personsPerAgent: this.personsPerAgent, endYear: this.year };
    const request = {
      scenarioText: JSON.stringify(analysed),
      baselineText: JSON.stringify(effectiveBaseline(baseline, analysed)),
      axes,
      firstSeed: scenario.seed,
      seeds: this.seeds,
    };
    await this.analysis.run(async (signal, onProgress) => (await runSweep(runner, request, { signal, onProgress })).result);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The analysed year stays inside the scenario's horizon.
    const s = this.scenario;
    if (changed.has('scenario') && s) this.year = Math.min(s.endYear, Math.max(s.startYear, this.year));
  }

  private drawnKey: unknown[] = [];

  protected override updated(): void {
    // Drawn once per result, indicator, year and language (the analysis controller re-renders on progress too).
    const key = [this.analysis.result, this.indicatorId, this.year, language()];
    const result = this.analysis.result;
    if (result && key.some((k, i) => k !== this.drawnKey[i])) drawSweep(this, result);
    this.drawnKey = key;
  }

  /** Runs the sweep needs (from the analysis layer's own design), or '?' while the axes are invalid. */
  private estimate(): string {
    try {
      return T.estimate(
        sweepDesign({ scenarioText: '', baselineText: '', axes: this.axes(), firstSeed: 0, seeds: this.seeds }).tasks.length,
      );
    } catch {
      return T.estimate('?');
    }
  }

  private handleSubmit(event: Event) {
    event.preventDefault();
    void this.run();
  }

  override render() {
    const lastYear = this.scenario?.endYear ?? 2045;
    const number = (e: Event) => (e.target as HTMLInputElement).value;
    const result = this.analysis.result;
    return html`<p class="intro">${T.intro}</p>
      <form novalidate @submit=${this.handleSubmit}>
        ${this.axisFields(T.firstAxis, this.first, (a) => (this.first = a))}
        ${this.second ? this.axisFields(T.secondAxis, this.second, (a) => (this.second = a)) : nothing}
        <label>${T.indicator}
          <select @change=${(e: Event) => (this.indicatorId = number(e))}>
            ${localIndicators().map((i) => html`<option value=${i.id} ?selected=${i.id === this.indicatorId}>${i.label}</option>`)}
          </select>
        </label>
        <label>${T.year}<input type="number" min="2021" max=${lastYear} .value=${String(this.year)} @change=${(e: Event) => (this.year = clampInt(number(e), 2021, lastYear))} /></label>
        <label>${T.seeds}<input type="number" min="1" max="64" .value=${String(this.seeds)} @change=${(e: Event) => (this.seeds = clampInt(number(e), 1, 64))} /></label>
        <label>${T.persons}<input type="number" min="1" max="10000" .value=${String(this.personsPerAgent)} @change=${(e: Event) => (this.personsPerAgent = clampInt(number(e), 1, 10000))} /></label>
        <div class="buttons">
          <button type="button" @click=${() => (this.second = this.second ? undefined : axisFor('uz_in_kz.language_course_seats', 3))}>${this.second ? T.removeAxis : T.addAxis}</button>
          ${this.analysis.renderButtons(T.run, !!this.runner, this.estimate())}
        </div>
      </form>
      ${this.analysis.renderProgress(T.progress)}
      ${result ? renderSweepResult(this, result) : nothing}`;
  }

  private axisFields(title: string, axis: Axis, set: (a: Axis) => void) {
    const d = sweepable().find((p) => p.id === axis.id);
    const value = (e: Event) => Number((e.target as HTMLInputElement).value);
    return html`<fieldset>
      <legend>${title}</legend>
      <label>${T.parameter}
        <select @change=${(e: Event) => set(axisFor((e.target as HTMLSelectElement).value, axis.points))}>
          ${sweepable().map((p) => html`<option value=${p.id} ?selected=${p.id === axis.id}>${p.label}</option>`)}
        </select>
      </label>
      <label>${T.from(unitText(d?.unit ?? ''))}<input type="number" min=${d?.min ?? 0} max=${d?.max ?? 0} step="any" .value=${String(axis.from)} @change=${(e: Event) => set({ ...axis, from: value(e) })} /></label>
      <label>${T.to(unitText(d?.unit ?? ''))}<input type="number" min=${d?.min ?? 0} max=${d?.max ?? 0} step="any" .value=${String(axis.to)} @change=${(e: Event) => set({ ...axis, to: value(e) })} /></label>
      <label>${T.points}<input type="number" min="1" max="25" .value=${String(axis.points)} @change=${(e: Event) => set({ ...axis, points: clampInt(String(value(e)), 1, 25) })} /></label>
    </fieldset>`;
  }
}

function axisFor(id: string, points: number): Axis {
  const d = sweepable().find((p) => p.id === id);
  if (!d) return { id, from: 0, to: 1, points };
  // Whole-number parameters need a grid that lands on whole numbers.
  const n = d.integer ? Math.min(points, d.max - d.min + 1) : points;
  const to = d.integer && n > 1 ? d.min + Math.floor((d.max - d.min) / (n - 1)) * (n - 1) : d.max;
  return { id, from: d.min, to, points: n };
}
