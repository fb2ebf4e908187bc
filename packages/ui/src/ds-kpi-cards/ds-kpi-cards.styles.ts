import { css } from 'lit';

export const kpiCardsStyles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13.5rem), 1fr));
    gap: 0.6rem;
  }
  li {
    contain: layout paint style;
    min-height: 8.5rem;
    background: var(--ds-paper);
    border: 1px solid var(--ds-line);
    border-top: 4px solid var(--ds-scenario);
    border-radius: 6px;
    padding: 0.55rem 0.7rem;
  }
  .label {
    font-size: 0.8rem;
    color: var(--ds-muted);
    margin: 0;
    line-height: 1.3;
  }
  .value {
    font-size: 1.15rem;
    font-weight: 700;
    margin: 0.2rem 0;
    font-variant-numeric: tabular-nums;
    line-height: 1.25;
  }
  .change {
    font-size: 0.85rem;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .base {
    font-size: 0.78rem;
    color: var(--ds-muted);
    margin: 0.2rem 0 0;
  }
  .note {
    font-size: 0.78rem;
    color: var(--ds-muted);
    margin: 0.4rem 0 0;
  }
`;
