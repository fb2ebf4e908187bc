import { css } from 'lit';

export const exportMenuStyles = css`
  :host {
    display: inline-block;
    position: relative;
  }
  [role='menu'] {
    position: absolute;
    right: 0;
    z-index: 30;
    margin: 0.3rem 0 0;
    padding: 0.3rem 0;
    min-width: 15rem;
    list-style: none;
    background: var(--ds-paper);
    border: 1px solid var(--ds-line);
    border-radius: 6px;
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.15);
  }
  [role='menuitem'] {
    display: block;
    width: 100%;
    text-align: left;
    border: none;
    border-radius: 0;
    padding: 0.4rem 0.9rem;
    background: transparent;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus {
    background: #eef2ff;
  }
  [role='menuitem'][aria-disabled='true'] {
    color: #6b7280;
  }
  .stamp {
    font-size: 0.72rem;
    color: var(--ds-muted);
    padding: 0.35rem 0.9rem 0.2rem;
    border-top: 1px solid var(--ds-line);
    margin-top: 0.3rem;
    word-break: break-all;
  }
`;
