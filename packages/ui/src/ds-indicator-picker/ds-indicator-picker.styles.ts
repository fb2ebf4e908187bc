import { css } from 'lit';

export const indicatorPickerStyles = css`
  :host {
    display: inline-block;
    position: relative;
    font-size: 0.88rem;
  }
  summary {
    cursor: pointer;
    border: 1px solid #8a929b;
    border-radius: 4px;
    padding: 0.25rem 0.6rem;
    background: var(--ds-paper);
    list-style: none;
  }
  summary::after {
    content: ' ▾';
  }
  .panel {
    position: absolute;
    z-index: 20;
    right: 0;
    margin-top: 0.3rem;
    width: min(44rem, 92vw);
    max-height: 70vh;
    overflow: auto;
    background: var(--ds-paper);
    border: 1px solid var(--ds-line);
    border-radius: 8px;
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.15);
    padding: 0.6rem 0.9rem;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    gap: 0 1rem;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
  }
  legend {
    font-weight: 700;
    padding: 0.3rem 0;
  }
  label {
    display: flex;
    gap: 0.35rem;
    align-items: flex-start;
    padding: 0.12rem 0;
    line-height: 1.25;
  }
  .more {
    color: var(--ds-muted);
    font-size: 0.78rem;
    margin: 0.4rem 0 0.1rem;
  }
  .tools {
    grid-column: 1 / -1;
    display: flex;
    gap: 0.5rem;
    padding-top: 0.4rem;
  }
`;
