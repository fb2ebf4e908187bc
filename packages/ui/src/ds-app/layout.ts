import type { RichText } from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { html, nothing } from 'lit';
import type { LabEngine, LabResults } from '../engine-client/index.js';
import type { ExportFormat, LabEvent } from '../events.js';
import { BASELINE_FILE, BUNDLED_SCENARIOS } from '../lib/bundled.js';
import { localAllParameters, localAssumptions, localDrivers, localIndicators, localLevers, scenarioName } from '../lib/catalogText.js';
import { stampOf, stampText } from '../lib/exports.js';
import { wholeNumber } from '../lib/format.js';
import type { Headline } from '../lib/headline.js';
import type { LabView } from '../lib/labView.js';
import { CONTROL_TABS, type ControlTab, DEFAULT_INDICATORS, RESULT_TABS, type ResultTab } from '../lib/labView.js';
import { isLocale, LOCALE_NAME, LOCALES, language } from '../lib/language.js';
import { APP_TEXT as T } from './messages.js';
import type { NoticeController } from './notices.js';

/** What the layout reads of the shell, and the handlers it wires (the shell is DsApp). */
export interface Shell {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly scenario: Scenario;
  readonly baseline: Scenario;
  readonly results: LabResults | undefined;
  readonly view: LabView;
  readonly stale: boolean;
  readonly runError: string;
  readonly scenarioFile: string;
  readonly baselineFile: string;
  readonly loadMessage: RichText;
  readonly displayName: string;
  readonly baselineName: string;
  readonly galleryEffects: ReadonlyMap<string, () => string>;
  readonly docsSection: string;
  readonly engine: LabEngine | undefined;
  readonly notices: NoticeController;
  readonly url: { link(): Promise<string> };
  setView(change: Partial<LabView>): void;
  headline(): Headline | undefined;
  exportAs(format: ExportFormat): Promise<void>;
  handleShare(): Promise<void>;
  handleParameter(event: LabEvent<'ds-parameter-change'>): void;
  handleFields(event: LabEvent<'ds-scenario-fields-change'>): void;
  handlePick(event: LabEvent<'ds-scenario-pick'>): void;
  handleFile(event: LabEvent<'ds-scenario-file'>): void;
  handleOpenDocs(event: LabEvent<'ds-open-docs'>): void;
}

/** The status line (seen) and what the status region announces (only a start and a finish). */
function status(app: Shell) {
  const r = app.results;
  const state = app.runError ? 'failed' : app.stale ? 'updating' : r?.complete ? 'complete' : 'partial';
  const text =
    state === 'failed'
      ? T.status.failed
      : state === 'updating'
        ? r
          ? T.status.updating
          : T.status.starting
        : state === 'partial'
          ? T.status.partial(r?.done ?? 0, r?.total ?? 0)
          : T.status.complete(r?.total ?? 0, wholeNumber(r?.personsPerAgent ?? 0), r?.band === 'chance-and-assumptions');
  const announce = state === 'failed' ? T.announce.failed : state === 'complete' ? T.announce.finish : T.announce.start;
  return html`<div class="status" data-state=${state} data-generation=${r?.generation ?? 0}>
    <span class="status-text">${text}</span>
    ${state === 'updating' || state === 'partial' ? html`<progress max=${r?.total || 1} .value=${app.stale ? 0 : (r?.done ?? 0)} aria-label=${T.status.progress}></progress>` : nothing}
    <span class="visually-hidden" role="status">${announce}</span>
  </div>`;
}

