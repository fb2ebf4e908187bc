import { css } from 'lit';

export const modelViewStyles = css`
  :host {
    display: block;
  }
  article {
    max-width: 50rem;
    background: var(--ds-paper);
    border: 1px solid var(--ds-line);
    border-radius: 6px;
    padding: 1rem 1.6rem 1.6rem;
    line-height: 1.55;
    font-size: 0.95rem;
  }
  h1 {
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.2rem;
    margin-top: 1.6rem;
    border-bottom: 1px solid var(--ds-line);
    padding-bottom: 0.2rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  h1,
  h2,
  h3,
  h4 {
    scroll-margin-top: 1rem;
  }
  :target,
  .highlight {
    background: #fff4d6;
  }
  pre {
    background: #f3f4f6;
    padding: 0.6rem 0.8rem;
    overflow: auto;
    border-radius: 4px;
    font-size: 0.85rem;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.88em;
  }
  .table-wrap {
    overflow: auto;
  }
  table {
    border-collapse: collapse;
    font-size: 0.85rem;
  }
  th,
  td {
    border: 1px solid var(--ds-line);
    padding: 0.25rem 0.5rem;
    vertical-align: top;
  }
  th {
    background: #f3f4f6;
  }
  blockquote {
    border-left: 4px solid var(--ds-line);
    margin: 0.5rem 0;
    padding: 0.2rem 0.9rem;
    color: var(--ds-muted);
  }
  a {
    color: var(--ds-accent);
  }
`;
