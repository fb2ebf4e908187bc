import { plainText, type RichText } from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { LitElement, type PropertyValues } from 'lit';
import { DEFAULT_KPIS } from '../ds-kpi-cards/ds-kpi-cards.js';
import { createLabEngine, type LabEngine, type LabResults, runKey } from '../engine-client/index.js';
import type { ExportFormat, LabEvent } from '../events.js';
import { BASELINE, BASELINE_FILE, BUNDLED_SCENARIOS, bundledScenario, FEATURED_FILE } from '../lib/bundled.js';
import { scenarioName } from '../lib/catalogText.js';
import { downloadFile } from '../lib/download.js';
import { isEdited, matchBundled } from '../lib/edited.js';
import { headline } from '../lib/headline.js';
import { exportFile } from '../lib/labExports.js';
import { DEFAULT_VIEW, type LabView } from '../lib/labView.js';
import { preferredLanguage, setLanguage, tr, updateWhenLanguageChanges } from '../lib/language.js';
import type { SharedLab } from '../lib/shareLink.js';
import { linkNoteText, linkProblemText } from '../lib/shareLinkProblems.js';
import { baseStyles } from '../theme.js';
import { appStyles } from './ds-app.styles.js';
import { applyFields, applyFile, applyParameter, applyPick } from './edits.js';
import { renderApp } from './layout.js';
import { APP_TEXT as T } from './messages.js';
import { NoticeController } from './notices.js';
import { UrlSyncController } from './urlSync.js';

/**
 * The policy lab's shell: holds the scenario, the baseline, the view and the results; the engine
 * (createLabEngine), the address bar (UrlSyncController) and the messages (NoticeController) are
 * its helpers. Children get properties and send events; every change to the scenario comes back
 * here and goes through the engine's schema.
 */
export class DsApp extends LitElement {
  static override styles = [baseStyles, appStyles];
  static override properties = {
    scenario: { attribute: false },
    baseline: { attribute: false },
    results: { attribute: false },
    view: { attribute: false },
    scenarioFile: { state: true },
    baselineFile: { state: true },
    requested: { state: true },
    runError: { state: true },
    loadMessage: { state: true },
    galleryEffects: { state: true },
    docsSection: { state: true },
  };

  declare scenario: Scenario;
  declare baseline: Scenario;
  /** The results in view (possibly of an earlier request: see `stale`). */
  declare results: LabResults | undefined;
  declare view: LabView;
  declare scenarioFile: string;
  declare baselineFile: string;
  /** The generation of the results the current scenario needs. */
  declare requested: number;
  declare runError: string;
  declare loadMessage: RichText;
  /** Each what-if's effect in words (a function: the words follow the lab's language). */
  declare galleryEffects: ReadonlyMap<string, () => string>;
  declare docsSection: string;
  readonly notices = new NoticeController(this);
  readonly url = new UrlSyncController(this, {
    current: () => ({ scenario: this.scenario, baseline: this.baseline, view: this.view }),
    open: (lab, notes) => {
      this.openShared(lab);
      // The notes in the link's language, which the page takes at its next render.
      setLanguage(lab.view.language);
      const read = notes.map((note) => linkNoteText(tr(), note));
      if (notes.length > 0) this.notices.notify('warning', 'link-read', T.notices.readAs(T.notices.thisLink, read));
    },
    refuse: (problem) => {
      this.notices.notify('error', 'bad-link', T.notices.badLink(linkProblemText(tr(), problem)));
      this.openShared(undefined);
    },
  });
  engine: LabEngine | undefined;

  constructor() {
    super();
    const featured = bundledScenario(FEATURED_FILE);
    this.scenario = featured ?? BASELINE;
    this.baseline = BASELINE;
    this.scenarioFile = featured ? FEATURED_FILE : BASELINE_FILE;
    this.baselineFile = BASELINE_FILE;
    this.results = undefined;
    this.view = { ...DEFAULT_VIEW, language: preferredLanguage() };
    setLanguage(this.view.language);
    updateWhenLanguageChanges(this);
    this.requested = 0;
    this.runError = '';
    this.loadMessage = [];
    this.galleryEffects = new Map();
    this.docsSection = '';
  }

