import { createWorkerPool, type EnginePool, type RunTask, type TaskFailure, type TaskRunner } from '@diaspora-sim/analysis';
import {
  ASSUMPTIONS,
  DRIVERS,
  formatIssues,
  INDICATORS,
  LEVERS,
  parseScenario,
  parseScenarioText,
  SCHEMA_VERSION,
  type Scenario,
} from '@diaspora-sim/engine';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { DsChartGrid } from '../ds-chart-grid/ds-chart-grid.js';
import type { DsModelView } from '../ds-model-view/ds-model-view.js';
import { BrowserWorkers, type LabResults, LabRunner, RunBroker, runKey } from '../engine-client/index.js';
import type { ChartMode, ExportFormat, LabEvent } from '../events.js';
import { BASELINE_FILE, BUNDLED_SCENARIOS, bundledScenario } from '../lib/bundled.js';
import { composeChartsSvg, type ExportedChart, serializeSvg, svgToPng } from '../lib/chartExport.js';
import { downloadFile } from '../lib/download.js';
import { scenarioJson, seriesCsv, stampedFileName, stampOf, stampText, summaryJson } from '../lib/exports.js';
import { withFields, withParameter } from '../lib/scenarioEdit.js';
import { decodeShareToken, encodeShareFragment, shareTokenFromHash } from '../lib/shareLink.js';
import { baseStyles } from '../theme.js';
import { appStyles } from './ds-app.styles.js';

type LeftTab = 'levers' | 'assumptions' | 'scenario';
type RightTab = 'charts' | 'strategies' | 'sweep' | 'sensitivity' | 'model';
type NoticeKind = 'info' | 'warning' | 'error';
interface Notice {
  readonly id: number;
  readonly kind: NoticeKind;
  readonly text: string;
  /** A stable name tests and styles can find it by. */
  readonly topic: string;
  readonly link?: string;
}

const PARAMETERS = [...LEVERS, ...DRIVERS, ...ASSUMPTIONS];

/** The indicators charted when the lab opens: the outcomes the model exists for. */
export const DEFAULT_INDICATORS: readonly string[] = [
  'uz_in_kz.remittances_usd',
  'kz_in_uz.remittances_usd',
  'bilateral.trade_usd',
  'uz_in_kz.knowledge_transfer',
  'uz_in_kz.advocacy_rate',
  'kz_in_uz.heritage_language_youth',
  'uz_in_kz.integration_share',
  'bilateral.trust_index',
];

const FALLBACK_BASELINE: Scenario = (() => {
  const parsed = parseScenario({ schemaVersion: SCHEMA_VERSION, name: 'Baseline: 2021 status quo' });
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.scenario;
})();

/**
 * The policy lab's shell: holds the scenario, the baseline and the results, owns the engine
 * client (workers), and lays out the panels. Children get properties and send events; everything
 * that changes the scenario comes back here and goes through the engine's schema.
 */
export class DsApp extends LitElement {
  static override styles = [baseStyles, appStyles];
  static override properties = {
    scenario: { attribute: false },
    baseline: { attribute: false },
    scenarioFile: { state: true },
    baselineFile: { state: true },
    results: { state: true },
    notices: { state: true },
    selected: { state: true },
    chartMode: { state: true },
    cursorYear: { state: true },
    leftTab: { state: true },
    rightTab: { state: true },
    loadMessage: { state: true },
    runError: { state: true },
    sampleAssumptions: { state: true },
  };

  declare scenario: Scenario;
  declare baseline: Scenario;
  declare scenarioFile: string;
  declare baselineFile: string;
  declare results: LabResults | undefined;
  declare notices: Notice[];
  declare selected: string[];
  declare chartMode: ChartMode;
  declare cursorYear: number;
  declare leftTab: LeftTab;
  declare rightTab: RightTab;
  declare loadMessage: string;
  declare runError: string;
  /** Ensembles draw the behavioural assumptions per seed (bands cover chance and assumptions). */
  declare sampleAssumptions: boolean;
  private runner: LabRunner | undefined;
  private workers: BrowserWorkers | undefined;
  private pools: EnginePool[] = [];
  /** The workers as the engine's analyses see them (sweeps and sensitivity share the batch workers). */
  private analysisRunner: TaskRunner | undefined;
  private noticeCount = 0;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once the start-up link (if any) has been read. */
  ready: Promise<void> = Promise.resolve();

