import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS, DRIVERS, LEVERS } from '../../packages/engine/src/index.js';
import { replaceGeneratedTables } from '../../scripts/parameterTables.js';

const modelDoc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

describe('docs/model.md', () => {
  it('has the ODD sections', () => {
    for (const heading of [
      'Purpose',
      'Entities, state variables and scales',
      'Process overview and scheduling',
      'Design concepts',
      'Initialisation',
      'Input data',
      'Submodels',
    ]) {
      expect(modelDoc).toMatch(new RegExp(`^## .*${heading}`, 'm'));
    }
  });

  it('has current parameter and indicator tables (regenerate with pnpm docs:tables)', () => {
    expect(replaceGeneratedTables(modelDoc)).toBe(modelDoc);
  });

  it('has a section for every docs anchor a parameter points to', () => {
    const anchors = new Set([...LEVERS, ...DRIVERS, ...ASSUMPTIONS].map((p) => p.docs));
    for (const anchor of anchors) expect(modelDoc, anchor).toContain(`<a id="${anchor}"></a>`);
  });
});
