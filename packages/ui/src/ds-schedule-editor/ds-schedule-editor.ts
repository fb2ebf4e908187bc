import { backticksAsCode, issueText, joinRich, type RichText } from '@diaspora-sim/analysis';
import { EXPRESSION_FUNCTIONS, type ParameterDefinition, parseScenario, SCHEMA_VERSION, type ScheduleValue } from '@diaspora-sim/engine';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { emit, type ParameterSection } from '../events.js';
import { unitText } from '../lib/catalogText.js';
import { t, tr, updateWhenLanguageChanges, words } from '../lib/language.js';
import { formatParameter } from '../lib/parameters.js';
import { renderRich } from '../lib/richText.js';
import { baseStyles } from '../theme.js';
import { scheduleEditorStyles } from './ds-schedule-editor.styles.js';

type Mode = 'steps' | 'expression';
interface Step {
  year: string;
  value: string;
}

/** The words of ds-schedule-editor (one place, for translation). */
const TEXT = words('schedule', ['needsNumbers', 'kind', 'steps', 'expression', 'fromYear', 'remove', 'add'], {
  // The expression's names and examples are code, marked between backticks in the messages.
  expressionLabel: () => backticksAsCode(t('schedule.expressionLabel')),
  legend: (label: string) => t('schedule.legend', { label }),
  valid: (from: number, to: number) => t('schedule.valid', { from, to }),
  stepsHint: (value: string) => t('schedule.stepsHint', { value }),
  value: (unit: string) => t('schedule.value', { unit }),
  removeStep: (step: number) => t('schedule.removeStep', { step }),
  stepYear: (step: number) => t('schedule.stepYear', { step }),
  stepValue: (step: number, unit: string) => t('schedule.stepValue', { step, unit }),
  expressionHint: (functions: string) => backticksAsCode(t('schedule.expressionHint', { functions })),
});

/**
 * Edits a schedule in place: steps by year (each value holds from the start of its year) or an
 * expression in `year` and `t`. Every edit is checked with the engine's own scenario schema; a valid
 * schedule is emitted at once, an invalid one shows the schema's message and is not emitted.
 *
 * @event ds-schedule-change - a valid schedule
 */
export class DsScheduleEditor extends LitElement {
  static override styles = [baseStyles, scheduleEditorStyles];
  static override properties = {
    definition: { attribute: false },
    value: { attribute: false },
    section: {},
    startYear: { type: Number, attribute: 'start-year' },
    endYear: { type: Number, attribute: 'end-year' },
    mode: { state: true },
    steps: { state: true },
    expression: { state: true },
    issues: { state: true },
  };