  constructor() {
    super();
    const baseline = bundledScenario(BASELINE_FILE) ?? FALLBACK_BASELINE;
    this.scenario = baseline;
    this.baseline = baseline;
    this.scenarioFile = BASELINE_FILE;
    this.baselineFile = BASELINE_FILE;
    this.results = undefined;
    this.notices = [];
    this.selected = [...DEFAULT_INDICATORS];
    this.chartMode = 'levels';
    this.cursorYear = 2030;
    this.leftTab = 'levers';
    this.rightTab = 'charts';
    this.loadMessage = '';
    this.runError = '';
    this.sampleAssumptions = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The engine's pools over Web Workers: one worker for previews while levers move, and the batch
    // workers for ensembles (analyses have their own pool, started on first use). One core is left to
    // the page: with every core running the engine, drawing and input stretch past 50 ms on a small machine.
    const batch = Math.max(1, Math.min(6, (navigator.hardwareConcurrency || 2) - 1));
    const workers = new BrowserWorkers();
    const onTaskError = (failure: TaskFailure<RunTask>) => this.handleTaskFailure(failure);
    const pool = (size: number) => createWorkerPool({ size, createWorker: workers.factory(), onTaskError });
    const previewPool = pool(1);
    const fullPool = pool(batch);
    const analysisPool = pool(batch);
    this.workers = workers;
    this.pools = [previewPool, fullPool, analysisPool];
    const broker: RunBroker = new RunBroker(undefined, (task, ms) => this.runner?.measure(task, ms));
    this.analysisRunner = broker.runner(analysisPool, workers);
    this.runner = new LabRunner({
      preview: broker.runner(previewPool, workers),
      full: broker.runner(fullPool, workers),
      isCached: (task) => broker.isCached(task),
      keep: (texts) => broker.keep(texts),
      onResults: (results) => {
        this.results = results;
        this.runError = '';
      },
      onError: (message) => {
        this.runError = message;
        this.notify('error', 'run-error', `The simulation failed: ${message}`);
      },
    });
    this.ready = this.openFromLocation();
    window.addEventListener('hashchange', this.handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    this.runner?.dispose();
    for (const p of this.pools) p.close();
    this.workers?.dispose();
    this.runner = undefined;
  }

  /** Diagnostics for the browser tests: crash a busy worker as a real failure would. */
  simulateWorkerCrash(): boolean {
    return this.workers?.crashOne() ?? false;
  }

  // ---- scenario state -------------------------------------------------------------------------

  private setLab(scenario: Scenario, baseline: Scenario, updateUrl = true) {
    this.scenario = scenario;
    this.baseline = baseline;
    const years = [scenario.startYear, scenario.endYear];
    if (this.cursorYear < years[0] || this.cursorYear > years[1]) this.cursorYear = Math.min(years[1], Math.max(years[0], 2030));
    this.runner?.update(scenario, baseline, this.sampleAssumptions ? 'sample' : 'fixed');
    if (updateUrl) this.scheduleUrlUpdate();
  }

  private async openFromLocation(): Promise<void> {
    const token = shareTokenFromHash(location.hash);
    if (token) {
      const decoded = await decodeShareToken(token);
      if (decoded.ok) {
        this.scenarioFile = matchBundled(decoded.lab.scenario);
        this.baselineFile = matchBundled(decoded.lab.baseline);
        this.setLab(decoded.lab.scenario, decoded.lab.baseline, false);
        if (decoded.notes.length > 0) this.notify('warning', 'link-read', readAsNotice('This link', decoded.notes));
        return;
      }
      this.notify('error', 'bad-link', `This link could not be opened: ${decoded.message}. Showing the baseline instead.`);
      const baseline = bundledScenario(BASELINE_FILE) ?? FALLBACK_BASELINE;
      this.scenarioFile = BASELINE_FILE;
      this.baselineFile = BASELINE_FILE;
      this.setLab(baseline, baseline);
      return;
    }
    this.setLab(this.scenario, this.baseline);
  }

  private handleHashChange = () => {
    void this.openFromLocation();
  };

  private scheduleUrlUpdate() {
    clearTimeout(this.urlTimer);
    // When the page is idle: the link is for sharing, not for the next frame.
    this.urlTimer = setTimeout(() => requestIdleCallback(() => void this.writeUrl(), { timeout: 2000 }), 300);
  }

  private async writeUrl(): Promise<void> {
    const fragment = await encodeShareFragment(this.scenario, this.baseline);
    history.replaceState(history.state, '', `#${fragment}`);
  }

  /** The link that reopens exactly this scenario and baseline. */
  async shareLink(): Promise<string> {
    clearTimeout(this.urlTimer);
    await this.writeUrl();
    return location.href;
  }

  // ---- notices --------------------------------------------------------------------------------

  private notify(kind: NoticeKind, topic: string, text: string, link?: string) {
    const id = ++this.noticeCount;
    this.notices = [...this.notices.filter((n) => n.topic !== topic), { id, kind, topic, text, link }];
    if (kind === 'info') setTimeout(() => this.dismiss(id), 8000);
  }

  private dismiss(id: number) {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  private handleTaskFailure(failure: TaskFailure<RunTask>) {
    // A worker that died is the pool's to replace; errors the engine throws are reported by the run itself.
    if (failure.error.name !== 'WorkerDiedError') return;
    this.notify(
      'warning',
      'worker-crash',
      `A simulation worker stopped unexpectedly (${failure.error.message}). It was replaced${failure.willRetry ? ' and its run started again' : ''}.`,
    );
  }

  // ---- events from the panels -----------------------------------------------------------------

  private handleParameter(event: LabEvent<'ds-parameter-change'>) {
    const { section, id, value, final } = event.detail;
    const edited = withParameter(this.scenario, section, id, value);
    if (!edited.ok) {
      this.notify('error', 'edit', `That value was not applied: ${edited.message}`);
      return;
    }
    if (edited.scenario === this.scenario) {
      // The change event that ends a drag: nothing new to run, only the link to write.
      if (final) this.scheduleUrlUpdate();
      return;
    }
    this.scenarioFile = '';
    this.setLab(edited.scenario, this.baseline, final);
  }

  private handleFields(event: LabEvent<'ds-scenario-fields-change'>) {
    const edited = withFields(this.scenario, event.detail);
    if (!edited.ok) {
      this.notify('error', 'edit', `That change was not applied: ${edited.message}`);
      this.requestUpdate();
      return;
    }
    if (runKey(edited.scenario) !== runKey(this.scenario)) this.scenarioFile = '';
    this.setLab(edited.scenario, this.baseline);
  }

  private handlePick(event: LabEvent<'ds-scenario-pick'>) {
    const { file, role } = event.detail;
    const picked = bundledScenario(file);
    if (!picked) return;
    if (role === 'scenario') {
      this.scenarioFile = file;
      this.setLab(picked, this.baseline);
    } else {
      this.baselineFile = file;
      this.setLab(this.scenario, picked);
    }
  }

  private handleFile(event: LabEvent<'ds-scenario-file'>) {
    const { fileName, text } = event.detail;
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      this.loadMessage = `“${fileName}” was not loaded; the current scenario is kept.\n${formatIssues(parsed.issues)}`;
      this.notify('error', 'bad-file', this.loadMessage);
      return;
    }
    this.loadMessage = '';
    this.scenarioFile = matchBundled(parsed.scenario);
    if (parsed.notes.length > 0) this.notify('warning', 'file-loaded', readAsNotice(`“${fileName}”`, parsed.notes));
    else this.notify('info', 'file-loaded', `Loaded “${fileName}”: ${parsed.scenario.name}.`);
    this.setLab(parsed.scenario, this.baseline);
  }

  private async handleShare() {
    const link = await this.shareLink();
    try {
      await navigator.clipboard.writeText(link);
      this.notify('info', 'share', 'Link copied: it reopens this scenario and baseline exactly.');
    } catch {
      this.notify('info', 'share', 'Copy this link; it reopens this scenario and baseline exactly:', link);
    }
  }

  private async handleOpenDocs(event: LabEvent<'ds-open-docs'>) {
    this.rightTab = 'model';
    await this.updateComplete;
    const view = this.renderRoot.querySelector<DsModelView>('ds-model-view');
    const found = await view?.showSection(event.detail.anchor);
    if (view && !found) this.notify('info', 'docs', `The model documentation has no section “${event.detail.anchor}” yet.`);
  }

  private async handleExport(event: LabEvent<'ds-export'>) {
    try {
      await this.exportAs(event.detail.format);
    } catch (error) {
      this.notify('error', 'export', `Export failed: ${(error as Error).message}`);
    }
  }

  /** Writes one of the Export menu's files (a download). */
  async exportAs(format: ExportFormat): Promise<void> {
    const scenario = this.scenario;
    const stamp = stampOf(scenario);
    if (format === 'scenario-json') {
      downloadFile(stampedFileName(scenario, stamp, 'scenario', 'json'), scenarioJson(scenario), 'application/json');
      return;
    }
    const results = this.results;
    if (!results?.complete || results.preview || runKey(results.scenario.scenario) !== runKey(scenario)) {
      throw new Error('the full runs of this scenario are not finished yet; try again when the status says “Up to date”');
    }
    const sampled = results.band === 'chance-and-assumptions';
    if (format === 'series-csv') {
      downloadFile(stampedFileName(scenario, stamp, 'series', 'csv', sampled), seriesCsv(results), 'text/csv');
    } else if (format === 'summary-json') {
      const text = summaryJson(results, this.scenarioFile || null, this.baselineFile || null);
      downloadFile(stampedFileName(scenario, stamp, 'summary', 'json', sampled), text, 'application/json');
    } else {
      this.rightTab = 'charts';
      await this.updateComplete;
      const grid = this.renderRoot.querySelector<DsChartGrid>('ds-chart-grid');
      const charts = (grid?.charts() ?? []).map((c) => c.exportInfo()).filter((c): c is ExportedChart => !!c);
      if (charts.length === 0) throw new Error('no chart is drawn');
      const heading = `${scenario.name} compared with ${this.baseline.name}`;
      const svg = composeChartsSvg(charts, heading, stampText(stamp));
      if (format === 'charts-svg')
        downloadFile(stampedFileName(scenario, stamp, 'charts', 'svg', sampled), serializeSvg(svg), 'image/svg+xml');
      else downloadFile(stampedFileName(scenario, stamp, 'charts', 'png', sampled), await svgToPng(svg), 'image/png');
    }
  }

  // ---- rendering ------------------------------------------------------------------------------

  override render() {
    const s = this.scenario;
    return html`
      <header class="top">
        <div>
          <h1>Diaspora policy lab: Kazakhstan and Uzbekistan</h1>
          <p class="tagline">Move a lever; see what the Uzbek and Kazakh diasporas give both countries, against the baseline, with uncertainty.</p>
        </div>
        <div class="actions">
          <button @click=${this.handleShare}>Copy share link</button>
          <ds-export-menu ?ready=${!!this.results?.complete && !this.results.preview} stamp=${stampText(stampOf(s))} @ds-export=${this.handleExport}></ds-export-menu>
        </div>
      </header>
      <div class="notices" role="region" aria-label="Messages" aria-live="polite">${this.notices.map((n) => this.renderNotice(n))}</div>
      <div class="layout" @ds-parameter-change=${this.handleParameter} @ds-open-docs=${this.handleOpenDocs}>
        <aside class="controls" aria-label="Scenario controls">
          ${this.renderTabs<LeftTab>(
            'left',
            'Scenario controls',
            [
              ['levers', 'Levers'],
              ['assumptions', 'Assumptions'],
              ['scenario', 'Scenario'],
            ],
            this.leftTab,
            (t) => {
              this.leftTab = t;
            },
          )}
          <div role="tabpanel" id="left-panel" aria-labelledby=${`left-tab-${this.leftTab}`}>${this.renderLeft()}</div>
        </aside>
        <main class="results" aria-label="Results">
          <p class="comparison">Scenario <span class="scenario">${s.name}</span> compared with baseline <span class="baseline">${this.baseline.name}</span></p>
          ${this.renderStatus()}
          ${this.renderTabs<RightTab>(
            'right',
            'Views',
            [
              ['charts', 'Charts'],
              ['strategies', 'Acculturation'],
              ['sweep', 'Sweep'],
              ['sensitivity', 'Sensitivity'],
              ['model', 'Model'],
            ],
            this.rightTab,
            (t) => {
              this.rightTab = t;
            },
          )}
          <div role="tabpanel" id="right-panel" aria-labelledby=${`right-tab-${this.rightTab}`}>${this.renderRight()}</div>
        </main>
      </div>
    `;
  }

  private renderNotice(n: Notice) {
    return html`<div class="notice ${n.kind}" data-notice=${n.topic} role=${n.kind === 'info' ? 'status' : 'alert'}>
      <div>${n.text}${n.link ? html`<input type="text" readonly .value=${n.link} aria-label="Share link" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />` : nothing}</div>
      <button @click=${() => this.dismiss(n.id)} aria-label="Dismiss message">Dismiss</button>
    </div>`;
  }

  private renderStatus() {
    const r = this.results;
    let text: string;
    if (this.runError) text = 'The last run failed (see the message above).';
    else if (!r) text = 'Running the baseline…';
    else if (r.preview)
      text = `Showing a preview (one seed, 1 agent per ${r.personsPerAgent.toLocaleString('en-GB')} persons); full runs: ${r.done} of ${r.total} done…`;
    else if (!r.complete) text = `Refining: ${r.done} of ${r.total} runs done; bands so far over the seeds back.`;
    else
      text = `Up to date: ${r.scenario.seeds.length} paired seeds, 1 agent per ${r.personsPerAgent.toLocaleString('en-GB')} persons${r.band === 'chance-and-assumptions' ? '; assumptions drawn per seed' : ''}.`;
    return html`<div class="status" role="status" data-state=${!r ? 'running' : r.preview ? 'preview' : r.complete ? 'complete' : 'refining'}>
      ${r?.preview ? html`<span class="preview-flag">Preview</span>` : nothing}
      <span>${text}</span>
      ${r && !r.complete ? html`<progress max=${r.total} .value=${r.done} aria-label="Full runs done"></progress>` : nothing}
    </div>`;
  }

  private renderTabs<T extends string>(
    id: string,
    label: string,
    items: Array<[T, string]>,
    selected: T,
    select: (t: T) => void,
  ): TemplateResult {
    const keys = items.map(([k]) => k);
    const handleKey = (event: KeyboardEvent) => {
      const at = keys.indexOf(selected);
      const to =
        event.key === 'ArrowRight'
          ? at + 1
          : event.key === 'ArrowLeft'
            ? at - 1
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? keys.length - 1
                : -2;
      if (to === -2) return;
      event.preventDefault();
      const next = keys[(to + keys.length) % keys.length];
      select(next);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${id}-tab-${next}`)?.focus());
    };
    return html`<div role="tablist" aria-label=${label} @keydown=${handleKey}>
      ${items.map(
        ([key, text]) => html`<button
          role="tab"
          id=${`${id}-tab-${key}`}
          aria-selected=${String(key === selected)}
          aria-controls=${`${id}-panel`}
          tabindex=${key === selected ? 0 : -1}
          @click=${() => select(key)}
        >
          ${text}
        </button>`,
      )}
    </div>`;
  }

  private renderLeft() {
    const s = this.scenario;
    const b = this.baseline;
    switch (this.leftTab) {
      case 'levers':
        return html`<ds-lever-panel .definitions=${LEVERS} .values=${s.levers} .baselineValues=${b.levers} section="levers" start-year=${s.startYear} end-year=${s.endYear}></ds-lever-panel>`;
      case 'assumptions':
        return html`<ds-assumptions-panel
          .assumptions=${ASSUMPTIONS}
          .drivers=${DRIVERS}
          .assumptionValues=${s.assumptions}
          .driverValues=${s.drivers}
          .baselineAssumptionValues=${b.assumptions}
          .baselineDriverValues=${b.drivers}
          start-year=${s.startYear}
          end-year=${s.endYear}
        ></ds-assumptions-panel>`;
      default:
        return html`<ds-scenario-panel
          .scenario=${s}
          .choices=${BUNDLED_SCENARIOS.map((c) => ({ file: c.file, name: c.scenario.name }))}
          scenario-file=${this.scenarioFile}
          baseline-file=${this.baselineFile}
          baseline-name=${b.name}
          message=${this.loadMessage}
          @ds-scenario-pick=${this.handlePick}
          @ds-scenario-fields-change=${this.handleFields}
          @ds-scenario-file=${this.handleFile}
          @ds-scenario-save=${() => void this.exportAs('scenario-json')}
        ></ds-scenario-panel>`;
    }
  }

  private renderRight() {
    const r = this.results;
    return html`<div ?hidden=${this.rightTab !== 'charts'}>
        <ds-kpi-cards .indicators=${INDICATORS} .results=${r} year=${this.cursorYear}></ds-kpi-cards>
        <ds-chart-grid
          .indicators=${INDICATORS}
          .selected=${this.selected}
          .defaults=${DEFAULT_INDICATORS}
          .results=${r}
          .mode=${this.chartMode}
          .uncertainty=${this.sampleAssumptions ? 'chance-and-assumptions' : 'chance'}
          cursor-year=${this.cursorYear}
          @ds-indicators-change=${(e: LabEvent<'ds-indicators-change'>) => {
            this.selected = e.detail.ids;
          }}
          @ds-chart-mode-change=${(e: LabEvent<'ds-chart-mode-change'>) => {
            this.chartMode = e.detail.mode;
          }}
          @ds-year-change=${(e: LabEvent<'ds-year-change'>) => {
            this.cursorYear = e.detail.year;
          }}
          @ds-uncertainty-change=${(e: LabEvent<'ds-uncertainty-change'>) => {
            this.sampleAssumptions = e.detail.sampleAssumptions;
            this.setLab(this.scenario, this.baseline, false);
          }}
        ></ds-chart-grid>
      </div>
      <div ?hidden=${this.rightTab !== 'strategies'}>
        ${this.rightTab === 'strategies' ? html`<ds-strategies .results=${r} cursor-year=${this.cursorYear}></ds-strategies>` : nothing}
      </div>
      <div ?hidden=${this.rightTab !== 'sweep'}>
        <ds-sweep-view .scenario=${this.scenario} .baseline=${this.baseline} .runner=${this.analysisRunner}></ds-sweep-view>
      </div>
      <div ?hidden=${this.rightTab !== 'sensitivity'}>
        <ds-sensitivity-view .scenario=${this.scenario} .baseline=${this.baseline} .runner=${this.analysisRunner}></ds-sensitivity-view>
      </div>
      <div ?hidden=${this.rightTab !== 'model'}>
        <ds-model-view .parameters=${PARAMETERS}></ds-model-view>
      </div>`;
  }
}

/** The bundled file a scenario is identical to (by what determines its runs and its name), or ''. */
function matchBundled(scenario: Scenario): string {
  const key = runKey(scenario);
  return BUNDLED_SCENARIOS.find((b) => runKey(b.scenario) === key && b.scenario.name === scenario.name)?.file ?? '';
}

/** A notice of what was read differently from how a link or file was made, one note a line. */
function readAsNotice(what: string, notes: readonly string[]): string {
  return `${what} was made with another version of diaspora-sim and was read as follows:\n${notes.map((n) => `• ${n}`).join('\n')}`;
}
