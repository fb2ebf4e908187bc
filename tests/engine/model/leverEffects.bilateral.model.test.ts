import { describe } from 'vitest';
import { checkLeverEffects } from './leverEffects.js';

describe('lever effects at the default (bilateral)', () => {
  checkLeverEffects((e) => !e.lever.startsWith('uz_in_kz.') && !e.lever.startsWith('kz_in_uz.'));
});
