import type { Rule } from './rule.js';

// Not yet implemented.
export const applyContacts: Rule = () => {};
