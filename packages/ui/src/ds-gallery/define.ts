import { DsGallery } from './ds-gallery.js';

if (!customElements.get('ds-gallery')) customElements.define('ds-gallery', DsGallery);

declare global {
  interface HTMLElementTagNameMap {
    'ds-gallery': DsGallery;
  }
}
