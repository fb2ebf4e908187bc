import type { ParameterDefinition } from '../definition.js';

const GROUP = 'Assumptions: demography';

export const DEMOGRAPHY_ASSUMPTIONS: readonly ParameterDefinition[] = [];
export { GROUP as DEMOGRAPHY_GROUP };
