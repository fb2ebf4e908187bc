import type { ParameterDefinition } from '../definition.js';
import { DEMOGRAPHY_ASSUMPTIONS } from './demography.js';
import { ECONOMY_ASSUMPTIONS } from './economy.js';
import { SOCIAL_ASSUMPTIONS } from './social.js';

/** Behavioural parameters: scenario-settable, with literature defaults and ranges (the Assumptions panel). */
export const ASSUMPTIONS: readonly ParameterDefinition[] = [...DEMOGRAPHY_ASSUMPTIONS, ...SOCIAL_ASSUMPTIONS, ...ECONOMY_ASSUMPTIONS];