function controls(app: Shell) {
  const s = app.scenario;
  const b = app.baseline;
  return html`<ds-tabs
    label=${T.controls}
    .tabs=${CONTROL_TABS.map((id) => ({ id, label: T.tab(id) }))}
    selected=${app.view.controls}
    @ds-tab-change=${(e: LabEvent<'ds-tab-change'>) => app.setView({ controls: e.detail.tab as ControlTab })}
  >
    <ds-lever-panel slot="levers" .definitions=${localLevers()} .values=${s.levers} .baselineValues=${b.levers} section="levers" start-year=${s.startYear} end-year=${s.endYear}></ds-lever-panel>
    <ds-assumptions-panel
      slot="assumptions"
      .assumptions=${localAssumptions()}
      .drivers=${localDrivers()}
      .assumptionValues=${s.assumptions}
      .driverValues=${s.drivers}
      .baselineAssumptionValues=${b.assumptions}
      .baselineDriverValues=${b.drivers}
      start-year=${s.startYear}
      end-year=${s.endYear}
    ></ds-assumptions-panel>
    <ds-scenario-panel
      slot="scenario"
      .scenario=${s}
      .choices=${BUNDLED_SCENARIOS.map((c) => ({ file: c.file, name: scenarioName(c.file, c.scenario.name) }))}
      scenario-file=${app.scenarioFile}
      baseline-file=${app.baselineFile}
      baseline-name=${app.baselineName}
      .message=${app.loadMessage}
      @ds-scenario-fields-change=${app.handleFields}
      @ds-scenario-file=${app.handleFile}
      @ds-scenario-save=${() => void app.exportAs('scenario-json')}
    ></ds-scenario-panel>
  </ds-tabs>`;
}

function views(app: Shell) {
  const r = app.results;
  const { view } = app;
  const tab = view.tab;
  return html`<ds-tabs
    label=${T.views}
    .tabs=${RESULT_TABS.map((id) => ({ id, label: T.tab(id) }))}
    selected=${tab}
    @ds-tab-change=${(e: LabEvent<'ds-tab-change'>) => app.setView({ tab: e.detail.tab as ResultTab })}
  >
    <div slot="charts">
      <ds-kpi-cards .indicators=${localIndicators()} .results=${r} year=${view.year} ?stale=${app.stale}></ds-kpi-cards>
      <ds-chart-grid
        .indicators=${localIndicators()}
        .selected=${view.indicators}
        .defaults=${DEFAULT_INDICATORS}
        .results=${r}
        .mode=${view.mode}
        .year=${view.year}
        .yearly=${view.yearly}
        .stale=${app.stale}
        .uncertainty=${view.sampleAssumptions ? 'chance-and-assumptions' : 'chance'}
        @ds-indicators-change=${(e: LabEvent<'ds-indicators-change'>) => app.setView({ indicators: e.detail.ids })}
        @ds-chart-mode-change=${(e: LabEvent<'ds-chart-mode-change'>) => app.setView({ mode: e.detail.mode })}
        @ds-year-change=${(e: LabEvent<'ds-year-change'>) => app.setView({ year: e.detail.year })}
        @ds-yearly-change=${(e: LabEvent<'ds-yearly-change'>) => app.setView({ yearly: e.detail.yearly })}
        @ds-uncertainty-change=${(e: LabEvent<'ds-uncertainty-change'>) => app.setView({ sampleAssumptions: e.detail.sampleAssumptions })}
      ></ds-chart-grid>
    </div>
    <div slot="map">
      ${
        tab === 'map'
          ? html`<ds-region-map
            .scenario=${app.scenario}
            .baseline=${app.baseline}
            .runner=${app.engine?.analysis}
            ?sample-assumptions=${view.sampleAssumptions}
            year=${view.year}
            indicator=${view.mapIndicator}
            variant=${view.mapVariant}
            @ds-year-change=${(e: LabEvent<'ds-year-change'>) => app.setView({ year: e.detail.year })}
            @ds-map-change=${(e: LabEvent<'ds-map-change'>) =>
              app.setView({
                ...(e.detail.indicator && { mapIndicator: e.detail.indicator }),
                ...(e.detail.variant && { mapVariant: e.detail.variant }),
              })}
          ></ds-region-map>`
          : nothing
      }
    </div>
    <div slot="brief">
      ${
        tab === 'brief'
          ? html`<ds-policy-brief
            .scenario=${app.scenario}
            .baseline=${app.baseline}
            .results=${r}
            scenario-name=${app.displayName}
            baseline-name=${app.baselineName}
            ?stale=${app.stale}
            year=${view.year}
            .shareLink=${() => app.url.link()}
            .runner=${app.engine?.analysis}
          ></ds-policy-brief>`
          : nothing
      }
    </div>
    <div slot="strategies">${tab === 'strategies' ? html`<ds-strategies .results=${r} cursor-year=${view.year} ?stale=${app.stale}></ds-strategies>` : nothing}</div>
    <ds-sweep-view slot="sweep" .scenario=${app.scenario} .baseline=${app.baseline} .runner=${app.engine?.analysis}></ds-sweep-view>
    <ds-sensitivity-view slot="sensitivity" .scenario=${app.scenario} .baseline=${app.baseline} .runner=${app.engine?.analysis}></ds-sensitivity-view>
    <ds-model-view
      slot="model"
      .parameters=${localAllParameters()}
      section=${app.docsSection}
      @ds-docs-missing=${(e: LabEvent<'ds-docs-missing'>) => app.notices.notify('info', 'docs', T.notices.noSection(e.detail.anchor))}
    ></ds-model-view>
  </ds-tabs>`;
}

