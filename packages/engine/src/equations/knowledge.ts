import { pow } from '../math/index.js';
import { Flag, Skill } from '../state/codes.js';
import { ADULT_QUARTERS } from './ages.js';

/**
 * Knowledge transfer (docs/model.md#knowledge-transfer): a community's expected collaborations meet a
 * limited pool of partners at home.
 */

/** Collaborator type of a person: 0 none (and every minor), 1 high-skilled, 2 exchange alumnus, 3 both. */
export function collaboratorType(age: number, skill: number, flags: number): number {
  if (age < ADULT_QUARTERS) return 0;
  return (skill === Skill.high ? 1 : 0) | (flags & Flag.exchangeAlumnus ? 2 : 0);
}

/** Rate per quarter by collaborator type (0 none, 1 high-skilled, 2 alumnus, 3 both), before home ties and congestion. */
export function fillCollaborationRates(skilledRate: number, alumniRate: number, out: Float64Array): void {
  out[0] = 0;
  out[1] = skilledRate;
  out[2] = alumniRate;
  out[3] = skilledRate + alumniRate;
}

/** Expected collaborations of a community with potential C against its reference C_start: C_start^(1−κ)·C^κ. */
export function congestedCollaborations(community: number, reference: number, elasticity: number): number {
  return community > 0 && reference > 0 ? reference * pow(community / reference, elasticity) : community;
}
