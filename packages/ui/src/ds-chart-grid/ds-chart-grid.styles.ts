import { css } from 'lit';

export const chartGridStyles = css`
  :host {
    display: block;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6rem 1.2rem;
    margin: 0 0 0.7rem;
    font-size: 0.88rem;
  }
  .segmented {
    display: inline-flex;
    border: 1px solid #8a929b;
    border-radius: 4px;
    overflow: hidden;
  }
  .segmented label {
    padding: 0.25rem 0.6rem;
    cursor: pointer;
    background: var(--ds-paper);
  }
  .segmented label + label {
    border-left: 1px solid #8a929b;
  }
  .segmented input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .segmented label:has(input:checked) {
    background: #1f2328;
    color: #fff;
  }
  .segmented label:has(input:focus-visible) {
    outline: 3px solid var(--ds-focus);
    outline-offset: -3px;
  }
  .year {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .year input {
    width: 11rem;
    accent-color: #1f2328;
  }
  output {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    min-width: 2.6rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
    gap: 0.8rem;
  }
  .empty {
    color: var(--ds-muted);
  }
`;
