import {
  everPartneredShare,
  FERTILITY_FIRST_AGE_YEARS,
  MAX_AGE_QUARTERS,
  mixedUnionShare,
  silerCumulativeHazard,
  vitalRatesOf,
} from '../../data/vitalRates.js';
import { COUNTRY_OF_HOST, fertilityAgeSharesOf, WPP_FIRST_YEAR } from '../../data/worldPopulationProspects.js';
import { exp } from '../../math/index.js';
import { type RandomSource, streamId } from '../../rng.js';
import { Kind, Partner, Sex } from '../codes.js';
import { ADULT_QUARTERS } from '../households.js';
import type { SimulationState } from '../simulationState.js';

const STREAM = streamId('initial households');
// Draws per person id.
const DRAW = { partnered: 0, mixed: 1, birthAge: 2, pool: 3, pick: 4 } as const;
/** Draw numbers of a minor's later tries start this much further on. */
const DRAWS_PER_TRY = 3;
/** The life tables of this year give the chance that a spouse is still alive (as for the age pyramid). */
const TABLE_YEAR = 2023;
/** A minor's mother is looked for this many times (a new age at birth each time) before the child counts as an orphan. */
const MOTHER_TRIES = 4;
/** Share of children placed with a mother in a union when the draw finds one of that age (as births favour them). */
const MOTHER_IN_UNION_SHARE = 0.95;

/**
 * Couples and children of the 2021 population (docs/model.md, "Initialisation"), before the network
 * is built. Per region, each settled adult is in a union with the chance of the union schedule by
 * their age (the share ever partnered, times the chance that a spouse the age gap apart is still
 * alive under the 2023 life table); of those, the region's mixed share have a host-majority partner.
 * The others are paired by rank of age (pairByAge); the unpaired stay single (widowed).
 * Each minor is placed with a mother: an age at birth drawn from the 2021 fertility age pattern of
 * the host country, then a woman of the region of that age (one in a union with chance 0.95 if any),
 * else a few more tries, else the child is an orphan.
 */
export function formInitialHouseholds(state: SimulationState, params: Readonly<Record<string, number>>, rng: RandomSource): void {
  const p = state.persons;
  const key = rng.streamKey(STREAM, 0);
  const rates = vitalRatesOf(params);
  const gap = rates.assumptions.unionAgeGap;
  const never = rates.assumptions.neverPartneredShare;
  const meanAges = rates.assumptions.womenMeanUnionAge;
  for (let r = 0; r < state.regions.length; r++) {
    const d = state.regions[r].diaspora;
    const mixed = mixedUnionShare(rates, state.regions[r].enclaveShare);
    const hazards = rates.hazards[COUNTRY_OF_HOST[d]];
    // P(spouse alive at a | alive at the mean age at union): spouse of a woman is `gap` older, of a man `gap` younger.
    const spouseAlive = (age: number, sex: number) => {
      const spouseAge = sex === Sex.female ? age + gap : age - gap;
      const atUnion = meanAges[d] + (sex === Sex.female ? gap : 0);
      const h = hazards[1 - sex][TABLE_YEAR - WPP_FIRST_YEAR];
      return exp(silerCumulativeHazard(h, atUnion) - silerCumulativeHazard(h, Math.max(atUnion, spouseAge)));
    };
    const women: number[] = [];
    const men: number[] = [];
    const minors: number[] = [];
    for (let i = 0; i < p.end; i++) {
      if (p.alive[i] === 0 || p.kind[i] !== Kind.settled || p.region[i] !== r) continue;
      const age = p.ageQuarters[i];
      if (age < ADULT_QUARTERS) {
        minors.push(i);
        continue;
      }
      const years = age / 4;
      const sex = p.sex[i];
      const share = everPartneredShare(years, meanAges[d], sex === Sex.female ? 0 : gap, never) * spouseAlive(years, sex);
      if (rng.uniform(key, p.id[i], DRAW.partnered) >= share) continue;
      if (rng.uniform(key, p.id[i], DRAW.mixed) < mixed) p.partner[i] = Partner.hostMajority;
      else (sex === Sex.female ? women : men).push(i);
    }
    pairByAge(state, women, men);
    placeChildren(state, r, minors, key, rng);
  }
}

