import { DsPolicyBrief } from './ds-policy-brief.js';

if (!customElements.get('ds-policy-brief')) customElements.define('ds-policy-brief', DsPolicyBrief);

declare global {
  interface HTMLElementTagNameMap {
    'ds-policy-brief': DsPolicyBrief;
  }
}
