import { DsKpiCards } from './ds-kpi-cards.js';

if (!customElements.get('ds-kpi-cards')) customElements.define('ds-kpi-cards', DsKpiCards);

declare global {
  interface HTMLElementTagNameMap {
    'ds-kpi-cards': DsKpiCards;
  }
}
