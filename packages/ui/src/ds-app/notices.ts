import type { RichText } from '@diaspora-sim/analysis';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { words } from '../lib/language.js';
import { renderRich } from '../lib/richText.js';

export type NoticeKind = 'info' | 'warning' | 'error';
export interface Notice {
  readonly id: number;
  readonly kind: NoticeKind;
  /** Written when the notice is given, in the language of that moment. */
  readonly text: string | RichText;
  /** A stable name styles and tests find it by (`data-notice`); a newer notice of a topic replaces the older. */
  readonly topic: string;
  /** A link to show in a read-only field (for copying). */
  readonly link?: string;
}

const TEXT = words('notice', ['region', 'dismiss', 'dismissLabel', 'link'], {});
const INFO_SECONDS = 8;

/** The shell's messages: errors and warnings stay until dismissed, information fades after a while. */
export class NoticeController implements ReactiveController {
  notices: readonly Notice[] = [];
  private count = 0;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  notify(kind: NoticeKind, topic: string, text: string | RichText, link?: string): void {
    const id = ++this.count;
    this.notices = [...this.notices.filter((n) => n.topic !== topic), { id, kind, topic, text, link }];
    if (kind === 'info') {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.dismiss(id);
      }, INFO_SECONDS * 1000);
      this.timers.add(timer);
    }
    this.host.requestUpdate();
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.host.requestUpdate();
  }

  render() {
    return html`<div class="notices" role="region" aria-label=${TEXT.region}>
      ${this.notices.map(
        (n) => html`<div class="notice ${n.kind}" data-notice=${n.topic} role=${n.kind === 'info' ? 'status' : 'alert'}>
          <!-- One line: the notice keeps its text's line breaks (pre-wrap), not the template's. -->
          <div>${renderRich(n.text)}${n.link ? html`<input type="text" readonly .value=${n.link} aria-label=${TEXT.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />` : nothing}</div>
          <button @click=${() => this.dismiss(n.id)} aria-label=${TEXT.dismissLabel}>${TEXT.dismiss}</button>
        </div>`,
      )}
    </div>`;
  }
}
