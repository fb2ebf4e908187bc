import { DsExportMenu } from './ds-export-menu.js';

if (!customElements.get('ds-export-menu')) customElements.define('ds-export-menu', DsExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'ds-export-menu': DsExportMenu;
  }
}
