import { DsSensitivityView } from './ds-sensitivity-view.js';

if (!customElements.get('ds-sensitivity-view')) customElements.define('ds-sensitivity-view', DsSensitivityView);

declare global {
  interface HTMLElementTagNameMap {
    'ds-sensitivity-view': DsSensitivityView;
  }
}
