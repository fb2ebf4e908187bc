import { html, LitElement, nothing } from 'lit';
import { type ExportFormat, emit } from '../events.js';
import { t, updateWhenLanguageChanges, words } from '../lib/language.js';
import { baseStyles } from '../theme.js';
import { exportMenuStyles } from './ds-export-menu.styles.js';

/** The menu's items (their labels are `export.<format>` of the lab catalog). */
export const EXPORT_ITEMS: ReadonlyArray<{ format: ExportFormat; needsResults: boolean }> = [
  { format: 'series-csv', needsResults: true },
  { format: 'baseline-series-csv', needsResults: true },
  { format: 'diff-csv', needsResults: true },
  { format: 'regions-csv', needsResults: true },
  { format: 'summary-json', needsResults: true },
  { format: 'scenario-json', needsResults: false },
  { format: 'charts-svg', needsResults: true },
  { format: 'charts-png', needsResults: true },
];

const TEXT = words('export', ['button', 'menu', 'waiting'], {
  stamp: (stamp: string) => t('export.stamp', { stamp }),
  format: (format: string) => t(`export.${format}`),
});

/**
 * The Export menu (menu button pattern: Enter, Space or Down opens it; arrows move; Escape closes).
 * Each file carries the reproducibility stamp shown at the menu's foot.
 *
 * @event ds-export - the format chosen
 */
export class DsExportMenu extends LitElement {
  static override styles = [baseStyles, exportMenuStyles];
  static override properties = {
    ready: { type: Boolean },
    stamp: {},
    open: { state: true },
  };

  /** Results are complete (series, summary and charts can be exported). */
  declare ready: boolean;
  /** "engine 0.2.0 · scenario sha256 … · seeds 1–8" */
  declare stamp: string;
  declare open: boolean;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.ready = false;
    this.stamp = '';
    this.open = false;
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private async show(focusLast = false) {
    this.open = true;
    await this.updateComplete;
    const items = this.items();
    (focusLast ? items[items.length - 1] : items[0])?.focus();
  }

  private hide(returnFocus = true) {
    this.open = false;
    if (returnFocus) this.renderRoot.querySelector<HTMLElement>('#button')?.focus();
  }

  private handleButtonKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowUp');
    }
  }

  private handleMenuKey(event: KeyboardEvent) {
    const items = this.items();
    const at = items.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      this.hide();
    } else if (event.key === 'Tab') this.hide(false);
  }

  private choose(format: ExportFormat, enabled: boolean) {
    if (!enabled) return;
    this.hide();
    emit(this, 'ds-export', { format });
  }

  override render() {
    return html`<button
        id="button"
        aria-haspopup="menu"
        aria-expanded=${String(this.open)}
        aria-controls=${this.open ? 'menu' : nothing}
        @click=${() => (this.open ? this.hide() : this.show())}
        @keydown=${this.handleButtonKey}
      >
        ${TEXT.button} <span aria-hidden="true">▾</span>
      </button>
      ${
        this.open
          ? html`<ul id="menu" role="menu" aria-label=${TEXT.menu} @keydown=${this.handleMenuKey} @focusout=${this.handleFocusOut}>
              ${EXPORT_ITEMS.map((item) => {
                const enabled = this.ready || !item.needsResults;
                return html`<li role="none">
                  <button role="menuitem" tabindex="-1" data-format=${item.format} aria-disabled=${String(!enabled)} @click=${() => this.choose(item.format, enabled)}>
                    ${TEXT.format(item.format)}
                  </button>
                </li>`;
              })}
              ${this.ready ? nothing : html`<li role="none" class="stamp">${TEXT.waiting}</li>`}
              ${this.stamp ? html`<li role="none" class="stamp">${TEXT.stamp(this.stamp)}</li>` : nothing}
            </ul>`
          : nothing
      }`;
  }

  private handleFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.open = false;
  };
}
