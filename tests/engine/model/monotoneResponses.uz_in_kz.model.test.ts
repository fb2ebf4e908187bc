import { describe } from 'vitest';
import { checkMonotoneResponses } from './monotoneResponses.js';

describe('monotone responses over each lever range (uz_in_kz)', () => {
  checkMonotoneResponses((e) => e.lever.startsWith('uz_in_kz.'));
});
