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
    height: 190px;
    position: relative;
    contain: strict;
  }
  .plot svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .empty {
    display: grid;
    place-items: center;
    height: 190px;
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
  .preview {
    font-size: 0.75rem;
    background: var(--ds-warning-bg);
    color: #5c4300;
    padding: 0.1rem 0.4rem;
    border-radius: 3px;
    align-self: flex-start;
    margin-bottom: 0.2rem;
  }
  .actions {
    margin-top: auto;
    padding-top: 0.25rem;
  }
  .actions button {
    font-size: 0.8rem;
    padding: 0.15rem 0.5rem;
  }
  .table-wrap {
    max-height: 16rem;
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
