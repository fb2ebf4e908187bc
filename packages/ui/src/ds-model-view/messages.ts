import { words } from '../lib/language.js';

/** Every word of ds-model-view's own (the documentation itself is English only for now), from the `lab` catalog. */
export const MODEL_TEXT = words(
  'model',
  ['missing', 'englishOnly', 'sources', 'sourcesIntro', 'parameter', 'default', 'evidence', 'source'],
  {},
);
