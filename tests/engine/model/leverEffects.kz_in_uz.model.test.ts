import { describe } from 'vitest';
import { checkLeverEffects, FINE_SCALE } from './leverEffects.js';

describe('lever effects at the default (kz_in_uz)', () => {
  checkLeverEffects((e) => e.lever.startsWith('kz_in_uz.'), FINE_SCALE);
});
