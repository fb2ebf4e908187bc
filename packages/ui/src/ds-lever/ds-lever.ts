import type { ParameterDefinition, ScheduleValue } from '@diaspora-sim/engine';
import { html, LitElement, nothing } from 'lit';
import { emit, type LabEvent, type ParameterSection } from '../events.js';
import { sourceLanguage, unitText } from '../lib/catalogText.js';
import { t, updateWhenLanguageChanges, words } from '../lib/language.js';
import {
  constantOf,
  describeSchedule,
  evidenceLabel,
  formatParameter,
  isConstant,
  roundToStep,
  sameSchedule,
  sliderStep,
} from '../lib/parameters.js';
import { baseStyles } from '../theme.js';
import { leverStyles } from './ds-lever.styles.js';

/** Every word ds-lever shows (one place, for translation). */
const TEXT = words(
  'lever',
  [
    'infoTitle',
    'changed',
    'changedTitle',
    'reset',
    'vary',
    'varies',
    'closeEditor',
    'editSchedule',
    'oneValue',
    'range',
    'default',
    'source',
    'baseline',
    'docs',
    'id',
    'close',
  ],
  {
    about: (label: string) => t('lever.about', { label }),
    enterNumber: (min: number, max: number, unit: string) => t('lever.enterNumber', { min, max, unit }),
    outside: (value: number, min: number, max: number, unit: string) => t('lever.outside', { value, min, max, unit }),
    whole: (label: string) => t('lever.whole', { label }),
    numberLabel: (label: string, unit: string) => t('lever.numberLabel', { label, unit }),
    baselineMark: (value: string) => t('lever.baselineMark', { value }),
    resetTo: (value: string) => t('lever.resetTo', { value }),
    rangeValue: (min: number, max: number, unit: string, integer: boolean) =>
      t(integer ? 'lever.rangeValueWhole' : 'lever.rangeValue', { min, max, unit }),
  },
);

/**
 * One lever (or driver, or assumption): a slider named by the lever's label and carrying
 * `data-lever`, a number field with its unit, a mark at the baseline value, reset to baseline, an
 * info popover (meaning, range, evidence, link to the model documentation), and a schedule editor.
 *
 * @event ds-parameter-change - the value changed (`final` false while the slider is dragged)
 * @event ds-open-docs - the reader followed the link to the model documentation
 */
export class DsLever extends LitElement {
  static override styles = [baseStyles, leverStyles];
  static override properties = {
    definition: { attribute: false },
    value: { attribute: false },
    baselineValue: { attribute: false },
    section: {},
    allowSchedule: { type: Boolean, attribute: 'allow-schedule' },
    startYear: { type: Number, attribute: 'start-year' },
    endYear: { type: Number, attribute: 'end-year' },
    numberError: { state: true },
    scheduleOpen: { state: true },
  };

