import type { ParameterDefinition } from '../definition.js';

const GROUP = 'Assumptions: economy';

export const ECONOMY_ASSUMPTIONS: readonly ParameterDefinition[] = [];
export { GROUP as ECONOMY_GROUP };
