import { writeFileSync } from 'node:fs';
import { renderCatalogSource } from '../packages/analysis/src/i18n/catalogSource.js';

// The English source of the catalogue's messages; translators then fill ru, kk and uz beside it.
const path = new URL('../packages/analysis/src/i18n/messages/en/catalog.json', import.meta.url);
writeFileSync(path, renderCatalogSource());
console.log('packages/analysis/src/i18n/messages/en/catalog.json: written from the engine catalogue');
