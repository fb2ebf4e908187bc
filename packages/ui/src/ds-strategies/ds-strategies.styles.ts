import { css } from 'lit';

export const strategiesStyles = css`
  :host {
    display: block;
  }
  .intro {
    font-size: 0.88rem;
    line-height: 1.45;
    max-width: 60rem;
    margin: 0 0 0.6rem;
  }
  section {
    background: var(--ds-paper);
    border: 1px solid var(--ds-line);
    border-radius: 6px;
    padding: 0.75rem;
    margin-bottom: 0.8rem;
  }
  h3 {
    font-size: 1rem;
    margin: 0 0 0.3rem;
  }
  .plot svg,
  .plot figure {
    max-width: 100%;
    height: auto;
  }
  .plain {
    font-size: 0.85rem;
    margin: 0.3rem 0;
  }
  .preview {
    font-size: 0.75rem;
    background: var(--ds-warning-bg);
    color: #5c4300;
    padding: 0.1rem 0.4rem;
    border-radius: 3px;
  }
  table {
    border-collapse: collapse;
    font-size: 0.78rem;
    font-variant-numeric: tabular-nums;
    margin-top: 0.4rem;
  }
  th,
  td {
    padding: 0.15rem 0.45rem;
    border-bottom: 1px solid #eceef1;
    text-align: right;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  .table-wrap {
    max-height: 16rem;
    overflow: auto;
  }
  button {
    font-size: 0.8rem;
  }
`;
