import { DsScenarioPanel } from './ds-scenario-panel.js';

if (!customElements.get('ds-scenario-panel')) customElements.define('ds-scenario-panel', DsScenarioPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ds-scenario-panel': DsScenarioPanel;
  }
}
