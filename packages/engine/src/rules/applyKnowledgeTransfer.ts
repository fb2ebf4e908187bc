import { pow } from '../math/index.js';
import { DIASPORA_COUNT, Flag, Skill } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { addTally, Tally } from '../state/tallies.js';
import { ADULT_QUARTERS } from './economyShared.js';
import { lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

/**
 * Knowledge transfer: collaborations with the home country (joint research, consulting, technology
 * projects). High-skilled adults and exchange alumni start one with a chance a quarter scaled by their
 * home ties. The community's potential C (the expected collaborations of its members, summed) meets a
 * limited pool of partners at home, so collaborations grow as C_start^(1−κ)·C^κ with κ the community
 * elasticity (Kerr 2008: 0.1–0.3). Funded joint research projects add one collaboration each, credited
 * to the diasporas in proportion to their potential (they need the brokers). Collaborations are a
 * count of rare events, so the flow is its expected value (no draw per person): the indicator then
 * does not swing with the agent scale.
 */
/**
 * Which rates apply to person i: 0 none (or a child), 1 high-skilled, 2 alumnus, 3 both. A small
 * integer, so the loops index a rate table instead of calling a function that returns a double
 * (which V8 boxes when it does not inline the call).
 */
export function collaboratorType(state: SimulationState, i: number): number {
  const p = state.persons;
  if (p.ageQuarters[i] < ADULT_QUARTERS) return 0;
  return (p.skill[i] === Skill.high ? 1 : 0) | (p.flags[i] & Flag.exchangeAlumnus ? 2 : 0);
}

/** Rate per quarter by collaborator type (see collaboratorType), before home ties and congestion. */
export function fillCollaborationRates(skilledRate: number, alumniRate: number, out: Float64Array): void {
  out[0] = 0;
  out[1] = skilledRate;
  out[2] = alumniRate;
  out[3] = skilledRate + alumniRate;
}

/** Chance per quarter, before congestion, that person i starts a collaboration. */
export function collaborationChance(state: SimulationState, i: number, skilledRate: number, alumniRate: number): number {
  fillCollaborationRates(skilledRate, alumniRate, rateOne);
  return rateOne[collaboratorType(state, i)] * state.persons.homeTies[i];
}
const rateOne = new Float64Array(4);

/** Writes each diaspora's potential C (weighted expected collaborations per quarter) into `out`. */
export function knowledgeCommunity(state: SimulationState, rates: Float64Array, out: Float64Array): void {
  out.fill(0);
  const p = state.persons;
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 0) continue;
    out[p.diaspora[i]] += p.weight[i] * rates[collaboratorType(state, i)] * p.homeTies[i];
  }
}

const community = new Float64Array(DIASPORA_COUNT);
const rates = new Float64Array(4);
const ADULT = ADULT_QUARTERS;
const HIGH = Skill.high;
const ALUMNUS = Flag.exchangeAlumnus;

export const applyKnowledgeTransfer: Rule = (state, levers, params) => {
  const skilledRate = param(params, 'knowledge.skilled_rate');
  const alumniRate = param(params, 'knowledge.alumni_rate');
  const elasticity = param(params, 'knowledge.community_elasticity');
  fillCollaborationRates(skilledRate, alumniRate, rates);
  community.fill(0);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) sumCommunity(state.persons, community, from, blockEnd(from, end));
  const reference = state.economy.knowledgeCommunityReference;
  let totalCommunity = 0;
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    if (reference[d] <= 0) reference[d] = community[d];
    addTally(state.tallies, d, Tally.knowledgeTransfer, congestedCollaborations(community[d], reference[d], elasticity));
    totalCommunity += community[d];
  }
  const grantsThisStep = lever(levers, 'bilateral.research_grants') / state.timeline.stepsPerYear;
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    const share = totalCommunity > 0 ? community[d] / totalCommunity : 1 / DIASPORA_COUNT;
    addTally(state.tallies, d, Tally.knowledgeTransfer, grantsThisStep * share);
  }
};

/** knowledgeCommunity with collaboratorType written out (a small sweep run every quarter). */
function sumCommunity(p: Persons, out: Float64Array, from: number, to: number): void {
  const { alive, ageQuarters, skill, flags, diaspora, weight, homeTies } = p;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0 || ageQuarters[i] < ADULT) continue;
    const type = (skill[i] === HIGH ? 1 : 0) | (flags[i] & ALUMNUS ? 2 : 0);
    out[diaspora[i]] += weight[i] * rates[type] * homeTies[i];
  }
}

/** Expected collaborations of a community with potential C against its reference C_start: C_start^(1−κ)·C^κ. */
export function congestedCollaborations(community: number, reference: number, elasticity: number): number {
  return community > 0 && reference > 0 ? reference * pow(community / reference, elasticity) : community;
}
