import type { ParameterDefinition } from '@diaspora-sim/engine';
import { html, LitElement, nothing } from 'lit';
import { renderMarkdown } from '../lib/markdown.js';
import { EVIDENCE_LABEL } from '../lib/parameters.js';
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
    parameters: { attribute: false },
  };

  declare markdown: string;
  declare references: string;
  /** Levers, drivers and assumptions, whose sources close the page. */
  declare parameters: readonly ParameterDefinition[];

  constructor() {
    super();
    this.markdown = '';
    this.references = '';
    this.parameters = [];
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
      ${this.parameters.length ? this.renderSources() : nothing}
    </article>`;
  }

  private renderSources() {
    return html`<h2 id="sources-of-the-parameters">Sources of the parameters</h2>
      <p>Where each lever's, driver's and assumption's default comes from, as the engine's catalogue records it.</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">Parameter</th><th scope="col">Default</th><th scope="col">Evidence</th><th scope="col">Source</th></tr>
          </thead>
          <tbody>
            ${this.parameters.map(
              (p) => html`<tr>
                <td>${p.label}<br /><code>${p.id}</code></td>
                <td>${p.default} ${p.unit}</td>
                <td>${EVIDENCE_LABEL[p.evidence] ?? p.evidence}</td>
                <td>${p.source}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