/**
 * Pairs women and men in a union by rank of age (quantile matching: the i-th youngest of the more
 * numerous sex with the one at the same relative rank of the other; the rest of the more numerous
 * sex stay single), so the age gap of couples is the shift between the two sexes' distributions of
 * age in a union, about the assumed gap. A pair more than 2 years apart one way or 12 the other, or
 * of different weights, is not formed.
 */
function pairByAge(state: SimulationState, women: number[], men: number[]): void {
  const p = state.persons;
  const byAge = (a: number, b: number) => p.ageQuarters[a] - p.ageQuarters[b] || p.id[a] - p.id[b];
  women.sort(byAge);
  men.sort(byAge);
  const pairs = Math.min(women.length, men.length);
  for (let k = 0; k < pairs; k++) {
    const w = women[Math.floor((k * women.length) / pairs)];
    const m = men[Math.floor((k * men.length) / pairs)];
    const difference = p.ageQuarters[m] - p.ageQuarters[w];
    if (difference < -8 || difference > 48 || p.weight[m] !== p.weight[w]) continue;
    p.partner[w] = m;
    p.partner[m] = w;
  }
}

function placeChildren(state: SimulationState, r: number, minors: number[], key: number, rng: RandomSource): void {
  const p = state.persons;
  const d = state.regions[r].diaspora;
  // Women of the region by age in years: all, and those in a union.
  const all: number[][] = Array.from({ length: MAX_AGE_QUARTERS / 4 + 1 }, () => []);
  const inUnion: number[][] = Array.from({ length: MAX_AGE_QUARTERS / 4 + 1 }, () => []);
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 0 || p.kind[i] !== Kind.settled || p.region[i] !== r || p.sex[i] !== Sex.female) continue;
    const years = Math.floor(p.ageQuarters[i] / 4);
    all[years].push(i);
    if (p.partner[i] !== Partner.none) inUnion[years].push(i);
  }
  const shares = fertilityAgeSharesOf(COUNTRY_OF_HOST[d], WPP_FIRST_YEAR);
  for (const child of minors) {
    const id = p.id[child];
    for (let attempt = 0; attempt < MOTHER_TRIES; attempt++) {
      const offset = DRAWS_PER_TRY * attempt;
      const birthAge = drawBirthAge(shares, rng.uniform(key, id, DRAW.birthAge + offset));
      const years = Math.floor(p.ageQuarters[child] / 4) + birthAge;
      if (years >= all.length) continue;
      const partnered = inUnion[years];
      const pool = partnered.length > 0 && rng.uniform(key, id, DRAW.pool + offset) < MOTHER_IN_UNION_SHARE ? partnered : all[years];
      if (pool.length === 0) continue;
      const mother = pool[Math.floor(rng.uniform(key, id, DRAW.pick + offset) * pool.length)];
      if (p.weight[mother] !== p.weight[child] || p.ageQuarters[mother] - p.ageQuarters[child] < FERTILITY_FIRST_AGE_YEARS * 4) continue;
      p.parent[child] = mother;
      break;
    }
  }
}

/** A mother's age at a birth (whole years): a five-year group by the age shares, then a year within it. */
function drawBirthAge(shares: readonly number[], u: number): number {
  let cumulative = 0;
  for (let g = 0; g < shares.length; g++) {
    cumulative += shares[g];
    if (u < cumulative || g === shares.length - 1) {
      const within = Math.min(4, Math.floor(((u - cumulative + shares[g]) / shares[g]) * 5));
      return FERTILITY_FIRST_AGE_YEARS + 5 * g + Math.max(0, within);
    }
  }
  return FERTILITY_FIRST_AGE_YEARS;
}