  declare definition: ParameterDefinition | undefined;
  /** The scenario's value: a constant, [year, value] steps, an expression, or undefined (the default). */
  declare value: ScheduleValue | undefined;
  /** The baseline's value, for the mark and for reset. */
  declare baselineValue: ScheduleValue | undefined;
  /** Where the value lives in the scenario file. */
  declare section: ParameterSection;
  /** Whether the value may vary by year (assumptions are constants). */
  declare allowSchedule: boolean;
  declare startYear: number;
  declare endYear: number;
  declare numberError: string;
  declare scheduleOpen: boolean;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.definition = undefined;
    this.value = undefined;
    this.baselineValue = undefined;
    this.section = 'levers';
    this.allowSchedule = true;
    this.startYear = 2021;
    this.endYear = 2045;
    this.numberError = '';
    this.scheduleOpen = false;
  }

  protected override updated(): void {
    // The host carries the id too (data-parameter; data-lever stays on the slider alone), so the
    // control is found whether it shows a slider or a schedule.
    const id = this.definition?.id;
    if (id) this.dataset.parameter = id;
    else delete this.dataset.parameter;
  }

  private change(value: ScheduleValue | undefined, final: boolean) {
    const d = this.definition;
    if (!d) return;
    emit(this, 'ds-parameter-change', { section: this.section, id: d.id, value, final });
  }

  private handleSlider(event: Event, final: boolean) {
    const d = this.definition;
    if (!d) return;
    const v = roundToStep(Number((event.target as HTMLInputElement).value), sliderStep(d));
    this.numberError = '';
    this.change(v, final);
  }

  private handleNumber(event: Event) {
    const d = this.definition;
    if (!d) return;
    const input = event.target as HTMLInputElement;
    const v = Number(input.value);
    if (input.value.trim() === '' || !Number.isFinite(v)) {
      this.numberError = TEXT.enterNumber(d.min, d.max, unitText(d.unit));
    } else if (v < d.min || v > d.max) {
      this.numberError = TEXT.outside(v, d.min, d.max, unitText(d.unit));
    } else if (d.integer && !Number.isInteger(v)) {
      this.numberError = TEXT.whole(d.label);
    } else {
      this.numberError = '';
      this.change(v, true);
    }
  }

  private handleReset() {
    this.numberError = '';
    this.scheduleOpen = false;
    this.change(this.baselineValue, true);
  }

  private handleSchedule(event: LabEvent<'ds-schedule-change'>) {
    event.stopPropagation();
    this.change(event.detail.value, true);
  }

  private openSchedule() {
    this.scheduleOpen = true;
  }

  private useConstant() {
    const d = this.definition;
    if (!d) return;
    this.scheduleOpen = false;
    this.change(constantOf(d, typeof this.baselineValue === 'number' ? this.baselineValue : undefined), true);
  }

  private openDocs(event: Event) {
    event.preventDefault();
    const d = this.definition;
    (this.renderRoot.querySelector('[popover]') as HTMLElement | null)?.hidePopover();
    if (d) emit(this, 'ds-open-docs', { anchor: d.docs });
  }

  /** A closed popover gives focus back to its (i) button, unless the reader has moved on elsewhere. */
  private handleInfoToggle(event: ToggleEvent) {
    if (event.newState !== 'closed') return;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const popover = event.target as HTMLElement;
    if (!active || popover.contains(active) || document.activeElement === document.body)
      this.renderRoot.querySelector<HTMLElement>('button.info')?.focus();
  }

  override render() {
    const d = this.definition;
    if (!d) return nothing;
    const constant = isConstant(this.value);
    const changed = !sameSchedule(this.value, this.baselineValue, d);
    return html`
      <div class="head">
        <label for="slider" id="label">${d.label}</label>${changed ? html`<span class="changed" title=${TEXT.changedTitle}>${TEXT.changed}</span>` : nothing}
        <button class="info" popovertarget="info" title=${TEXT.infoTitle}><span aria-hidden="true">i</span><span class="visually-hidden">${TEXT.about(d.label)}</span></button>
      </div>
      ${constant && !this.scheduleOpen ? this.renderConstant(d) : this.renderSchedule(d)}
      <div id="info" popover role="dialog" aria-label=${TEXT.about(d.label)} @toggle=${this.handleInfoToggle}>${this.renderInfo(d)}</div>
    `;
  }

  private renderConstant(d: ParameterDefinition) {
    const v = constantOf(d, this.value);
    const step = sliderStep(d);
    const base = isConstant(this.baselineValue) ? constantOf(d, this.baselineValue) : undefined;
    const markAt = base === undefined ? undefined : (base - d.min) / (d.max - d.min);
    return html`<div class="controls">
      <div class="track">
        <input
          type="range"
          id="slider"
          data-lever=${this.section === 'levers' ? d.id : nothing}
          min=${d.min}
          max=${d.max}
          step=${step}
          .value=${String(v)}
          aria-valuetext=${formatParameter(v, d)}
          @input=${(e: Event) => this.handleSlider(e, false)}
          @change=${(e: Event) => this.handleSlider(e, true)}
        />
        ${
          markAt === undefined
            ? nothing
            : html`<span
                class="baseline-mark"
                style="left: calc(8px + (100% - 16px) * ${markAt})"
                title=${TEXT.baselineMark(formatParameter(base as number, d))}
              ></span>`
        }
        <div class="range" aria-hidden="true"><span>${d.min}</span><span>${d.max}</span></div>
      </div>
      <div class="number">
        <input
          type="number"
          id="number"
          min=${d.min}
          max=${d.max}
          step=${step}
          .value=${String(v)}
          aria-label=${TEXT.numberLabel(d.label, unitText(d.unit))}
          aria-invalid=${this.numberError ? 'true' : 'false'}
          aria-describedby=${this.numberError ? 'number-error' : nothing}
          @change=${this.handleNumber}
        />
        <span class="unit">${unitText(d.unit)}</span>
      </div>
      ${this.numberError ? html`<p class="error" id="number-error" role="alert">${this.numberError}</p>` : nothing}
      <div class="buttons">
        <button @click=${this.handleReset} ?disabled=${sameSchedule(this.value, this.baselineValue, d)}>
          ${base === undefined ? TEXT.reset : TEXT.resetTo(formatParameter(base, d))}
        </button>
        ${this.allowSchedule ? html`<button @click=${this.openSchedule}>${TEXT.vary}</button>` : nothing}
      </div>
    </div>`;
  }

  private renderSchedule(d: ParameterDefinition) {
    const value: ScheduleValue = isConstant(this.value) ? [[this.startYear, constantOf(d, this.value)]] : (this.value as ScheduleValue);
    return html`<p class="scheduled">${TEXT.varies} ${describeSchedule(value, d)}</p>
      ${
        this.scheduleOpen
          ? html`<ds-schedule-editor
              .definition=${d}
              .value=${value}
              .section=${this.section}
              start-year=${this.startYear}
              end-year=${this.endYear}
              @ds-schedule-change=${this.handleSchedule}
            ></ds-schedule-editor>`
          : nothing
      }
      <div class="buttons">
        <button aria-expanded=${String(this.scheduleOpen)} @click=${() => {
          this.scheduleOpen = !this.scheduleOpen;
        }}>${this.scheduleOpen ? TEXT.closeEditor : TEXT.editSchedule}</button>
        <button @click=${this.useConstant}>${TEXT.oneValue}</button>
        <button @click=${this.handleReset} ?disabled=${sameSchedule(this.value, this.baselineValue, d)}>${TEXT.reset}</button>
      </div>`;
  }

  private renderInfo(d: ParameterDefinition) {
    return html`<p class="info-title">${d.label}</p>
      <p>${d.description}</p>
      <dl>
        <dt>${TEXT.range}</dt>
        <dd>${TEXT.rangeValue(d.min, d.max, unitText(d.unit), !!d.integer)}</dd>
        <dt>${TEXT.default}</dt>
        <dd>${formatParameter(d.default, d)}: ${evidenceLabel(d.evidence)}</dd>
        <dt>${TEXT.source}</dt>
        <dd lang=${sourceLanguage(d.id) ?? nothing}>${d.source}</dd>
        <dt>${TEXT.baseline}</dt>
        <dd>${describeSchedule(this.baselineValue, d)}</dd>
        <dt>${TEXT.id}</dt>
        <dd><code>${d.id}</code></dd>
      </dl>
      <p><a href=${`#docs-${d.docs}`} @click=${this.openDocs}>${TEXT.docs} <span lang="en">${d.docs.replace(/-/g, ' ')}</span></a></p>
      <button popovertarget="info" popovertargetaction="hide">${TEXT.close}</button>`;
  }
}
