import { streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Flag, Kind } from '../state/codes.js';
import { NEVER_DISCRIMINATED } from '../state/persons.js';
import { addTally, Tally } from '../state/tallies.js';
import { lever, param, type Rule } from './rule.js';

/**
 * Discrimination events (docs/submodels/social.md#discrimination). A person who met host-majority
 * persons this quarter suffers an event with chance base × (mean prejudice of those met) ×
 * (1 − e × anti_discrimination). An event resets quartersSinceDiscrimination, counts in the tally
 * (persons), and lowers host orientation n and trust in the host by fixed shares of themselves. n
 * recovers through acculturation; trust recovers here, in quarters without an event, toward the usual
 * level of the person's kind (the initial median: students are warmer than settled members), higher
 * for members of cultural associations.
 */
const STREAM = streamId('discrimination');
const ENFORCEMENT_IDS = DIASPORAS.map((d) => `${d}.anti_discrimination`);
const factor = new Float64Array(DIASPORA_COUNT);

export const applyDiscrimination: Rule = (state, levers, params, rng, step) => {
  const p = state.persons;
  const base = param(params, 'discrimination.base_rate');
  const effect = param(params, 'discrimination.enforcement_effect');
  const keepOrientation = 1 - param(params, 'discrimination.orientation_drop');
  const keepTrust = 1 - param(params, 'discrimination.trust_drop');
  const recovery = param(params, 'discrimination.trust_recovery');
  const usualTrust = param(params, 'attitudes.initial_diaspora_trust');
  const usualStudentTrust = param(params, 'attitudes.initial_student_trust');
  const memberPremium = param(params, 'attitudes.member_trust_premium');
  for (let d = 0; d < DIASPORA_COUNT; d++) factor[d] = base * Math.max(0, 1 - effect * lever(levers, ENFORCEMENT_IDS[d]));
  const key = rng.streamKey(STREAM, step);
  const {
    alive,
    contactsHost,
    metPrejudice,
    quartersSinceDiscrimination,
    discriminationEvents,
    diaspora,
    id,
    kind,
    trustHost,
    hostOrientation,
    weight,
    flags,
  } = p;
  const end = p.end;
  for (let i = 0; i < end; i++) {
    if (alive[i] === 0) continue;
    discriminationEvents[i] = 0;
    const since = quartersSinceDiscrimination[i];
    if (contactsHost[i] > 0) {
      const d = diaspora[i];
      const chance = factor[d] * metPrejudice[i];
      if (chance > 0 && rng.uniform(key, id[i], 0) < chance) {
        quartersSinceDiscrimination[i] = 0;
        discriminationEvents[i] = 1;
        hostOrientation[i] *= keepOrientation;
        trustHost[i] *= keepTrust;
        addTally(state.tallies, d, Tally.discriminationEvents, weight[i]);
        continue;
      }
    }
    if (since < NEVER_DISCRIMINATED) quartersSinceDiscrimination[i] = since + 1;
    const usual = (kind[i] === Kind.student ? usualStudentTrust : usualTrust) + (flags[i] & Flag.associationMember ? memberPremium : 0);
    trustHost[i] += recovery * (usual - trustHost[i]);
  }
};
