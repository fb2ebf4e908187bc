import { css } from 'lit';

// :host and .intro come from lib/analysisStyles.ts, which the element lists before these.
export const policyBriefStyles = css`
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
