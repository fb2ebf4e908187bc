import '../ds-tabs/define.js';
import '../ds-gallery/define.js';
import '../ds-lever-panel/define.js';
import '../ds-assumptions-panel/define.js';
import '../ds-scenario-panel/define.js';
import '../ds-chart-grid/define.js';
import '../ds-kpi-cards/define.js';
import '../ds-strategies/define.js';
import '../ds-export-menu/define.js';
import '../ds-sweep-view/define.js';
import '../ds-sensitivity-view/define.js';
import '../ds-model-view/define.js';
import '../ds-region-map/define.js';
import '../ds-policy-brief/define.js';
import { DsApp } from './ds-app.js';

if (!customElements.get('ds-app')) customElements.define('ds-app', DsApp);

declare global {
  interface HTMLElementTagNameMap {
    'ds-app': DsApp;
  }
}
