import type { Scenario } from '@diaspora-sim/engine';
import { css, html, LitElement, nothing } from 'lit';
import { emit } from '../events.js';
import { scenarioDescription, scenarioName } from '../lib/catalogText.js';
import { t, updateWhenLanguageChanges, words } from '../lib/language.js';
import { baseStyles } from '../theme.js';

export interface GalleryCard {
  readonly file: string;
  readonly scenario: Scenario;
  /** Its headline effect against the baseline in view, once run ("Bilateral trade turnover +12% by 2030"). */
  readonly effect?: string;
}

const TEXT = words('gallery', ['title', 'intro', 'current', 'notRun'], {
  effect: (text: string) => t('gallery.effect', { text }),
});

/** The card's one line: the description's opening, cut at a word near `length` characters. */
export function oneLine(text: string, length = 110): string {
  const clause = text.trim().split(/(?<=[.:;])\s/)[0];
  if (clause.length <= length) return clause.replace(/[:;]$/, '…');
  return `${clause.slice(0, clause.lastIndexOf(' ', length))}…`;
}

/**
 * The what-if gallery: every scenario file as a card with its name (the button that opens it), a
 * one-line description and its headline effect once run.
 *
 * @event ds-scenario-pick - a card was opened (role "scenario")
 */
export class DsGallery extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        min-width: 0;
        margin: 0 0 0.9rem;
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 0.2rem;
      }
      .intro {
        font-size: 0.82rem;
        color: var(--ds-muted);
        margin: 0 0 0.5rem;
      }
      /* One row that scrolls sideways, so the results stay on the first screen. */
      ul {
        list-style: none;
        margin: 0;
        padding: 0 0 0.4rem;
        display: grid;
        grid-auto-flow: column;
        grid-auto-columns: minmax(13.5rem, 1fr);
        gap: 0.5rem;
        overflow-x: auto;
      }
      .line {
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      li {
        background: var(--ds-paper);
        border: 1px solid var(--ds-line);
        border-radius: 6px;
        padding: 0.45rem 0.6rem;
        font-size: 0.8rem;
        line-height: 1.35;
      }
      li.current {
        border: 2px solid var(--ds-scenario);
      }
      h3 {
        margin: 0;
        font-size: 0.92rem;
      }
      h3 button {
        border: none;
        padding: 0;
        background: none;
        font-weight: 700;
        text-align: left;
        color: var(--ds-accent);
        text-decoration: underline;
      }
      p {
        margin: 0.2rem 0 0;
      }
      .effect {
        font-weight: 600;
      }
      .tag {
        font-size: 0.72rem;
        font-weight: 700;
        color: #5c4300;
        background: var(--ds-warning-bg);
        padding: 0 0.3rem;
        border-radius: 3px;
        margin-left: 0.3rem;
      }
    `,
  ];
  static override properties = {
    cards: { attribute: false },
    current: {},
  };

  declare cards: readonly GalleryCard[];
  /** The file of the scenario in view ('' when none is). */
  declare current: string;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    this.cards = [];
    this.current = '';
  }

  override render() {
    return html`<section aria-labelledby="gallery-title">
      <h2 id="gallery-title">${TEXT.title}</h2>
      <p class="intro">${TEXT.intro}</p>
      <ul tabindex="0" aria-label=${TEXT.title}>
        ${this.cards.map(
          (c) => html`<li class=${c.file === this.current ? 'current' : ''} data-file=${c.file}>
            <h3>
              <button @click=${() => emit(this, 'ds-scenario-pick', { file: c.file, role: 'scenario' })} aria-current=${c.file === this.current ? 'true' : nothing}>${scenarioName(c.file, c.scenario.name)}</button>${
                c.file === this.current ? html`<span class="tag">${TEXT.current}</span>` : nothing
              }
            </h3>
            <p class="line" title=${scenarioDescription(c.file, c.scenario.description)}>${oneLine(scenarioDescription(c.file, c.scenario.description))}</p>
            <p class="effect">${c.effect ? TEXT.effect(c.effect) : TEXT.notRun}</p>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
