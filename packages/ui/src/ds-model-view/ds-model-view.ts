import { MODEL_DOC } from 'virtual:model-docs';
import type { ParameterDefinition } from '@diaspora-sim/engine';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { emit } from '../events.js';
import { sourceLanguage } from '../lib/catalogText.js';
import { language, updateWhenLanguageChanges } from '../lib/language.js';
import { evidenceLabel, formatParameter } from '../lib/parameters.js';
import { baseStyles } from '../theme.js';
import { modelViewStyles } from './ds-model-view.styles.js';
import { MODEL_TEXT as TEXT } from './messages.js';

/**
 * The model's documentation (docs/model.md), rendered to HTML when the lab is built
 * (packages/ui/modelDocs.ts: the project's own files, with HTML in them kept as text). Nothing given
 * at run time is rendered as HTML: the element takes no document, only the parameters' sources,
 * which go through text bindings. In-page links scroll to their section.
 *
 * @event ds-docs-missing - the section asked for does not exist
 */
export class DsModelView extends LitElement {
  static override styles = [baseStyles, modelViewStyles];
  static override properties = {
    parameters: { attribute: false },
    section: {},
  };

  /** Levers, drivers and assumptions, whose sources close the page. */
  declare parameters: readonly ParameterDefinition[];
  /** A section to show (a heading's anchor); set it again to show it again. */
  declare section: string;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.parameters = [];
    this.section = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    const anchor = this.section;
    if (changed.has('section') && anchor) {
      void this.showSection(anchor).then((found) => {
        if (!found) emit(this, 'ds-docs-missing', { anchor });
      });
    }
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

  private handleClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a[href^="#"]');
    if (!link) return;
    event.preventDefault();
    void this.showSection(decodeURIComponent((link.getAttribute('href') as string).slice(1)));
  }

  override render() {
    return html`<article @click=${this.handleClick}>
      ${MODEL_DOC && language() !== 'en' ? html`<p class="note">${TEXT.englishOnly}</p>` : nothing}
      <div lang="en">
        ${MODEL_DOC ? unsafeHTML(MODEL_DOC) : html`<p>${TEXT.missing}</p>`}
      </div>
      ${this.parameters.length ? this.renderSources() : nothing}
    </article>`;
  }

  private renderSources() {
    return html`<h2 id="sources-of-the-parameters">${TEXT.sources}</h2>
      <p>${TEXT.sourcesIntro}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${TEXT.sources}>
        <table>
          <thead>
            <tr><th scope="col">${TEXT.parameter}</th><th scope="col">${TEXT.default}</th><th scope="col">${TEXT.evidence}</th><th scope="col">${TEXT.source}</th></tr>
          </thead>
          <tbody>
            ${this.parameters.map(
              (p) => html`<tr>
                <td>${p.label}<br /><code>${p.id}</code></td>
                <td>${formatParameter(p.default, p)}</td>
                <td>${evidenceLabel(p.evidence)}</td>
                <td lang=${sourceLanguage(p.id) ?? nothing}>${p.source}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}
