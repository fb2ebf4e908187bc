import { css } from 'lit';

export const leverPanelStyles = css`
  :host {
    display: block;
  }
  .group {
    border-bottom: 1px solid var(--ds-line);
    padding: 0.3rem 0 0.4rem;
  }
  .group-heading button {
    width: 100%;
    text-align: left;
    border: none;
    background: transparent;
    font-weight: 700;
    font-size: 1rem;
    padding: 0.4rem 0.2rem;
  }
  .arrow {
    display: inline-block;
    width: 1.1em;
  }
  .count {
    font-weight: 500;
    font-size: 0.8rem;
    color: var(--ds-scenario);
    margin-left: 0.4rem;
  }
  .intro {
    font-size: 0.82rem;
    color: var(--ds-muted);
    margin: 0 0 0.3rem;
  }
  .subject {
    font-size: 0.78rem;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--ds-muted);
    margin: 0.7rem 0 0;
  }
  [hidden] {
    display: none !important;
  }
`;
