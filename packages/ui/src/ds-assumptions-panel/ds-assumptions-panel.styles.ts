import { css } from 'lit';

export const assumptionsPanelStyles = css`
  :host {
    display: block;
  }
  h3 {
    font-size: 1rem;
    margin: 0.8rem 0 0.2rem;
  }
  p {
    font-size: 0.82rem;
    color: var(--ds-muted);
    margin: 0.2rem 0 0.4rem;
    line-height: 1.4;
  }
`;
