import { type RandomSource, streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Kind } from '../state/codes.js';
import { NEVER_DISCRIMINATED, type Persons } from '../state/persons.js';
import { TALLY_COUNT, Tally } from '../state/tallies.js';
import { lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

/**
 * Discrimination events (docs/model.md#discrimination). A person who met host-majority persons this
 * quarter suffers an event with chance base × (mean prejudice of those met) × (1 − e ×
 * anti_discrimination). An event resets quartersSinceDiscrimination (which employment and the
 * acculturation target read: the one channel to host orientation), counts in the tally (persons), and
 * lowers trust in the host by a fixed share of itself; trust recovers here, in quarters without an
 * event, toward the usual level of the person's kind (the initial median: students are warmer).
 */
const STREAM = streamId('discrimination');
const ENFORCEMENT_IDS = DIASPORAS.map((d) => `${d}.anti_discrimination`);
const factor = new Float64Array(DIASPORA_COUNT);

const NEVER = NEVER_DISCRIMINATED;
const STUDENT = Kind.student;
const EVENTS = Tally.discriminationEvents;
const TALLIES_PER_DIASPORA = TALLY_COUNT;
/** Per-step values of the sweep. */
const setup = {
  keepTrust: Number.NaN,
  recovery: Number.NaN,
  usualTrust: Number.NaN,
  usualStudentTrust: Number.NaN,
  key: Number.NaN,
};

export const applyDiscrimination: Rule = (state, levers, params, rng, step) => {
  const base = param(params, 'discrimination.base_rate');
  const effect = param(params, 'discrimination.enforcement_effect');
  setup.keepTrust = 1 - param(params, 'discrimination.trust_drop');
  setup.recovery = param(params, 'discrimination.trust_recovery');
  setup.usualTrust = param(params, 'attitudes.initial_diaspora_trust');
  setup.usualStudentTrust = param(params, 'attitudes.initial_student_trust');
  for (let d = 0; d < DIASPORA_COUNT; d++) factor[d] = base * Math.max(0, 1 - effect * lever(levers, ENFORCEMENT_IDS[d]));
  setup.key = rng.streamKey(STREAM, step);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) discriminate(state.persons, state.tallies, rng, from, blockEnd(from, end));
};

function discriminate(p: Persons, tallies: Float64Array, rng: RandomSource, from: number, to: number): void {
  const { alive, contactsHost, metPrejudice, quartersSinceDiscrimination, diaspora, id, kind } = p;
  const { trustHost, weight } = p;
  const { keepTrust, recovery, usualTrust, usualStudentTrust, key } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const since = quartersSinceDiscrimination[i];
    if (contactsHost[i] > 0) {
      const d = diaspora[i];
      const chance = factor[d] * metPrejudice[i];
      if (chance > 0 && rng.uniform(key, id[i], 0) < chance) {
        quartersSinceDiscrimination[i] = 0;
        trustHost[i] *= keepTrust;
        tallies[d * TALLIES_PER_DIASPORA + EVENTS] += weight[i];
        continue;
      }
    }
    if (since < NEVER) quartersSinceDiscrimination[i] = since + 1;
    const usual = kind[i] === STUDENT ? usualStudentTrust : usualTrust;
    trustHost[i] += recovery * (usual - trustHost[i]);
  }
}
