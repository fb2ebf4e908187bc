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
  .language {
    display: flex;
    gap: 0.3rem;
    align-items: center;
    font-size: 0.85rem;
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
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -3rem;
    z-index: 50;
    background: var(--ds-paper);
    color: var(--ds-accent);
    padding: 0.4rem 0.8rem;
    border: 2px solid var(--ds-focus);
    border-radius: 4px;
  }
  .skip:focus {
    top: 0.5rem;
  }
  .results:focus,
  .controls:focus {
    outline: none;
  }
  .comparison {
    font-size: 1.05rem;
    margin: 0 0 0.3rem;
  }
  .headline {
    font-size: 0.98rem;
    line-height: 1.4;
    margin: 0 0 0.4rem;
    max-width: 60rem;
  }
  .to-controls {
    display: none;
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
  .status-text {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .status[data-state='updating'] .status-text,
  .status[data-state='partial'] .status-text {
    font-weight: 600;
    color: #5c4300;
  }
  .status progress {
    width: 8rem;
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
  /* Phones: the results first, the levers one tap away (the sticky button), the gallery after the charts. */
  @media (max-width: 700px) {
    .layout {
      display: flex;
      flex-direction: column;
    }
    .results {
      order: -1;
      display: flex;
      flex-direction: column;
      width: 100%;
      max-width: 100vw;
    }
    .results > * {
      max-width: 100%;
      min-width: 0;
    }
    .results ds-gallery {
      order: 2;
    }
    .controls {
      position: static;
      max-height: none;
      border-right: none;
      border-top: 1px solid var(--ds-line);
    }
    .to-controls {
      display: inline-block;
      position: sticky;
      top: 0;
      z-index: 10;
      align-self: flex-end;
      margin: 0 0 0.5rem;
      padding: 0.45rem 0.9rem;
      background: #1f2328;
      color: #ffffff;
      border-radius: 999px;
      text-decoration: none;
      font-weight: 600;
    }
    .status {
      white-space: normal;
      height: auto;
    }
  }
`;
