import { css } from 'lit';

export const kpiCardsStyles = css`
  :host {
    display: block;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr));
    gap: 0.6rem;
  }
  li {
    contain: layout paint style;
    background: var(--ds-paper);
    border: 1px solid var(--ds-line);
    border-top: 3px solid var(--ds-scenario);
    border-radius: 6px;
    padding: 0.4rem 0.6rem 0.45rem;
  }
  .label {
    font-size: 0.75rem;
    color: var(--ds-muted);
    margin: 0;
    line-height: 1.25;
  }
  .value {
    font-size: 1.02rem;
    font-weight: 700;
    margin: 0.15rem 0 0.1rem;
    font-variant-numeric: tabular-nums;
    line-height: 1.25;
  }
  .change {
    font-size: 0.8rem;
    margin: 0;
    font-variant-numeric: tabular-nums;
    line-height: 1.3;
  }
  .base {
    font-size: 0.74rem;
    color: var(--ds-muted);
    margin: 0.1rem 0 0;
  }
  .note {
    font-size: 0.72rem;
    color: var(--ds-muted);
    margin: 0.3rem 0 0;
  }
  h2 {
    font-size: 0.95rem;
    margin: 0 0 0.35rem;
  }
  /* Out of date: greyed and dashed (text keeps its contrast). */
  ul.stale li {
    border-style: dashed;
    border-top-color: #8a929b;
    background: #f3f4f6;
  }
  ul.stale .value,
  ul.stale .change {
    color: var(--ds-muted);
  }
  .flag {
    font-size: 0.75rem;
    font-weight: 600;
    background: var(--ds-warning-bg);
    color: #5c4300;
    padding: 0.1rem 0.4rem;
    border-radius: 3px;
    margin-left: 0.5rem;
  }
`;
