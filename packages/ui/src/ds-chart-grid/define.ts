import '../ds-chart/define.js';
import '../ds-indicator-picker/define.js';
import { DsChartGrid } from './ds-chart-grid.js';

if (!customElements.get('ds-chart-grid')) customElements.define('ds-chart-grid', DsChartGrid);

declare global {
  interface HTMLElementTagNameMap {
    'ds-chart-grid': DsChartGrid;
  }
}
