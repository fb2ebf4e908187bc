import { lever, param, perDiasporaIds } from '../equations/values.js';
import { streamId } from '../rng.js';
import { DIASPORA_COUNT, Kind } from '../state/codes.js';
import { NEVER_DISCRIMINATED } from '../state/persons.js';
import { TALLY_COUNT, Tally } from '../state/tallies.js';
import type { PersonKernel } from './kernel.js';

/**
 * Discrimination events (docs/model.md#discrimination). A person who met host-majority persons this
 * quarter suffers an event with chance base × (mean prejudice of those met) × (1 − e ×
 * anti_discrimination). An event resets quartersSinceDiscrimination (which employment and the
 * acculturation target read: the one channel to host orientation), counts in the tally (persons), and
 * lowers trust in the host by a fixed share of itself; trust recovers, in quarters without an event,
 * toward the usual level of the person's kind (the initial median: students are warmer).
 */
const STREAM = streamId('discrimination');
const ENFORCEMENT_IDS = perDiasporaIds('anti_discrimination');

export interface DiscriminationStep {
  /** Per diaspora: base × (1 − e × enforcement). */
  factor: Float64Array;
  keepTrust: number;
  recovery: number;
  usualTrust: number;
  usualStudentTrust: number;
  key: number;
  tallies: Float64Array;
}

export const discrimination: PersonKernel<DiscriminationStep> = {
  name: 'discrimination',
  step: {
    factor: new Float64Array(DIASPORA_COUNT),
    keepTrust: Number.NaN,
    recovery: Number.NaN,
    usualTrust: Number.NaN,
    usualStudentTrust: Number.NaN,
    key: Number.NaN,
    tallies: new Float64Array(0),
  },
  begin(state, levers, params, rng, t) {
    const s = discrimination.step;
    const base = param(params, 'discrimination.base_rate');
    const effect = param(params, 'discrimination.enforcement_effect');
    for (let d = 0; d < DIASPORA_COUNT; d++) s.factor[d] = base * Math.max(0, 1 - effect * lever(levers, ENFORCEMENT_IDS[d]));
    s.keepTrust = 1 - param(params, 'discrimination.trust_drop');
    s.recovery = param(params, 'discrimination.trust_recovery');
    s.usualTrust = param(params, 'attitudes.initial_diaspora_trust');
    s.usualStudentTrust = param(params, 'attitudes.initial_student_trust');
    s.key = rng.streamKey(STREAM, t);
    s.tallies = state.tallies;
  },
  person(i, p, s, rng) {
    const since = p.quartersSinceDiscrimination[i];
    if (p.contactsHost[i] > 0) {
      const d = p.diaspora[i];
      const chance = s.factor[d] * p.metPrejudice[i];
      if (chance > 0 && rng.uniform(s.key, p.id[i], 0) < chance) {
        p.quartersSinceDiscrimination[i] = 0;
        p.trustHost[i] *= s.keepTrust;
        s.tallies[d * TALLY_COUNT + Tally.discriminationEvents] += p.weight[i];
        return;
      }
    }
    if (since < NEVER_DISCRIMINATED) p.quartersSinceDiscrimination[i] = since + 1;
    const usual = p.kind[i] === Kind.student ? s.usualStudentTrust : s.usualTrust;
    p.trustHost[i] += s.recovery * (usual - p.trustHost[i]);
  },
};
