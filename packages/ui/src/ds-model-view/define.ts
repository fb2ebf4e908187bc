import { DsModelView } from './ds-model-view.js';

if (!customElements.get('ds-model-view')) customElements.define('ds-model-view', DsModelView);

declare global {
  interface HTMLElementTagNameMap {
    'ds-model-view': DsModelView;
  }
}
