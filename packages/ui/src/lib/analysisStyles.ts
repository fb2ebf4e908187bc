import { css } from 'lit';

/** Shared look of the two analysis views (sweep and sensitivity). */
export const analysisStyles = css`
  :host {
    display: block;
  }
  .intro {
    font-size: 0.88rem;
    line-height: 1.45;
    max-width: 62rem;
    margin: 0 0 0.6rem;
  }
  form {
    background: var(--ds-paper);
    border: 1px solid var(--ds-line);
    border-radius: 6px;
    padding: 0.7rem 0.9rem;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5rem 1rem;
    align-items: end;
    font-size: 0.86rem;
  }
  fieldset {
    grid-column: 1 / -1;
    border: 1px solid var(--ds-line);
    border-radius: 6px;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.4rem 0.8rem;
    padding: 0.4rem 0.7rem 0.6rem;
  }
  legend {
    font-weight: 600;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-weight: 600;
  }
  label.inline {
    flex-direction: row;
    align-items: center;
    gap: 0.35rem;
    font-weight: 400;
  }
  input,
  select {
    font-weight: 400;
    padding: 0.2rem 0.3rem;
    border: 1px solid #8a929b;
    border-radius: 4px;
    background: var(--ds-paper);
    max-width: 100%;
  }
  .buttons {
    grid-column: 1 / -1;
    display: flex;
    gap: 0.6rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .estimate {
    color: var(--ds-muted);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    margin: 0.6rem 0;
    font-size: 0.86rem;
  }
  .error {
    color: var(--ds-error);
    white-space: pre-wrap;
  }
  section.result {
    background: var(--ds-paper);
    border: 1px solid var(--ds-line);
    border-radius: 6px;
    padding: 0.75rem;
    margin-top: 0.8rem;
  }
  h3 {
    font-size: 1rem;
    margin: 0 0 0.3rem;
  }
  .plain {
    font-size: 0.85rem;
    margin: 0.4rem 0;
  }
  .plot svg,
  .plot figure {
    max-width: 100%;
    height: auto;
  }
  .table-wrap {
    max-height: 18rem;
    overflow: auto;
    margin-top: 0.4rem;
  }
  table {
    border-collapse: collapse;
    font-size: 0.78rem;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.15rem 0.5rem;
    border-bottom: 1px solid #eceef1;
    text-align: right;
    white-space: nowrap;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
`;
