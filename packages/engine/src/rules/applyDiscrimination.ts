import { type RandomSource, streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Flag, Kind } from '../state/codes.js';
import { NEVER_DISCRIMINATED, type Persons } from '../state/persons.js';
import { TALLY_COUNT, Tally } from '../state/tallies.js';
import { lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

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

const NEVER = NEVER_DISCRIMINATED;
const STUDENT = Kind.student;
const MEMBER = Flag.associationMember;
const EVENTS = Tally.discriminationEvents;
const TALLIES_PER_DIASPORA = TALLY_COUNT;
/** Per-step values of the sweep. */
const setup = {
  keepOrientation: Number.NaN,
  keepTrust: Number.NaN,
  recovery: Number.NaN,
  usualTrust: Number.NaN,
  usualStudentTrust: Number.NaN,
  memberPremium: Number.NaN,
  key: Number.NaN,
};

export const applyDiscrimination: Rule = (state, levers, params, rng, step) => {
  const base = param(params, 'discrimination.base_rate');
  const effect = param(params, 'discrimination.enforcement_effect');
  setup.keepOrientation = 1 - param(params, 'discrimination.orientation_drop');
  setup.keepTrust = 1 - param(params, 'discrimination.trust_drop');
  setup.recovery = param(params, 'discrimination.trust_recovery');
  setup.usualTrust = param(params, 'attitudes.initial_diaspora_trust');
  setup.usualStudentTrust = param(params, 'attitudes.initial_student_trust');
  setup.memberPremium = param(params, 'attitudes.member_trust_premium');
  for (let d = 0; d < DIASPORA_COUNT; d++) factor[d] = base * Math.max(0, 1 - effect * lever(levers, ENFORCEMENT_IDS[d]));
  setup.key = rng.streamKey(STREAM, step);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) discriminate(state.persons, state.tallies, rng, from, blockEnd(from, end));
};

function discriminate(p: Persons, tallies: Float64Array, rng: RandomSource, from: number, to: number): void {
  const { alive, contactsHost, metPrejudice, quartersSinceDiscrimination, discriminationEvents, diaspora, id, kind } = p;
  const { trustHost, hostOrientation, weight, flags } = p;
  const { keepOrientation, keepTrust, recovery, usualTrust, usualStudentTrust, memberPremium, key } = setup;
  for (let i = from; i < to; i++) {
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
        tallies[d * TALLIES_PER_DIASPORA + EVENTS] += weight[i];
        continue;
      }
    }
    if (since < NEVER) quartersSinceDiscrimination[i] = since + 1;
    const usual = (kind[i] === STUDENT ? usualStudentTrust : usualTrust) + (flags[i] & MEMBER ? memberPremium : 0);
    trustHost[i] += recovery * (usual - trustHost[i]);
  }
}
