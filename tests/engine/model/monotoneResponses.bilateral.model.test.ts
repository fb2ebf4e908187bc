import { describe } from 'vitest';
import { checkMonotoneResponses } from './monotoneResponses.js';

describe('monotone responses over each lever range (bilateral, trade and transfers)', () => {
  checkMonotoneResponses((e) => !e.lever.startsWith('uz_in_kz.') && !e.lever.startsWith('kz_in_uz.'));
});
