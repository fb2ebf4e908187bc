import { DsIndicatorPicker } from './ds-indicator-picker.js';

if (!customElements.get('ds-indicator-picker')) customElements.define('ds-indicator-picker', DsIndicatorPicker);

declare global {
  interface HTMLElementTagNameMap {
    'ds-indicator-picker': DsIndicatorPicker;
  }
}
