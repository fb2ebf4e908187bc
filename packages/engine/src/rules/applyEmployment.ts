import type { Rule } from './rule.js';

// Not yet implemented.
export const applyEmployment: Rule = () => {};
