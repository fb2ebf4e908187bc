import { css } from 'lit';

export const indicatorPickerStyles = css`
  :host {
    display: inline-block;
    font-size: 0.88rem;
  }
  dialog {
    width: min(46rem, calc(100vw - 1.5rem));
    max-width: calc(100vw - 1.5rem);
    max-height: calc(100vh - 3rem);
    border: 1px solid var(--ds-line);
    border-radius: 8px;
    padding: 0.7rem 0.9rem;
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.15);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.3);
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 0.4rem;
  }
  .panel {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: 0 1rem;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
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
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    padding-top: 0.6rem;
  }
`;
