import { describe } from 'vitest';
import { checkMonotoneResponses } from './monotoneResponses.js';

describe('monotone responses over each lever range (kz_in_uz)', () => {
  checkMonotoneResponses((e) => e.lever.startsWith('kz_in_uz.'));
});
