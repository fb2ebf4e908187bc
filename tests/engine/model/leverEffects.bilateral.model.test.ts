import { describe } from 'vitest';
import { COARSE_SCALE, checkLeverEffects } from './leverEffects.js';

describe('lever effects at the default (bilateral)', () => {
  checkLeverEffects((e) => !e.lever.startsWith('uz_in_kz.') && !e.lever.startsWith('kz_in_uz.'), COARSE_SCALE);
});
