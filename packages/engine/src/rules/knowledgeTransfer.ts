import { collaboratorType, congestedCollaborations, fillCollaborationRates } from '../equations/knowledge.js';
import { lever, param } from '../equations/values.js';
import { DIASPORA_COUNT } from '../state/codes.js';
import { addTally, Tally } from '../state/tallies.js';
import type { PersonKernel } from './kernel.js';

/**
 * Knowledge transfer (docs/model.md#knowledge-transfer): collaborations with the home country. The
 * body sums each diaspora's potential C (the rate of its high-skilled adults and exchange alumni,
 * scaled by home ties, weighted); after the agents, collaborations are C_start^(1−κ)·C^κ (a limited
 * pool of partners at home; Kerr 2008) plus the funded joint projects, credited in proportion to C.
 * An expected value, not draws: the indicator does not swing with the agent scale.
 */
export interface KnowledgeStep {
  /** Rate per quarter by collaborator type: 0 none, 1 high-skilled, 2 alumnus, 3 both. */
  rates: Float64Array;
  community: Float64Array;
}

export const knowledgeTransfer: PersonKernel<KnowledgeStep> = {
  name: 'knowledge transfer',
  step: { rates: new Float64Array(4), community: new Float64Array(DIASPORA_COUNT) },
  begin(_state, _levers, params) {
    const s = knowledgeTransfer.step;
    fillCollaborationRates(param(params, 'knowledge.skilled_rate'), param(params, 'knowledge.alumni_rate'), s.rates);
    s.community.fill(0);
  },
  person(i, p, s) {
    const type = collaboratorType(p.ageQuarters[i], p.skill[i], p.flags[i]);
    if (type !== 0) s.community[p.diaspora[i]] += p.weight[i] * s.rates[type] * p.homeTies[i];
  },
  end(state, levers, params) {
    const community = knowledgeTransfer.step.community;
    const elasticity = param(params, 'knowledge.community_elasticity');
    const reference = state.economy.knowledgeCommunityReference;
    let total = 0;
    for (let d = 0; d < DIASPORA_COUNT; d++) {
      if (reference[d] <= 0) reference[d] = community[d];
      addTally(state.tallies, d, Tally.knowledgeTransfer, congestedCollaborations(community[d], reference[d], elasticity));
      total += community[d];
    }
    const grantsThisStep = lever(levers, 'bilateral.research_grants') / state.timeline.stepsPerYear;
    for (let d = 0; d < DIASPORA_COUNT; d++) {
      addTally(state.tallies, d, Tally.knowledgeTransfer, grantsThisStep * (total > 0 ? community[d] / total : 1 / DIASPORA_COUNT));
    }
  },
};
