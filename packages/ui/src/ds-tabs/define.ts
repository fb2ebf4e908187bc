import { DsTabs } from './ds-tabs.js';

if (!customElements.get('ds-tabs')) customElements.define('ds-tabs', DsTabs);

declare global {
  interface HTMLElementTagNameMap {
    'ds-tabs': DsTabs;
  }
}