/** The language picker: each language named in itself (and marked as written in it). */
function languagePicker(app: Shell) {
  return html`<label class="language">
    <span>${T.language}</span>
    <select
      data-language-picker
      @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        if (isLocale(value)) app.setView({ language: value });
      }}
    >
      ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === language()}>${LOCALE_NAME[l]}</option>`)}
    </select>
  </label>`;
}

/** In-page links and the skip button inside a shadow root: the browser cannot follow them, so move focus ourselves. */
function focusById(app: Shell, id: string, event: Event) {
  event.preventDefault();
  const target = app.renderRoot.querySelector<HTMLElement>(`#${id}`);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

export function renderApp(app: Shell) {
  const h = app.headline();
  const r = app.results;
  const ready = !app.stale && !!r?.complete;
  return html`
    <header class="top">
      <button class="skip" @click=${(e: Event) => focusById(app, 'results', e)}>${T.skip}</button>
      <div>
        <h1>${T.title}</h1>
        <p class="tagline">${T.tagline}</p>
      </div>
      <div class="actions">
        ${languagePicker(app)}
        <button @click=${app.handleShare}>${T.share}</button>
        <ds-export-menu ?ready=${ready} stamp=${stampText(stampOf(app.scenario))} @ds-export=${(e: LabEvent<'ds-export'>) => app.exportAs(e.detail.format)}></ds-export-menu>
      </div>
    </header>
    ${app.notices.render()}
    <div class="layout" @ds-parameter-change=${app.handleParameter} @ds-open-docs=${app.handleOpenDocs} @ds-scenario-pick=${app.handlePick}>
      <aside class="controls" id="controls" tabindex="-1" aria-labelledby="controls-title">
        <h2 id="controls-title" class="visually-hidden">${T.controls}</h2>
        ${controls(app)}
      </aside>
      <main class="results" id="results" tabindex="-1" aria-labelledby="comparison">
        <h2 class="comparison" id="comparison">
          <span class="scenario">${app.displayName}</span> ${T.compared} <span class="baseline">${app.baselineName}</span>
        </h2>
        <p class="headline" data-headline=${h?.indicatorId ?? ''}>${h ? h.sentence : r?.complete && !app.stale ? T.headlineNone : T.headlinePending}</p>
        ${status(app)}
        <a class="to-controls" href="#controls" @click=${(e: Event) => focusById(app, 'controls', e)}>${T.toControls}</a>
        <ds-gallery
          .cards=${BUNDLED_SCENARIOS.filter((b) => b.file !== BASELINE_FILE).map((b) => ({ ...b, effect: app.galleryEffects.get(b.file)?.() }))}
          current=${app.scenarioFile}
        ></ds-gallery>
        ${views(app)}
      </main>
    </div>
  `;
}
