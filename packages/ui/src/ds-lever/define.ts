import '../ds-schedule-editor/define.js';
import { DsLever } from './ds-lever.js';

if (!customElements.get('ds-lever')) customElements.define('ds-lever', DsLever);

declare global {
  interface HTMLElementTagNameMap {
    'ds-lever': DsLever;
  }
}
