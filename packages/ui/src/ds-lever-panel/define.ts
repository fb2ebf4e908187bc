import '../ds-lever/define.js';
import { DsLeverPanel } from './ds-lever-panel.js';

if (!customElements.get('ds-lever-panel')) customElements.define('ds-lever-panel', DsLeverPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ds-lever-panel': DsLeverPanel;
  }
}
