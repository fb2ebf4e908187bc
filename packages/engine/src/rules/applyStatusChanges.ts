import { lever, param } from '../equations/values.js';
import { expm1 } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Kind, Legal } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import { blockEnd } from '../state/sweep.js';
import type { Rule } from './rule.js';

const STREAM = streamId('status changes');
const DRAW_CHANGE = 0;
const waitLevers = DIASPORAS.map((d) => `${d}.naturalization_wait_years`);
const waitQuarters = new Float64Array(DIASPORA_COUNT);

/** Chance within a quarter of an event with the given yearly hazard. */
export function quarterlyChance(yearlyRate: number): number {
  return -expm1(-yearlyRate / 4);
}

/**
 * Legal careers of settled members (sojourners keep the status they arrived with; only settled
 * members naturalise): irregular → temporary permit (regularisation), temporary permit → permanent
 * resident (after a mean wait), permanent resident → citizen once the years of permanent residence
 * reach the naturalisation wait (the legal residence both citizenship laws count), at the take-up
 * rate. quartersInStatus counts the quarters since the last change. Neither country allows dual
 * citizenship: the new citizen gives up the home one; what that does to home ties belongs to the
 * economy rules.
 */
const SETTLED = Kind.settled;
const CITIZEN = Legal.citizen;
const IRREGULAR = Legal.irregular;
const PERMIT = Legal.temporaryPermit;
const RESIDENT = Legal.permanentResident;

export const applyStatusChanges: Rule = (state, levers, params, rng, step) => {
  chances[0] = quarterlyChance(param(params, 'status.regularisation_rate'));
  chances[1] = quarterlyChance(1 / param(params, 'status.permit_to_residence_years'));
  chances[2] = quarterlyChance(param(params, 'status.naturalisation_take_up'));
  for (let d = 0; d < DIASPORA_COUNT; d++) waitQuarters[d] = lever(levers, waitLevers[d]) * 4;
  streamKey[0] = rng.streamKey(STREAM, step);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) changeStatuses(state.persons, rng, from, blockEnd(from, end));
};

/** To permit, to permanent residence, to citizenship: chances per quarter of this step. */
const chances = new Float64Array(3);

const streamKey = new Float64Array(1);

function changeStatuses(p: Persons, rng: RandomSource, from: number, to: number): void {
  const key = streamKey[0];
  const { alive, kind, legal, id, diaspora, quartersInStatus } = p;
  const toPermit = chances[0];
  const toResident = chances[1];
  const toCitizen = chances[2];
  for (let i = from; i < to; i++) {
    if (alive[i] === 0 || kind[i] !== SETTLED) continue;
    const status = legal[i];
    if (status === CITIZEN) continue;
    const inStatus = quartersInStatus[i];
    let next = status;
    // A resident short of the wait cannot naturalise: no draw (draws are keyed, so skipping one
    // changes no other).
    if (status === IRREGULAR) {
      if (rng.uniform(key, id[i], DRAW_CHANGE) < toPermit) next = PERMIT;
    } else if (status === PERMIT) {
      if (rng.uniform(key, id[i], DRAW_CHANGE) < toResident) next = RESIDENT;
    } else if (inStatus >= waitQuarters[diaspora[i]] && rng.uniform(key, id[i], DRAW_CHANGE) < toCitizen) {
      next = CITIZEN;
    }
    legal[i] = next;
    quartersInStatus[i] = next !== status ? 0 : inStatus < 0xffff ? inStatus + 1 : inStatus;
  }
}
