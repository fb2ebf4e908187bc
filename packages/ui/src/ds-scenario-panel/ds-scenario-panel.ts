import type { RichText } from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { html, LitElement, nothing } from 'lit';
import { emit, type ScenarioFields, type ScenarioRole } from '../events.js';
import { t, updateWhenLanguageChanges, words } from '../lib/language.js';
import { renderRich } from '../lib/richText.js';
import { baseStyles } from '../theme.js';
import { scenarioPanelStyles } from './ds-scenario-panel.styles.js';

export interface ScenarioChoice {
  readonly file: string;
  readonly name: string;
}

/** Every word ds-scenario-panel shows (one place, for translation). */
const TEXT = words(
  'scenarioPanel',
  [
    'start',
    'against',
    'name',
    'description',
    'runs',
    'runsHint',
    'lastYear',
    'persons',
    'personsHint',
    'seed',
    'seeds',
    'seedsHint',
    'save',
    'load',
  ],
  {
    edited: (name: string) => t('app.edited', { name }),
    fromLink: (name: string) => t('scenarioPanel.fromLink', { name }),
    choice: (name: string, file: string) => t('scenarioPanel.choice', { name, file }),
    from: (year: number) => t('scenarioPanel.from', { year }),
  },
);
/**
 * The scenario as a document: which file it starts from and which is the baseline, its name and
 * description, its horizon, size and seeds (fields of the scenario itself, so a saved file
 * reproduces the screen), and saving or loading it as JSON.
 *
 * @event ds-scenario-pick - a bundled file chosen as scenario or baseline
 * @event ds-scenario-fields-change - name, description, horizon, persons per agent or seeds edited
 * @event ds-scenario-file - a file was read (the app validates it)
 * @event ds-scenario-save - save the scenario as JSON
 */
export class DsScenarioPanel extends LitElement {
  static override styles = [baseStyles, scenarioPanelStyles];
  static override properties = {
    scenario: { attribute: false },
    choices: { attribute: false },
    scenarioFile: { attribute: 'scenario-file' },
    baselineFile: { attribute: 'baseline-file' },
    baselineName: { attribute: 'baseline-name' },
    message: { attribute: false },
  };

  declare scenario: Scenario | undefined;
  /** The bundled scenario files. */
  declare choices: readonly ScenarioChoice[];
  /** The file the scenario came from ('' once edited or loaded). */
  declare scenarioFile: string;
  declare baselineFile: string;
  declare baselineName: string;
  /** A message about the last file loaded (e.g. why it was refused). */
  declare message: string | RichText;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.scenario = undefined;
    this.choices = [];
    this.scenarioFile = '';
    this.baselineFile = 'baseline.json';
    this.baselineName = '';
    this.message = '';
  }

  private pick(role: ScenarioRole, event: Event) {
    const file = (event.target as HTMLSelectElement).value;
    if (file) emit(this, 'ds-scenario-pick', { file, role });
  }

  private edit(fields: ScenarioFields) {
    emit(this, 'ds-scenario-fields-change', fields);
  }

  private number(event: Event): number {
    return Number((event.target as HTMLInputElement).value);
  }

  private async readFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    emit(this, 'ds-scenario-file', { fileName: file.name, text });
  }

  override render() {
    const s = this.scenario;
    if (!s) return nothing;
    return html`
      <div class="field">
        <label for="pick-scenario">${TEXT.start}</label>
        <select id="pick-scenario" @change=${(e: Event) => this.pick('scenario', e)}>
          ${this.scenarioFile ? nothing : html`<option value="" selected>${TEXT.edited(s.name)}</option>`}
          ${this.choices.map((c) => html`<option value=${c.file} ?selected=${c.file === this.scenarioFile}>${TEXT.choice(c.name, c.file)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="pick-baseline">${TEXT.against}</label>
        <select id="pick-baseline" @change=${(e: Event) => this.pick('baseline', e)}>
          ${this.baselineFile ? nothing : html`<option value="" selected>${TEXT.fromLink(this.baselineName)}</option>`}
          ${this.choices.map((c) => html`<option value=${c.file} ?selected=${c.file === this.baselineFile}>${TEXT.choice(c.name, c.file)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="name">${TEXT.name}</label>
        <input id="name" type="text" maxlength="200" .value=${s.name} @change=${(e: Event) => this.edit({ name: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="description">${TEXT.description}</label>
        <textarea id="description" maxlength="5000" .value=${s.description} @change=${(e: Event) => this.edit({ description: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      <h3>${TEXT.runs}</h3>
      <p class="hint">${TEXT.runsHint}</p>
      <div class="grid">
        <div class="field">
          <label for="end-year">${TEXT.lastYear}</label>
          <input id="end-year" type="number" min=${s.startYear} max="2100" step="1" .value=${String(s.endYear)} @change=${(e: Event) => this.edit({ endYear: this.number(e) })} />
          <p class="hint">${TEXT.from(s.startYear)}</p>
        </div>
        <div class="field">
          <label for="persons-per-agent">${TEXT.persons}</label>
          <input id="persons-per-agent" type="number" min="1" max="10000" step="1" .value=${String(s.personsPerAgent)} @change=${(e: Event) => this.edit({ personsPerAgent: this.number(e) })} />
          <p class="hint">${TEXT.personsHint}</p>
        </div>
        <div class="field">
          <label for="seed">${TEXT.seed}</label>
          <input id="seed" type="number" min="0" step="1" .value=${String(s.seed)} @change=${(e: Event) => this.edit({ seed: this.number(e) })} />
        </div>
        <div class="field">
          <label for="seeds">${TEXT.seeds}</label>
          <input id="seeds" type="number" min="1" max="1000" step="1" .value=${String(s.seeds)} @change=${(e: Event) => this.edit({ seeds: this.number(e) })} />
          <p class="hint">${TEXT.seedsHint}</p>
        </div>
      </div>
      <div class="files">
        <button @click=${() => emit(this, 'ds-scenario-save', {})}>${TEXT.save}</button>
        <label class="file-label">${TEXT.load}
          <input class="visually-hidden" type="file" accept=".json,application/json" @change=${this.readFile} />
        </label>
      </div>
      ${this.message.length > 0 ? html`<p class="message" role="alert">${renderRich(this.message)}</p>` : nothing}
    `;
  }
}
