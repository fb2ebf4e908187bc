import { DsSweepView } from './ds-sweep-view.js';

if (!customElements.get('ds-sweep-view')) customElements.define('ds-sweep-view', DsSweepView);

declare global {
  interface HTMLElementTagNameMap {
    'ds-sweep-view': DsSweepView;
  }
}