  /** The results are of an earlier request (dimmed, labelled, not exported). */
  get stale(): boolean {
    return !this.results || this.results.generation !== this.requested;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.engine = createLabEngine({
      onResults: (results) => {
        this.results = results;
        this.runError = '';
      },
      onError: (error) => {
        const text = T.notices.runError(error);
        this.runError = plainText(text);
        this.notices.notify('error', 'run-error', text);
      },
      onWorkerFailure: (died, retried) => this.notices.notify('warning', 'worker-crash', T.notices.workerCrash(died, retried)),
      onGalleryResults: (file, results) => {
        const year = this.view.year;
        if (headline(results, year, DEFAULT_KPIS))
          this.galleryEffects = new Map([...this.galleryEffects, [file, () => headline(results, year, DEFAULT_KPIS)?.short ?? '']]);
      },
    });
    // Opened without a link: run what is in view. With one, the link decides.
    void this.url.ready.then(() => {
      if (this.requested === 0) this.setLab(this.scenario, this.baseline, false);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.engine?.dispose();
    this.engine = undefined;
  }

  /** Name as shown: a bundled file's name in the lab's language, "… (edited)" once a file's scenario has been changed. */
  get displayName(): string {
    return isEdited(this.scenario) ? T.edited(this.scenario.name) : scenarioName(this.scenarioFile, this.scenario.name);
  }

  get baselineName(): string {
    return scenarioName(this.baselineFile, this.baseline.name);
  }

  /** The name files and exports carry: the scenario's own, in the language it was written in. */
  private get exportName(): string {
    return isEdited(this.scenario) ? `${this.scenario.name} (edited)` : this.scenario.name;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // One language for the page: the view's (from a link, the picker or the reader's preference).
    if (changed.has('view')) setLanguage(this.view.language);
    document.title = T.title;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A language set by a link after the reader used the picker: the picker shows it too.
    const picker = this.renderRoot.querySelector<HTMLSelectElement>('select[data-language-picker]');
    if (picker && picker.value !== this.view.language) picker.value = this.view.language;
    // The gallery runs while the view is complete and idle, and waits while it updates.
    if (!changed.has('results') && !changed.has('requested')) return;
    if (this.stale || !this.results?.complete) this.engine?.gallery.pause();
    else if (changed.has('results')) this.startGallery();
  }

  private startGallery() {
    const entries = BUNDLED_SCENARIOS.filter((b) => b.file !== BASELINE_FILE && !this.galleryEffects.has(b.file));
    this.engine?.gallery.start(entries, this.baseline, this.scenario, this.view.sampleAssumptions ? 'sample' : 'fixed');
  }

  // ---- state ----------------------------------------------------------------------------------

  /** A new scenario or baseline: ask the engine, and (when the reader did it) write the link. */
  setLab(scenario: Scenario, baseline: Scenario, byReader = true): void {
    const [first, last] = [scenario.startYear, scenario.endYear];
    if (this.view.year < first || this.view.year > last) this.view = { ...this.view, year: Math.min(last, Math.max(first, 2030)) };
    const settingsChanged =
      runKey({ ...this.scenario, levers: {}, drivers: {}, assumptions: {} }) !==
      runKey({ ...scenario, levers: {}, drivers: {}, assumptions: {} });
    if (settingsChanged || baseline !== this.baseline) this.galleryEffects = new Map();
    this.scenario = scenario;
    this.baseline = baseline;
    this.requested = this.engine?.update(scenario, baseline, this.view.sampleAssumptions ? 'sample' : 'fixed') ?? 0;
    this.url.changed(byReader);
  }

  setView(change: Partial<LabView>): void {
    const before = this.view;
    // The reader chose a language: remember it for the next visit too.
    if (change.language) setLanguage(change.language, true);
    this.view = { ...before, ...change };
    if (change.sampleAssumptions !== undefined && change.sampleAssumptions !== before.sampleAssumptions) {
      this.galleryEffects = new Map();
      this.setLab(this.scenario, this.baseline);
    } else this.url.changed(true);
  }

  private openShared(lab: SharedLab | undefined) {
    this.view = lab?.view ?? { ...DEFAULT_VIEW, language: this.view.language };
    this.scenarioFile = lab ? matchBundled(lab.scenario) : BASELINE_FILE;
    this.baselineFile = lab ? matchBundled(lab.baseline) : BASELINE_FILE;
    this.setLab(lab?.scenario ?? BASELINE, lab?.baseline ?? BASELINE, false);
  }

  // ---- events from the panels (the edits themselves are in edits.ts) -------------------------

  handleParameter(event: LabEvent<'ds-parameter-change'>): void {
    applyParameter(this, event.detail);
  }

  handleFields(event: LabEvent<'ds-scenario-fields-change'>): void {
    applyFields(this, event.detail);
  }

  handlePick(event: LabEvent<'ds-scenario-pick'>): void {
    applyPick(this, event.detail.file, event.detail.role);
  }

  handleFile(event: LabEvent<'ds-scenario-file'>): void {
    applyFile(this, event.detail.fileName, event.detail.text);
  }

  async handleShare(): Promise<void> {
    const link = await this.url.link();
    try {
      await navigator.clipboard.writeText(link);
      this.notices.notify('info', 'share', T.notices.copied);
    } catch {
      this.notices.notify('info', 'share', T.notices.copyThis, link);
    }
  }

  handleOpenDocs(event: LabEvent<'ds-open-docs'>): void {
    this.setView({ tab: 'model' });
    // Set anew each time, so the same section can be shown twice in a row.
    this.docsSection = '';
    void this.updateComplete.then(() => {
      this.docsSection = event.detail.anchor;
    });
  }

  async exportAs(format: ExportFormat): Promise<void> {
    try {
      const results = this.stale ? undefined : this.results;
      const context = { scenario: this.scenario, baseline: this.baseline, displayName: this.exportName, baselineName: this.baseline.name };
      const file = await exportFile(format, {
        ...context,
        results,
        scenarioFile: this.scenarioFile,
        baselineFile: this.baselineFile,
        view: this.view,
        runner: this.engine?.analysis,
      });
      downloadFile(file.fileName, file.content, file.type);
    } catch (error) {
      this.notices.notify('error', 'export', T.notices.exportFailed(error));
    }
  }

  headline() {
    return headline(this.stale ? undefined : this.results, this.view.year, DEFAULT_KPIS);
  }

  override render() {
    return renderApp(this);
  }
}
