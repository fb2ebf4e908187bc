import { css } from 'lit';

export const leverPanelStyles = css`
  :host {
    display: block;
  }
  details {
    border-bottom: 1px solid var(--ds-line);
    padding: 0.3rem 0 0.4rem;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 1rem;
    padding: 0.4rem 0.2rem;
    list-style-position: inside;
  }
  summary .count {
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
  h4 {
    font-size: 0.78rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--ds-muted);
    margin: 0.7rem 0 0;
  }
`;
