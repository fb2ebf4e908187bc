import { type VitalRates, vitalRatesFor } from '../data/vitalRates.js';
import type { Persons } from '../state/persons.js';
import { type Assumptions, param } from './rule.js';

/** Adults are 18 or older (the age of majority in both countries): minors move with a parent. */
export const ADULT_QUARTERS = 18 * 4;
/** Enclave share at which unions.mixed_share applies. */
const REFERENCE_ENCLAVE_SHARE = 0.5;

const ratesOfParams = new WeakMap<Assumptions, VitalRates>();

/** The vital-rate schedules for a run's assumptions (looked up once per assumptions object). */
export function vitalRatesOf(params: Assumptions): VitalRates {
  let rates = ratesOfParams.get(params);
  if (!rates) {
    rates = vitalRatesFor({
      infantMortality: param(params, 'demography.infant_mortality'),
      slope: param(params, 'demography.gompertz_slope'),
      lifeExpectancyShift: param(params, 'demography.life_expectancy_shift'),
      fertilityShift: param(params, 'demography.fertility_shift'),
      relativeFertility: [param(params, 'demography.uz_in_kz_relative_fertility'), param(params, 'demography.kz_in_uz_relative_fertility')],
      womenMeanUnionAge: [param(params, 'unions.uz_in_kz_women_mean_age'), param(params, 'unions.kz_in_uz_women_mean_age')],
      unionAgeGap: param(params, 'unions.age_gap_years'),
      neverPartneredShare: param(params, 'unions.never_partnered_share'),
    });
    ratesOfParams.set(params, rates);
  }
  return rates;
}

/** Share of a member's unions formed with a host-majority partner in a region of this enclave share. */
export function mixedUnionShare(params: Assumptions, enclaveShare: number): number {
  return Math.min(1, (param(params, 'unions.mixed_share') * (1 - enclaveShare)) / (1 - REFERENCE_ENCLAVE_SHARE));
}

/**
 * The adult a minor lives with: the parent if alive (a parent who died this quarter is replaced by
 * that parent's surviving diaspora partner, as the network repair will do), and if that parent is a
 * minor too (a teenage mother), the adult she lives with; -1 for an orphan.
 */
export function householdAdultOf(p: Persons, child: number): number {
  let a = child;
  for (let depth = 0; depth < 4 && p.ageQuarters[a] < ADULT_QUARTERS; depth++) {
    const g = p.parent[a];
    if (g < 0) return -1;
    if (p.alive[g] !== 0) a = g;
    else {
      const other = p.partner[g];
      if (other < 0 || p.alive[other] === 0) return -1;
      a = other;
    }
  }
  return p.ageQuarters[a] >= ADULT_QUARTERS ? a : -1;
}
