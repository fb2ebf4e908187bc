import { css } from 'lit';

export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--ds-page);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.6rem 1.5rem;
    padding: 0.7rem 1.2rem;
    background: var(--ds-paper);
    border-bottom: 1px solid var(--ds-line);
  }
  h1 {
    font-size: 1.25rem;
    margin: 0;
    letter-spacing: -0.01em;
  }
  .tagline {
    margin: 0.15rem 0 0;
    font-size: 0.88rem;
    color: var(--ds-muted);
  }
  .actions {
    display: flex;
    gap: 0.6rem;
    align-items: center;
  }
  .notices {
    padding: 0 1.2rem;
  }
  .notice {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 1rem;
    margin: 0.6rem 0 0;
    padding: 0.55rem 0.8rem;
    border-radius: 4px;
    border-left: 5px solid var(--ds-accent);
    background: #eef2ff;
    font-size: 0.9rem;
    white-space: pre-wrap;
  }
  .notice.error {
    border-color: var(--ds-error);
    background: #fdecec;
  }
  .notice.warning {
    border-color: #9a6700;
    background: var(--ds-warning-bg);
  }
  .notice input {
    width: 100%;
    margin-top: 0.3rem;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(16rem, 24rem) minmax(0, 1fr);
    align-items: start;
  }
  .controls {
    contain: layout paint style;
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
    padding: 0.8rem 1rem 2rem 1.2rem;
    border-right: 1px solid var(--ds-line);
    background: #fdfdfc;
  }
  .results {
    padding: 0.8rem 1.2rem 2rem;
    min-width: 0;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem;
    border-bottom: 1px solid var(--ds-line);
    margin-bottom: 0.7rem;
  }
  [role='tab'] {
    border: 1px solid transparent;
    border-bottom: none;
    border-radius: 6px 6px 0 0;
    background: transparent;
    padding: 0.4rem 0.8rem;
    margin-bottom: -1px;
    color: var(--ds-muted);
    font-weight: 600;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--ds-paper);
    border-color: var(--ds-line);
    color: var(--ds-ink);
  }
  .comparison {
    font-size: 0.92rem;
    margin: 0 0 0.3rem;
  }
  .comparison .scenario {
    color: var(--ds-scenario);
    font-weight: 700;
  }
  .comparison .baseline {
    color: var(--ds-baseline);
    font-weight: 700;
  }
  .status {
    contain: layout paint style;
    height: 1.6rem;
    overflow: hidden;
    white-space: nowrap;
    display: flex;
    align-items: center;
    gap: 0.6rem;
    font-size: 0.85rem;
    color: var(--ds-muted);
    margin: 0 0 0.7rem;
    min-height: 1.4rem;
  }
  .status > span:not(.preview-flag) {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .status progress {
    width: 8rem;
  }
  .status .preview-flag {
    background: var(--ds-warning-bg);
    color: #5c4300;
    padding: 0.05rem 0.4rem;
    border-radius: 3px;
    font-weight: 600;
  }
  ds-kpi-cards {
    margin-bottom: 1rem;
  }
  [hidden] {
    display: none !important;
  }
  @media (max-width: 1100px) {
    .layout {
      grid-template-columns: minmax(15rem, 19rem) minmax(0, 1fr);
    }
    .controls {
      padding: 0.7rem 0.7rem 2rem 0.9rem;
    }
    .results {
      padding: 0.7rem 0.8rem 2rem;
    }
  }
  @media (max-width: 700px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .controls {
      position: static;
      max-height: none;
      border-right: none;
      border-bottom: 1px solid var(--ds-line);
    }
  }
`;
