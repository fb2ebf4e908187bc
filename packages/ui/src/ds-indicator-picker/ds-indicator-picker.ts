import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { html, LitElement } from 'lit';
import { emit } from '../events.js';
import { t, updateWhenLanguageChanges, words } from '../lib/language.js';
import { baseStyles } from '../theme.js';
import { indicatorPickerStyles } from './ds-indicator-picker.styles.js';

const TEXT = words('picker', ['title', 'more', 'reset', 'done'], {
  button: (count: number, total: number) => t('picker.button', { count, total }),
  subjects: () => [
    { prefix: 'uz_in_kz.', name: t('subject.uz_in_kz') },
    { prefix: 'kz_in_uz.', name: t('subject.kz_in_uz') },
    { prefix: 'bilateral.', name: t('subject.bilateral') },
  ],
});

/**
 * Which indicators the charts show: checkboxes grouped by diaspora, the model's contract first and
 * the accounting and diagnostic series after, in a modal dialog that fits any viewport; closing it
 * returns focus to its button.
 *
 * @event ds-indicators-change - the chosen ids, in catalogue order
 */
export class DsIndicatorPicker extends LitElement {
  static override styles = [baseStyles, indicatorPickerStyles];
  static override properties = {
    indicators: { attribute: false },
    selected: { attribute: false },
    defaults: { attribute: false },
  };

  declare indicators: readonly IndicatorDefinition[];
  declare selected: readonly string[];
  /** What "Reset" restores. */
  declare defaults: readonly string[];

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.indicators = [];
    this.selected = [];
    this.defaults = [];
  }

  private toggle(id: string, on: boolean) {
    const chosen = new Set(this.selected);
    if (on) chosen.add(id);
    else chosen.delete(id);
    emit(this, 'ds-indicators-change', { ids: this.indicators.map((i) => i.id).filter((i) => chosen.has(i)) });
  }

  private label(indicator: IndicatorDefinition): string {
    return indicator.label.replace(/ \((Uzbeks in Kazakhstan|Kazakhs in Uzbekistan)\)$/, '');
  }

  private dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override render() {
    const box = (i: IndicatorDefinition) => html`<label>
      <input type="checkbox" data-indicator=${i.id} .checked=${this.selected.includes(i.id)} @change=${(e: Event) => this.toggle(i.id, (e.target as HTMLInputElement).checked)} />
      <span>${this.label(i)}</span>
    </label>`;
    return html`<button id="open" aria-haspopup="dialog" @click=${() => this.dialog()?.showModal()}>
        ${TEXT.button(this.selected.length, this.indicators.length)}
      </button>
      <dialog aria-labelledby="title" @close=${() => this.renderRoot.querySelector<HTMLElement>('#open')?.focus()}>
        <h2 id="title">${TEXT.title}</h2>
        <div class="panel">
          ${TEXT.subjects().map(({ prefix, name }) => {
            const members = this.indicators.filter((i) => i.id.startsWith(prefix));
            const extra = members.filter((i) => !i.contract);
            return html`<fieldset>
              <legend>${name}</legend>
              ${members.filter((i) => i.contract).map(box)}
              ${extra.length ? html`<p class="more">${TEXT.more}</p>${extra.map(box)}` : ''}
            </fieldset>`;
          })}
        </div>
        <div class="tools">
          <button @click=${() => emit(this, 'ds-indicators-change', { ids: [...this.defaults] })}>${TEXT.reset}</button>
          <button @click=${() => this.dialog()?.close()}>${TEXT.done}</button>
        </div>
      </dialog>`;
  }
}
