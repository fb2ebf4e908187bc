import { exp } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORA_COUNT, Flag, Legal } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { ADULT_QUARTERS, integrationSign, perDiasporaIds } from './economyShared.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

/**
 * Civic participation and advocacy (Flag.civicActive; advocacy_rate is its share of adults). Each
 * quarter a share of adults have their activity drawn afresh from logistic(intercept + citizen +
 * permanent resident with local voting rights + integrated + association member), so activity persists
 * and responds to policy within a year or two.
 */
const STREAM = streamId('civic participation');
const DRAW_CIVIC = 0;

const VOTING_IDS = perDiasporaIds('local_voting_rights');

export interface CivicCoefficients {
  intercept: number;
  citizen: number;
  localVote: number;
  integration: number;
  association: number;
}

export function createCivicCoefficients(): CivicCoefficients {
  return { intercept: 0, citizen: 0, localVote: 0, integration: 0, association: 0 };
}

export function readCivicCoefficients(params: Assumptions, c: CivicCoefficients): void {
  c.intercept = param(params, 'civic.intercept');
  c.citizen = param(params, 'civic.citizen_effect');
  c.localVote = param(params, 'civic.local_vote_effect');
  c.integration = param(params, 'civic.integration_effect');
  c.association = param(params, 'civic.association_effect');
}

/**
 * Writes person i's chance of civic activity to out[0], given each diaspora's local voting rights
 * (writing rather than returning keeps the rule's loop free of boxed numbers).
 */
export function writeCivicChance(
  state: SimulationState,
  i: number,
  votingByDiaspora: Float64Array,
  c: CivicCoefficients,
  out: Float64Array,
): void {
  const p = state.persons;
  let x = c.intercept;
  const legal = p.legal[i];
  if (legal === Legal.citizen) x += c.citizen;
  else if (legal === Legal.permanentResident && votingByDiaspora[p.diaspora[i]] >= 0.5) x += c.localVote;
  if (integrationSign(p.heritageOrientation[i], p.hostOrientation[i]) === 1) x += c.integration;
  if (p.flags[i] & Flag.associationMember) x += c.association;
  out[0] = 1 / (1 + exp(-x));
}

const chanceOut = new Float64Array(1);
const votingOne = new Float64Array(DIASPORA_COUNT);

/** Chance of civic activity: logistic(intercept + citizen + resident with local vote + integrated + member). */
export function civicChance(state: SimulationState, i: number, localVotingRights: number, c: CivicCoefficients): number {
  votingOne.fill(localVotingRights);
  writeCivicChance(state, i, votingOne, c, chanceOut);
  return chanceOut[0];
}

const coefficients = createCivicCoefficients();
const voting = new Float64Array(DIASPORA_COUNT);
const ADULT = ADULT_QUARTERS;
const ACTIVE = Flag.civicActive;
const MEMBER = Flag.associationMember;
const CITIZEN = Legal.citizen;
const RESIDENT = Legal.permanentResident;

export const applyCivicParticipation: Rule = (state, levers, params, rng, step) => {
  readCivicCoefficients(params, coefficients);
  for (let d = 0; d < DIASPORA_COUNT; d++) voting[d] = lever(levers, VOTING_IDS[d]);
  setup.reassessRate = param(params, 'civic.reassessment_rate');
  setup.key = rng.streamKey(STREAM, step);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) participate(state.persons, coefficients, rng, from, blockEnd(from, end));
};

/** The sweep, with writeCivicChance written out (no double crosses a call). */
/** Per-step values of the sweep. */
const setup = { reassessRate: Number.NaN, key: Number.NaN };

function participate(p: Persons, c: CivicCoefficients, rng: RandomSource, from: number, to: number): void {
  const { reassessRate, key } = setup;
  const { alive, flags, ageQuarters, id, legal, diaspora, heritageOrientation, hostOrientation } = p;
  const { intercept, citizen, localVote, integration, association } = c;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    if (ageQuarters[i] < ADULT) {
      flags[i] &= ~ACTIVE;
      continue;
    }
    // One draw: below the reassessment rate, u/rate is again uniform and decides the new activity.
    const u = rng.uniform(key, id[i], DRAW_CIVIC);
    if (u >= reassessRate) continue;
    const f = flags[i];
    let x = intercept;
    const status = legal[i];
    if (status === CITIZEN) x += citizen;
    else if (status === RESIDENT && voting[diaspora[i]] >= 0.5) x += localVote;
    if (heritageOrientation[i] >= 0.5 && hostOrientation[i] >= 0.5) x += integration;
    if (f & MEMBER) x += association;
    flags[i] = u / reassessRate < 1 / (1 + exp(-x)) ? f | ACTIVE : f & ~ACTIVE;
  }
}
