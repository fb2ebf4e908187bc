import { DsRegionMap } from './ds-region-map.js';

if (!customElements.get('ds-region-map')) customElements.define('ds-region-map', DsRegionMap);

declare global {
  interface HTMLElementTagNameMap {
    'ds-region-map': DsRegionMap;
  }
}
