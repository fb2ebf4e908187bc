import { css, html, LitElement } from 'lit';
import { emit } from '../events.js';
import { updateWhenLanguageChanges } from '../lib/language.js';
import { baseStyles } from '../theme.js';

export interface TabItem {
  readonly id: string;
  readonly label: string;
}

/**
 * An accessible tablist (WAI-ARIA tabs pattern, automatic activation): arrows, Home and End move
 * and select; only the selected tab is in the tab order. Each tab's panel is the light-DOM child
 * with `slot` set to the tab's id; only the selected one is shown.
 *
 * @slot <tab id> - the panel of that tab
 * @event ds-tab-change - a tab was chosen
 * @csspart tablist - the row of tabs
 */
export class DsTabs extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem;
        border-bottom: 1px solid var(--ds-line);
        margin-bottom: 0.7rem;
      }
      [role='tab'] {
        border: 1px solid transparent;
        border-bottom: none;
        border-radius: 6px 6px 0 0;
        background: transparent;
        padding: 0.4rem 0.8rem;
        margin-bottom: -1px;
        color: var(--ds-muted);
        font-weight: 600;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--ds-paper);
        border-color: var(--ds-line);
        color: var(--ds-ink);
      }
      [hidden] {
        display: none !important;
      }
    `,
  ];
  static override properties = {
    tabs: { attribute: false },
    selected: {},
    label: {},
  };

  /** The tabs, in order. */
  declare tabs: readonly TabItem[];
  /** The selected tab's id. */
  declare selected: string;
  /** The tablist's accessible name. */
  declare label: string;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.tabs = [];
    this.selected = '';
    this.label = '';
  }

  private select(id: string, focus: boolean) {
    if (id !== this.selected) emit(this, 'ds-tab-change', { tab: id });
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${CSS.escape(id)}`)?.focus());
  }

  private handleKey(event: KeyboardEvent) {
    const ids = this.tabs.map((t) => t.id);
    const at = ids.indexOf(this.selected);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ids.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.select(ids[(moves[event.key] + ids.length) % ids.length], true);
  }

  override render() {
    return html`<div role="tablist" part="tablist" aria-label=${this.label} @keydown=${this.handleKey}>
        ${this.tabs.map(
          (t) => html`<button
            role="tab"
            id=${`tab-${t.id}`}
            aria-selected=${String(t.id === this.selected)}
            aria-controls=${`panel-${t.id}`}
            tabindex=${t.id === this.selected ? 0 : -1}
            @click=${() => this.select(t.id, false)}
          >${t.label}</button>`,
        )}
      </div>
      ${this.tabs.map(
        (t) => html`<div role="tabpanel" id=${`panel-${t.id}`} aria-labelledby=${`tab-${t.id}`} ?hidden=${t.id !== this.selected}>
          <slot name=${t.id}></slot>
        </div>`,
      )}`;
  }
}
