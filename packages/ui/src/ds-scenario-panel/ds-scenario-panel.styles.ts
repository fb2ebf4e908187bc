import { css } from 'lit';

export const scenarioPanelStyles = css`
  :host {
    display: block;
    font-size: 0.9rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    margin: 0.6rem 0;
  }
  label {
    font-weight: 600;
    font-size: 0.85rem;
  }
  .hint {
    color: var(--ds-muted);
    font-size: 0.78rem;
    margin: 0;
  }
  input,
  select,
  textarea {
    padding: 0.3rem 0.4rem;
    border: 1px solid #8a929b;
    border-radius: 4px;
    background: var(--ds-paper);
  }
  textarea {
    min-height: 4.5rem;
    resize: vertical;
  }
  .grid {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 0.8rem;
  }
  .files {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.8rem 0 0.3rem;
  }
  .file-label {
    display: inline-block;
    border: 1px solid #8a929b;
    border-radius: 4px;
    padding: 0.25rem 0.6rem;
    background: var(--ds-paper);
    cursor: pointer;
    font-weight: 400;
  }
  .file-label:focus-within {
    outline: 3px solid var(--ds-focus);
    outline-offset: 2px;
  }
  .message {
    margin: 0.4rem 0;
    padding: 0.5rem 0.6rem;
    border-left: 4px solid var(--ds-error);
    background: #fdecec;
    white-space: pre-wrap;
  }
  h3 {
    font-size: 1rem;
    margin: 1rem 0 0.2rem;
  }
`;
