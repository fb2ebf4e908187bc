import { css } from 'lit';

export const regionMapStyles = css`
  :host {
    display: block;
  }
  .intro,
  .source {
    font-size: 0.88rem;
    line-height: 1.45;
    max-width: 62rem;
    margin: 0 0 0.6rem;
  }
  .source {
    font-size: 0.78rem;
    color: var(--ds-muted, #555);
  }
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    font-size: 0.86rem;
    margin-bottom: 0.6rem;
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0;
    display: flex;
    gap: 0.6rem;
  }
  .panels {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
    gap: 1rem;
    align-items: start;
  }
  @media (max-width: 50rem) {
    .panels {
      grid-template-columns: 1fr;
    }
  }
  table {
    border-collapse: collapse;
    font-size: 0.82rem;
    width: 100%;
  }
  th,
  td {
    padding: 0.2rem 0.4rem;
    border-bottom: 1px solid var(--ds-line, #ddd);
    text-align: right;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  td.shown {
    font-weight: 600;
  }
`;
