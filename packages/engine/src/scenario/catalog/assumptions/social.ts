import type { ParameterDefinition } from '../definition.js';

const GROUP = 'Assumptions: social';

export const SOCIAL_ASSUMPTIONS: readonly ParameterDefinition[] = [];
export { GROUP as SOCIAL_GROUP };
