import { css } from 'lit';

export const scheduleEditorStyles = css`
  :host {
    display: block;
    font-size: 0.85rem;
  }
  fieldset {
    border: 1px solid var(--ds-line);
    border-radius: 6px;
    padding: 0.5rem 0.6rem;
    margin: 0.3rem 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.2rem;
  }
  .modes {
    display: flex;
    gap: 1rem;
    margin-bottom: 0.4rem;
  }
  table {
    border-collapse: collapse;
  }
  th {
    text-align: left;
    font-weight: 600;
    font-size: 0.78rem;
    padding: 0.1rem 0.3rem;
  }
  td {
    padding: 0.15rem 0.3rem;
  }
  input[type='number'] {
    width: 6rem;
    padding: 0.1rem 0.3rem;
    border: 1px solid #8a929b;
    border-radius: 4px;
  }
  input[type='text'] {
    width: 100%;
    padding: 0.25rem 0.35rem;
    border: 1px solid #8a929b;
    border-radius: 4px;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  [aria-invalid='true'] {
    border-color: var(--ds-error);
  }
  .hint {
    color: var(--ds-muted);
    font-size: 0.78rem;
    margin: 0.25rem 0;
  }
  .issues {
    color: var(--ds-error);
    margin: 0.3rem 0 0;
    white-space: pre-wrap;
  }
  .ok {
    color: #1b5e20;
    margin: 0.3rem 0 0;
  }
  button {
    font-size: 0.78rem;
    padding: 0.1rem 0.45rem;
  }
`;
