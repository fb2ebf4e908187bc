import { streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Kind, Legal } from '../state/codes.js';
import { lever, param, type Rule } from './rule.js';

const STREAM = streamId('status changes');
const DRAW_CHANGE = 0;
const waitLevers = DIASPORAS.map((d) => `${d}.naturalization_wait_years`);
const waitQuarters = new Float64Array(DIASPORA_COUNT);

/** Chance within a quarter of an event with the given yearly hazard. */
export function quarterlyChance(yearlyRate: number): number {
  return -Math.expm1(-yearlyRate / 4);
}

/**
 * Legal careers of settled members (sojourners keep the status they arrived with; only settled
 * members naturalise): irregular → temporary permit (regularisation), temporary permit → permanent
 * resident (after a mean wait), permanent resident → citizen once the years in the host country reach
 * the naturalisation wait, at the take-up rate. Neither country allows dual citizenship: the new
 * citizen gives up the home one; what that does to home ties belongs to the economy rules.
 */
export const applyStatusChanges: Rule = (state, levers, params, rng, step) => {
  const toPermit = quarterlyChance(param(params, 'status.regularisation_rate'));
  const toResident = quarterlyChance(1 / param(params, 'status.permit_to_residence_years'));
  const toCitizen = quarterlyChance(param(params, 'status.naturalisation_take_up'));
  for (let d = 0; d < DIASPORA_COUNT; d++) waitQuarters[d] = lever(levers, waitLevers[d]) * 4;
  const key = rng.streamKey(STREAM, step);
  const p = state.persons;
  const { alive, kind, legal, id, diaspora, quartersInHost } = p;
  for (let i = 0; i < p.end; i++) {
    if (alive[i] === 0 || kind[i] !== Kind.settled) continue;
    const status = legal[i];
    if (status === Legal.citizen) continue;
    const u = rng.uniform(key, id[i], DRAW_CHANGE);
    if (status === Legal.irregular) {
      if (u < toPermit) legal[i] = Legal.temporaryPermit;
    } else if (status === Legal.temporaryPermit) {
      if (u < toResident) legal[i] = Legal.permanentResident;
    } else if (quartersInHost[i] >= waitQuarters[diaspora[i]] && u < toCitizen) {
      legal[i] = Legal.citizen;
    }
  }
};
