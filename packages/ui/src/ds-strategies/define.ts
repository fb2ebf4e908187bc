import { DsStrategies } from './ds-strategies.js';

if (!customElements.get('ds-strategies')) customElements.define('ds-strategies', DsStrategies);

declare global {
  interface HTMLElementTagNameMap {
    'ds-strategies': DsStrategies;
  }
}
