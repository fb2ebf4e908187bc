import '../ds-lever-panel/define.js';
import { DsAssumptionsPanel } from './ds-assumptions-panel.js';

if (!customElements.get('ds-assumptions-panel')) customElements.define('ds-assumptions-panel', DsAssumptionsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ds-assumptions-panel': DsAssumptionsPanel;
  }
}
