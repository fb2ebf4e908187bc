import { DsChart } from './ds-chart.js';

if (!customElements.get('ds-chart')) customElements.define('ds-chart', DsChart);

declare global {
  interface HTMLElementTagNameMap {
    'ds-chart': DsChart;
  }
}
