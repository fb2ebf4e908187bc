import { exp } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import type { Hosts } from '../state/hosts.js';
import type { Assumptions, Rule } from './rule.js';
import { param } from './rule.js';
import { logistic, logit } from './socialShared.js';
import { blockEnd } from './sweep.js';

/**
 * Host-majority prejudice and the contact effect (docs/model.md#prejudice). Over a quarter
 * with c quality-weighted contacts (per host person, hosts.contactsStep), prejudice falls to
 * p·exp(−δc) (each contact lowers it by about δ·p), then drifts back toward the host's own no-contact
 * level b at rate λ. b is spread around the societal level p0 on the log-odds scale and is a fixed
 * draw per host (recomputed, not stored): the heterogeneity that contact does not explain.
 */
const BASELINE_STREAM = streamId('host prejudice baseline');

/** The no-contact prejudice level of host j: logistic(logit(p0) + spread × z_j), z_j a fixed normal draw. */
export function prejudiceBaseline(rng: RandomSource, params: Assumptions, host: number): number {
  const centre = logit(param(params, 'prejudice.societal_level'));
  const spread = param(params, 'prejudice.spread');
  return logistic(centre + spread * rng.normal(rng.streamKey(BASELINE_STREAM, 0), host, 0));
}

/**
 * The hosts' no-contact levels, kept between steps: valid while the run's key, the two assumptions and
 * the host count are those it was computed for (another simulation in the same thread recomputes it).
 */
const baselineCache = { key: -1, centre: Number.NaN, spread: Number.NaN, values: new Float64Array(0) };

export function prejudiceBaselines(rng: RandomSource, params: Assumptions, count: number): Float64Array {
  const key = rng.streamKey(BASELINE_STREAM, 0);
  const centre = logit(param(params, 'prejudice.societal_level'));
  const spread = param(params, 'prejudice.spread');
  const c = baselineCache;
  if (c.key === key && c.centre === centre && c.spread === spread && c.values.length === count) return c.values;
  if (c.values.length !== count) c.values = new Float64Array(count);
  for (let j = 0; j < count; j++) c.values[j] = logistic(centre + spread * rng.normal(key, j, 0));
  c.key = key;
  c.centre = centre;
  c.spread = spread;
  return c.values;
}

export const applyPrejudice: Rule = (state, _levers, params, rng) => {
  const hosts = state.hosts;
  const delta = param(params, 'prejudice.contact_effect');
  const lambda = param(params, 'prejudice.recovery_rate');
  const baseline = prejudiceBaselines(rng, params, hosts.count);
  rates[0] = delta;
  rates[1] = lambda;
  for (let from = 0; from < hosts.count; from = blockEnd(from, hosts.count))
    relaxPrejudice(hosts, baseline, from, blockEnd(from, hosts.count));
};

/** The contact effect δ and recovery rate λ of the step. */
const rates = new Float64Array(2);

function relaxPrejudice(hosts: Hosts, baseline: Float64Array, from: number, to: number): void {
  const { prejudice, contactsStep } = hosts;
  const delta = rates[0];
  const lambda = rates[1];
  for (let j = from; j < to; j++) {
    const afterContact = contactsStep[j] > 0 ? prejudice[j] * exp(-delta * contactsStep[j]) : prejudice[j];
    prejudice[j] = afterContact + lambda * (baseline[j] - afterContact);
  }
}
