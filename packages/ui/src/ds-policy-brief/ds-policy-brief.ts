import type { AssumptionScreen, RichText, TaskRunner } from '@diaspora-sim/analysis';
import type { RunResult, Scenario } from '@diaspora-sim/engine';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { LabResults } from '../engine-client/index.js';
import { AnalysisRunController } from '../lib/analysisRun.js';
import { analysisStyles } from '../lib/analysisStyles.js';
import { downloadFile } from '../lib/download.js';
import { stampedFileName, stampOf } from '../lib/exports.js';
import { wholeNumber } from '../lib/format.js';
import { type Locale, language, updateWhenLanguageChanges } from '../lib/language.js';
import { renderRich } from '../lib/richText.js';
import { baseStyles } from '../theme.js';
import { runAssumptionScreen, screenRequest, screenRunCount } from './assumptionScreen.js';
import { type BriefPage, briefPage } from './briefPage.js';
import { policyBriefStyles } from './ds-policy-brief.styles.js';
import { BRIEF_TEXT as T } from './messages.js';

/**
 * The Brief view: the printable policy brief of the comparison in view, shown as it prints (in a
 * sandboxed frame: the page is built from escaped text, and runs no script), with Print and
 * Download HTML giving the same page.
 */
export class DsPolicyBrief extends LitElement {
  static override styles = [baseStyles, analysisStyles, policyBriefStyles];
  static override properties = {
    scenario: { attribute: false },
    baseline: { attribute: false },
    results: { attribute: false },
    scenarioName: { attribute: 'scenario-name' },
    baselineName: { attribute: 'baseline-name' },
    stale: { type: Boolean },
    year: { type: Number },
    shareLink: { attribute: false },
    runner: { attribute: false },
    page: { state: true },
    error: { state: true },
  };

  declare scenario: Scenario | undefined;
  declare baseline: Scenario | undefined;
  /** The lab's results; a brief is made only from complete, up-to-date ones. */
  declare results: LabResults | undefined;
  /** The scenario's name as shown ("… (edited)" once edited). */
  declare scenarioName: string;
  declare baselineName: string;
  declare stale: boolean;
  /** The calendar year the findings speak of. */
  declare year: number;
  /** Makes the share link of the view (the brief carries it). */
  declare shareLink: (() => Promise<string>) | undefined;
  /** The workers, for the Morris screen of the assumptions. */
  declare runner: TaskRunner | undefined;
  declare private page: BriefPage | undefined;
  declare private error: string | RichText;
  private request = 0;
  /** The language the page in view was asked in: a change of language makes the brief again. */
  private madeIn: Locale | undefined;
  /** The screen run for this comparison, with the key of what it screened (dropped when that changes). */
  private screen: { key: string; result: AssumptionScreen } | undefined;
  readonly screening = new AnalysisRunController<AssumptionScreen>(this, T.screenFailed);

  constructor() {
    super();
    this.scenario = undefined;
    this.baseline = undefined;
    this.results = undefined;
    this.scenarioName = '';
    this.baselineName = '';
    this.stale = false;
    this.year = 2030;
    this.shareLink = undefined;
    this.runner = undefined;
    this.page = undefined;
    this.error = '';
    updateWhenLanguageChanges(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['scenario', 'baseline', 'results', 'scenarioName', 'baselineName', 'stale', 'year'] as const;
    if (inputs.some((name) => changed.has(name)) || this.madeIn !== language()) void this.make();
  }

  private async make() {
    const request = ++this.request;
    this.madeIn = language();
    this.page = undefined;
    this.error = '';
    const { scenario, baseline, results } = this;
    if (!scenario || !baseline || !results?.complete || this.stale) return;
    try {
      const link = (await this.shareLink?.()) ?? '';
      if (request !== this.request) return;
      const runs = {
        baseline: results.baseline.runs as RunResult[],
        scenario: results.scenario.runs as RunResult[],
        band: results.band,
      };
      const context = { scenario, baseline, scenarioName: this.scenarioName, baselineName: this.baselineName, runs, year: this.year };
      const screen = this.screen?.key === this.screenKey() ? this.screen.result : undefined;
      this.page = briefPage({ ...context, shareLink: link, date: new Date(), locale: language(), ...(screen && { screen }) });
    } catch (error) {
      if (request === this.request) this.error = T.failed(error);
    }
  }

  /** The screen's indicator: the first finding's (what the policy is for). */
  private screenIndicator(): string | undefined {
    return this.page?.findings.find((f) => f.change)?.change?.indicator;
  }

  private screenKey(): string {
    const { scenario, baseline } = this;
    return JSON.stringify([
      scenario && screenRequest(scenario, baseline ?? scenario, '', this.year),
      baseline?.levers,
      baseline?.assumptions,
    ]);
  }

  private async handleScreen(event: Event) {
    event.preventDefault();
    const { scenario, baseline, runner } = this;
    const indicator = this.screenIndicator();
    if (!scenario || !baseline || !runner || !indicator) return;
    const key = this.screenKey();
    const request = screenRequest(scenario, baseline, indicator, this.year);
    await this.screening.run((signal, onProgress) => runAssumptionScreen(runner, request, signal, onProgress));
    const result = this.screening.result;
    if (result && key === this.screenKey()) {
      this.screen = { key, result };
      await this.make();
    }
  }

  private estimate(): string {
    const { scenario, baseline } = this;
    const indicator = this.screenIndicator();
    return scenario && baseline && indicator
      ? T.screenEstimate(wholeNumber(screenRunCount(screenRequest(scenario, baseline, indicator, this.year))))
      : '';
  }

  private handlePrint() {
    this.renderRoot.querySelector('iframe')?.contentWindow?.print();
  }

  private handleDownload() {
    const { page, scenario } = this;
    if (!page || !scenario) return;
    downloadFile(stampedFileName(this.scenarioName, scenario, stampOf(scenario), 'brief', 'html'), page.html, 'text/html');
  }

  override render() {
    const page = this.page;
    const waiting = !this.results?.complete || this.stale;
    return html`<p class="intro">${T.intro}</p>
      <div class="buttons">
        <button ?disabled=${!page} @click=${this.handlePrint}>${T.print}</button>
        <button ?disabled=${!page} @click=${this.handleDownload}>${T.download}</button>
      </div>
      <form class="screen" @submit=${this.handleScreen}>${this.screening.renderButtons(T.screen, !!page && !!this.runner, this.estimate())}</form>
      ${this.screening.renderProgress(T.screenProgress)}
      ${this.error ? html`<p role="alert">${renderRich(this.error)}</p>` : nothing}
      ${
        page
          ? html`<iframe title=${T.frameTitle} sandbox="allow-same-origin allow-modals" .srcdoc=${page.html}></iframe>`
          : html`<p class="waiting">${waiting ? T.waiting : T.making}</p>`
      }`;
  }
}
