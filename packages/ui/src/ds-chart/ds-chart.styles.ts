import { css } from 'lit';

export const chartStyles = css`
  :host {
    display: block;
    min-width: 0;
    /* A redraw stays inside the chart: no page-wide layout or paint. */
    contain: layout paint style;
  }
  figure {
    margin: 0;
    padding: 0.75rem 0.75rem 0.5rem;
    background: var(--ds-paper);
    border: 1px solid var(--ds-line);
    border-radius: 6px;
    height: 100%;
    display: flex;
    flex-direction: column;
  }
  h3 {
    font-size: 0.95rem;
    margin: 0;
    line-height: 1.3;
  }
  .unit {
    margin: 0.1rem 0 0.25rem;
    font-size: 0.8rem;
    color: var(--ds-muted);
  }
  .plot {
    height: 200px;
    position: relative;
  }
  .plot svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .empty {
    display: grid;
    place-items: center;
    height: 200px;
    color: var(--ds-muted);
    font-size: 0.85rem;
  }
  .plain {
    font-size: 0.85rem;
    line-height: 1.4;
    margin: 0.35rem 0 0.25rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.9rem;
    font-size: 0.75rem;
    color: var(--ds-muted);
    margin: 0.2rem 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .swatch {
    display: inline-block;
    width: 1.1rem;
    height: 0.7rem;
    border-radius: 2px;
  }
  .swatch.line {
    height: 0;
    border-top: 2.5px solid;
  }
  .swatch.dashed {
    border-top-style: dashed;
  }
  figure.stale .plot {
    opacity: 0.4;
  }
  figure.stale {
    border-style: dashed;
  }
  figure.stale .plain {
    color: var(--ds-muted);
  }
  /* The flag's row is kept when there is no flag: its coming and going moves no plot (which would
     then be laid out and painted again at every lever move). */
  .flags {
    display: flex;
    align-items: flex-start;
    min-height: 1.3rem;
    margin-bottom: 0.2rem;
  }
  .flag {
    font-size: 0.75rem;
    background: var(--ds-warning-bg);
    color: #5c4300;
    padding: 0.1rem 0.4rem;
    border-radius: 3px;
  }
  .actions {
    margin-top: auto;
    padding-top: 0.25rem;
  }
  .actions button {
    font-size: 0.8rem;
    padding: 0.15rem 0.5rem;
  }
  dialog {
    width: min(60rem, calc(100vw - 2rem));
    max-height: calc(100vh - 4rem);
    border: 1px solid var(--ds-line);
    border-radius: 8px;
    padding: 0.8rem 1rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 1rem;
  }
  h4 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .table-wrap {
    max-height: calc(100vh - 10rem);
    overflow: auto;
    margin-top: 0.4rem;
    border: 1px solid var(--ds-line);
  }
  table {
    border-collapse: collapse;
    font-size: 0.75rem;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.2rem 0.4rem;
    text-align: right;
    border-bottom: 1px solid #eceef1;
    white-space: nowrap;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  thead th {
    position: sticky;
    top: 0;
    background: #f3f4f6;
  }
`;
