import { describe } from 'vitest';
import { COARSE_SCALE, checkLeverEffects } from './leverEffects.js';

describe('lever effects at the default (uz_in_kz)', () => {
  checkLeverEffects((e) => e.lever.startsWith('uz_in_kz.'), COARSE_SCALE);
});
