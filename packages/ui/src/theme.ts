import { css, unsafeCSS } from 'lit';

/**
 * The one palette of the lab. Baseline and scenario keep these colours everywhere (charts, cards,
 * legends). Okabe–Ito derived, safe for the common colour-vision deficiencies; text colours reach
 * WCAG AA (4.5:1) on the page background, marks at least 3:1.
 */
export const COLOURS = {
  baseline: '#4a5868',
  baselineBand: '#c9d1da',
  scenario: '#b54a00',
  scenarioBand: '#f3c9a5',
  difference: '#6b3fa0',
  differenceBand: '#ddd0ee',
  differenceInner: '#b9a3d9',
  cursor: '#1f2328',
  // Berry's strategies: Okabe–Ito hues darkened to at least 3:1 against white (WCAG 1.4.11).
  integration: '#007a5a',
  assimilation: '#0072b2',
  separation: '#a8557f',
  marginalization: '#767676',
} as const;

/** Shared tokens: every element includes these in its static styles. */
export const baseStyles = css`
  :host {
    --ds-ink: #1f2328;
    --ds-muted: #4f5660;
    --ds-line: #d5d9de;
    --ds-paper: #ffffff;
    --ds-page: #fbfaf7;
    --ds-accent: #1d4ed8;
    --ds-focus: #1d4ed8;
    --ds-error: #a4161a;
    --ds-warning-bg: #fff4d6;
    --ds-baseline: ${unsafeColour(COLOURS.baseline)};
    --ds-scenario: ${unsafeColour(COLOURS.scenario)};
    --ds-difference: ${unsafeColour(COLOURS.difference)};
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    color: var(--ds-ink);
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--ds-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button {
    font: inherit;
    color: var(--ds-ink);
    background: var(--ds-paper);
    border: 1px solid #8a929b;
    border-radius: 4px;
    padding: 0.25rem 0.6rem;
    cursor: pointer;
  }
  button:hover {
    background: #f0f2f4;
  }
  button[disabled] {
    color: #6b7280;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--ds-ink);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .muted {
    color: var(--ds-muted);
  }
`;

// Only our own constants pass through here, never user input.
function unsafeColour(value: string) {
  return unsafeCSS(value);
}
