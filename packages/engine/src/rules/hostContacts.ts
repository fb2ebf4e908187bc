import { CONTACT_YEAR_MEMORY, hostPersonsFromRegionWeights, prejudiceBaseline } from '../equations/social.js';
import { param } from '../equations/values.js';
import { exp } from '../math/index.js';
import type { HostKernel, PersonKernel } from './kernel.js';

/**
 * The host side of the quarter's contacts (docs/model.md#contacts, #prejudice). regionPersons sums each
 * region's diaspora persons (before the contacts), which sets how many host-majority persons a host
 * agent stands for (hosts.personsPerAgent). contactMemory turns a host's contacts (persons × quality,
 * summed by the contacts kernel) into contacts per host person and adds them to the year's memory
 * (x ← ¾x + this quarter's: the four-quarter sum when contacts are steady). prejudice lowers a host's
 * prejudice by the contact effect, p·exp(−δc), then lets it drift back toward the host's own no-contact
 * level b at λ: b = logistic(logit(p0) + spread·z), a fixed draw per host (the heterogeneity that
 * contact does not explain).
 */
export interface RegionSumsStep {
  persons: Float64Array;
}

export const regionPersons: PersonKernel<RegionSumsStep> = {
  name: 'region persons',
  step: { persons: new Float64Array(0) },
  begin(state) {
    const s = regionPersons.step;
    if (s.persons.length !== state.regions.length) s.persons = new Float64Array(state.regions.length);
    s.persons.fill(0);
  },
  person(i, p, s) {
    s.persons[p.region[i]] += p.weight[i];
  },
  end(state, _levers, params) {
    const perAgent = state.hosts.personsPerAgent;
    perAgent.set(regionPersons.step.persons);
    hostPersonsFromRegionWeights(state, params, perAgent);
  },
};

export interface ContactMemoryStep {
  scale: Float64Array;
}

export const contactMemory: HostKernel<ContactMemoryStep> = {
  name: 'contacts per host person',
  step: { scale: new Float64Array(0) },
  begin(state) {
    contactMemory.step.scale = state.hosts.personsPerAgent;
  },
  host(j, h, s) {
    const perPerson = h.contactsStep[j] / s.scale[h.region[j]];
    h.contactsStep[j] = perPerson;
    h.contactsYear[j] = CONTACT_YEAR_MEMORY * h.contactsYear[j] + perPerson;
  },
};

export interface PrejudiceStep {
  delta: number;
  lambda: number;
  baseline: Float64Array;
}

/** The hosts' no-contact levels, kept between steps (recomputed for another run, assumptions or host count). */
const cache = { key: Number.NaN, centre: Number.NaN, spread: Number.NaN, count: -1 };

export const prejudice: HostKernel<PrejudiceStep> = {
  name: 'prejudice',
  step: { delta: Number.NaN, lambda: Number.NaN, baseline: new Float64Array(0) },
  begin(state, _levers, params, rng) {
    const s = prejudice.step;
    s.delta = param(params, 'prejudice.contact_effect');
    s.lambda = param(params, 'prejudice.recovery_rate');
    const key = rng.streamKey(0, 0);
    const centre = param(params, 'prejudice.societal_level');
    const spread = param(params, 'prejudice.spread');
    const count = state.hosts.count;
    if (cache.key !== key || cache.centre !== centre || cache.spread !== spread || cache.count !== count) {
      if (s.baseline.length !== count) s.baseline = new Float64Array(count);
      for (let j = 0; j < count; j++) s.baseline[j] = prejudiceBaseline(rng, params, j);
      Object.assign(cache, { key, centre, spread, count });
    }
  },
  host(j, h, s) {
    const afterContact = h.contactsStep[j] > 0 ? h.prejudice[j] * exp(-s.delta * h.contactsStep[j]) : h.prejudice[j];
    h.prejudice[j] = afterContact + s.lambda * (s.baseline[j] - afterContact);
  },
};
