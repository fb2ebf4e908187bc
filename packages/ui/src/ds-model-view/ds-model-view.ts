import { html, LitElement, nothing } from 'lit';
import { renderMarkdown } from '../lib/markdown.js';
import { baseStyles } from '../theme.js';
import { modelViewStyles } from './ds-model-view.styles.js';

/**
 * The model's documentation (docs/model.md) and references, bundled at build time and rendered as
 * Lit templates (never as HTML), with in-page links between sections.
 */
export class DsModelView extends LitElement {
  static override styles = [baseStyles, modelViewStyles];
  static override properties = {
    markdown: {},
    references: {},
  };

  declare markdown: string;
  declare references: string;

  constructor() {
    super();
    this.markdown = '';
    this.references = '';
  }

  /** Scrolls to a section by its anchor (a heading's GitHub-style id); false when there is none. */
  async showSection(anchor: string): Promise<boolean> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`);
    if (!target) return false;
    for (const old of this.renderRoot.querySelectorAll('.highlight')) old.classList.remove('highlight');
    target.classList.add('highlight');
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  }

  override render() {
    const follow = (id: string) => void this.showSection(id);
    return html`<article>
      ${this.markdown ? renderMarkdown(this.markdown, follow) : html`<p>The model documentation (docs/model.md) is not written yet.</p>`}
      ${this.references ? html`<hr />${renderMarkdown(this.references, follow)}` : nothing}
    </article>`;
  }
}
