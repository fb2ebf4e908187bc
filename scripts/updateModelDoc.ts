import { readFileSync, writeFileSync } from 'node:fs';
import { replaceGeneratedTables } from './parameterTables.js';

const path = new URL('../docs/model.md', import.meta.url);
writeFileSync(path, replaceGeneratedTables(readFileSync(path, 'utf8')));
console.log('docs/model.md: parameter and indicator tables regenerated');