  declare definition: ParameterDefinition | undefined;
  declare value: ScheduleValue | undefined;
  declare section: ParameterSection;
  declare startYear: number;
  declare endYear: number;
  declare mode: Mode;
  declare steps: Step[];
  declare expression: string;
  /** The schema's messages for the schedule being edited, in the lab's language (none when valid). */
  declare issues: RichText;
  private lastEmitted = '';

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.definition = undefined;
    this.value = undefined;
    this.section = 'levers';
    this.startYear = 2021;
    this.endYear = 2045;
    this.mode = 'steps';
    this.steps = [];
    this.expression = '';
    this.issues = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Take the value in unless it is the one this editor just emitted (keeps the fields as typed).
    if (changed.has('value') && JSON.stringify(this.value) !== this.lastEmitted) this.load(this.value);
  }

  private load(value: ScheduleValue | undefined) {
    const d = this.definition;
    if (typeof value === 'string') {
      this.mode = 'expression';
      this.expression = value;
      this.steps = [{ year: String(this.startYear), value: String(d?.default ?? 0) }];
    } else {
      const steps = Array.isArray(value) ? value : [[this.startYear, typeof value === 'number' ? value : (d?.default ?? 0)] as const];
      this.mode = 'steps';
      this.steps = steps.map(([y, v]) => ({ year: String(y), value: String(v) }));
      this.expression = String(steps[0][1]);
    }
    this.issues = [];
  }

  /** The schedule the fields describe (not yet validated). */
  candidate(): ScheduleValue {
    if (this.mode === 'expression') return this.expression.trim();
    return this.steps.map(
      (s) => [s.year.trim() === '' ? Number.NaN : Number(s.year), s.value.trim() === '' ? Number.NaN : Number(s.value)] as [number, number],
    );
  }

  /** Checks with the engine's schema; returns the messages (none when valid). */
  validate(candidate: ScheduleValue): RichText {
    const d = this.definition;
    if (!d) return ['no parameter'];
    if (Array.isArray(candidate) && candidate.some(([y, v]) => !Number.isFinite(y) || !Number.isFinite(v))) {
      return [TEXT.needsNumbers];
    }
    const probe = {
      schemaVersion: SCHEMA_VERSION,
      name: 'schedule check',
      startYear: this.startYear,
      endYear: this.endYear,
      [this.section]: { [d.id]: candidate },
    };
    const parsed = parseScenario(probe);
    return parsed.ok
      ? []
      : joinRich(
          parsed.issues.map((issue) => issueText(tr(), issue)),
          '\n',
        );
  }

  private commit() {
    const d = this.definition;
    if (!d) return;
    const candidate = this.candidate();
    this.issues = this.validate(candidate);
    if (this.issues.length > 0) return;
    this.lastEmitted = JSON.stringify(candidate);
    emit(this, 'ds-schedule-change', { id: d.id, value: candidate });
  }

  private setMode(mode: Mode) {
    this.mode = mode;
    this.commit();
  }

  private editStep(index: number, field: keyof Step, event: Event) {
    const text = (event.target as HTMLInputElement).value;
    this.steps = this.steps.map((s, i) => (i === index ? { ...s, [field]: text } : s));
    this.commit();
  }

  private addStep() {
    const last = this.steps[this.steps.length - 1];
    const year = last ? Math.min(this.endYear, Number(last.year) + 5) : this.startYear;
    this.steps = [...this.steps, { year: String(year), value: last?.value ?? String(this.definition?.default ?? 0) }];
    this.commit();
  }

  private removeStep(index: number) {
    this.steps = this.steps.filter((_, i) => i !== index);
    this.commit();
  }

  private editExpression(event: Event) {
    this.expression = (event.target as HTMLInputElement).value;
    this.commit();
  }

  override render() {
    const d = this.definition;
    if (!d) return nothing;
    const invalid = this.issues.length > 0;
    return html`<fieldset>
      <legend>${TEXT.legend(d.label)}</legend>
      <div class="modes" role="radiogroup" aria-label=${TEXT.kind}>
        <label><input type="radio" name="mode" .checked=${this.mode === 'steps'} @change=${() => this.setMode('steps')} /> ${TEXT.steps}</label>
        <label><input type="radio" name="mode" .checked=${this.mode === 'expression'} @change=${() => this.setMode('expression')} /> ${TEXT.expression}</label>
      </div>
      ${this.mode === 'steps' ? this.renderSteps(d, invalid) : this.renderExpression(invalid)}
      ${
        invalid
          ? html`<p class="issues" id="issues" role="alert">${renderRich(this.issues)}</p>`
          : html`<p class="ok" id="issues" aria-live="polite">${TEXT.valid(this.startYear, this.endYear)}</p>`
      }
    </fieldset>`;
  }

  private renderSteps(d: ParameterDefinition, invalid: boolean) {
    return html`<p class="hint">${TEXT.stepsHint(formatParameter(d.default, d))}</p>
      <table>
        <thead>
          <tr><th scope="col">${TEXT.fromYear}</th><th scope="col">${TEXT.value(unitText(d.unit))}</th><th scope="col"><span class="visually-hidden">${TEXT.remove}</span></th></tr>
        </thead>
        <tbody>
          ${this.steps.map(
            (s, i) => html`<tr>
              <td><input type="number" data-step-year=${i} aria-label=${TEXT.stepYear(i + 1)} .value=${s.year} min=${this.startYear} max=${this.endYear} step="1" aria-invalid=${String(invalid)} aria-describedby=${invalid ? 'issues' : nothing} @change=${(e: Event) => this.editStep(i, 'year', e)} /></td>
              <td><input type="number" data-step-value=${i} aria-label=${TEXT.stepValue(i + 1, unitText(d.unit))} .value=${s.value} min=${d.min} max=${d.max} step="any" aria-invalid=${String(invalid)} aria-describedby=${invalid ? 'issues' : nothing} @change=${(e: Event) => this.editStep(i, 'value', e)} /></td>
              <td><button @click=${() => this.removeStep(i)} ?disabled=${this.steps.length === 1} aria-label=${TEXT.removeStep(i + 1)}>${TEXT.remove}</button></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <button @click=${this.addStep}>${TEXT.add}</button>`;
  }

  private renderExpression(invalid: boolean) {
    return html`<label for="expression">${renderRich(TEXT.expressionLabel())}</label>
      <input type="text" id="expression" spellcheck="false" autocomplete="off" .value=${this.expression} aria-invalid=${String(invalid)} aria-describedby=${invalid ? 'issues expression-hint' : 'expression-hint'} @change=${this.editExpression} />
      <p class="hint" id="expression-hint">${renderRich(TEXT.expressionHint(EXPRESSION_FUNCTIONS.join(', ')))}</p>`;
  }
}
