import { css } from 'lit';

export const policyBriefStyles = css`
  :host {
    display: block;
  }
  .intro {
    font-size: 0.88rem;
    line-height: 1.45;
    max-width: 62rem;
    margin: 0 0 0.6rem;
  }
  .buttons {
    display: flex;
    gap: 0.6rem;
    margin-bottom: 0.6rem;
  }
  iframe {
    width: 100%;
    max-width: 52rem;
    height: 75vh;
    border: 1px solid var(--ds-line, #ccc);
    background: white;
  }
`;
