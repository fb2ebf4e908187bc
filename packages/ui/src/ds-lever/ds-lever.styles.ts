import { css } from 'lit';

export const leverStyles = css`
  :host {
    display: block;
    padding: 0.55rem 0 0.6rem;
    border-bottom: 1px solid #eceef1;
  }
  .head {
    display: flex;
    align-items: flex-start;
    gap: 0.4rem;
    justify-content: space-between;
  }
  label {
    font-size: 0.88rem;
    font-weight: 600;
    line-height: 1.3;
  }
  .changed {
    display: inline-block;
    font-size: 0.7rem;
    font-weight: 600;
    color: var(--ds-scenario);
    border: 1px solid currentColor;
    border-radius: 3px;
    padding: 0 0.25rem;
    margin-left: 0.3rem;
    vertical-align: 1px;
  }
  .info {
    flex: none;
    width: 1.6rem;
    height: 1.6rem;
    padding: 0;
    border-radius: 50%;
    font-weight: 700;
    font-family: Georgia, serif;
  }
  .controls {
    display: grid;
    grid-template-columns: minmax(6rem, 1fr) auto;
    gap: 0.35rem 0.5rem;
    align-items: center;
    margin-top: 0.35rem;
  }
  .track {
    position: relative;
  }
  input[type='range'] {
    width: 100%;
    margin: 0.35rem 0;
    accent-color: var(--ds-scenario);
  }
  .baseline-mark {
    position: absolute;
    top: -0.05rem;
    width: 2px;
    height: 0.55rem;
    background: var(--ds-baseline);
    transform: translateX(-1px);
    pointer-events: none;
  }
  .range {
    display: flex;
    justify-content: space-between;
    font-size: 0.7rem;
    color: var(--ds-muted);
  }
  .number {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  input[type='number'] {
    width: 6.5rem;
    padding: 0.15rem 0.3rem;
    border: 1px solid #8a929b;
    border-radius: 4px;
    text-align: right;
  }
  input[aria-invalid='true'] {
    border-color: var(--ds-error);
    outline-color: var(--ds-error);
  }
  .unit {
    font-size: 0.75rem;
    color: var(--ds-muted);
    max-width: 9rem;
    line-height: 1.2;
  }
  .buttons {
    grid-column: 1 / -1;
    display: flex;
    gap: 0.4rem;
    flex-wrap: wrap;
  }
  .buttons button {
    font-size: 0.78rem;
    padding: 0.1rem 0.45rem;
  }
  .error {
    grid-column: 1 / -1;
    color: var(--ds-error);
    font-size: 0.8rem;
    margin: 0;
  }
  .scheduled {
    font-size: 0.8rem;
    margin: 0.3rem 0;
  }
  [popover] {
    max-width: min(34rem, 92vw);
    border: 1px solid var(--ds-line);
    border-radius: 8px;
    padding: 1rem 1.2rem;
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.18);
    font-size: 0.9rem;
    line-height: 1.45;
    color: var(--ds-ink);
  }
  [popover] .info-title {
    font-weight: 700;
    margin: 0 0 0.4rem;
    font-size: 1rem;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.8rem;
    margin: 0.6rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  a {
    color: var(--ds-accent);
  }
`;
