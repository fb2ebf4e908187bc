import { exp, expm1, log, sqrt } from '../math/index.js';
import { COUNTRY_OF_HOST, fertilityAgeSharesOf, WPP_2024, WPP_FIRST_YEAR, WPP_LAST_YEAR } from './worldPopulationProspects.js';

/**
 * Mortality, fertility and union-formation schedules, computed once per set of assumptions and kept
 * (docs/model.md, "Ageing and death", "Births", "Unions"). Nothing here runs per step.
 *
 * Mortality is a Siler hazard μ(a) = J·exp(−κa) + M + B·exp(βa) per year: a juvenile term that
 * fades over the first years (J set by the probability of dying in the first year, κ = 3 a year),
 * a Makeham constant M and a Gompertz term of slope β. For each country, sex and year 2021–2045 the
 * level B is fitted so that life expectancy at birth equals the WPP 2024 figure (plus an assumed
 * shift). Survival S(a) = exp(−H(a)), H(a) = (J/κ)(1 − exp(−κa)) + Ma + (B/β)(exp(βa) − 1), and
 * e0 = ∫ S(a) da to age 120, when death is certain.
 */
export const MAX_AGE_QUARTERS = 120 * 4;
export const FERTILITY_FIRST_AGE_YEARS = 15;
export const FERTILITY_LAST_AGE_YEARS = 49;
export const FERTILITY_GROUPS = 7;
export const YEARS = WPP_LAST_YEAR - WPP_FIRST_YEAR + 1;

/** Decay of the juvenile hazard, per year: it falls twentyfold over the first year of life. */
export const JUVENILE_DECAY = 3;
/** Makeham (background) hazard per year, both sexes: accidents and other age-independent deaths. Assumption. */
export const MAKEHAM_HAZARD = 0.0006;

export interface SilerHazard {
  readonly juvenile: number;
  readonly juvenileDecay: number;
  readonly makeham: number;
  readonly senescent: number;
  readonly slope: number;
}

/** Cumulative hazard H(a) to exact age `years`. */
export function silerCumulativeHazard(h: SilerHazard, years: number): number {
  return (
    (h.juvenile / h.juvenileDecay) * -expm1(-h.juvenileDecay * years) + h.makeham * years + (h.senescent / h.slope) * expm1(h.slope * years)
  );
}

/** The juvenile level J giving probability q0 of dying in the first year (ignoring the small other terms there). */
export function juvenileLevelFor(infantMortality: number): number {
  return (-log(1 - infantMortality) * JUVENILE_DECAY) / -expm1(-JUVENILE_DECAY);
}

// Integration grid of the fit: 0.1 year to age 120 (trapezoid rule).
const GRID_STEP = 0.1;
const GRID_POINTS = 1201;

/** Life expectancy at birth under a Siler hazard (deaths certain at 120). */
export function silerLifeExpectancy(h: SilerHazard): number {
  let sum = 0;
  for (let k = 0; k < GRID_POINTS; k++) {
    const s = exp(-silerCumulativeHazard(h, k * GRID_STEP));
    sum += k === 0 || k === GRID_POINTS - 1 ? s / 2 : s;
  }
  return sum * GRID_STEP;
}

/**
 * The senescent level B giving life expectancy e0 (Newton steps on log B over the precomputed
 * juvenile and Makeham part: H = H0 + B·G, so each step costs one pass over the grid).
 */
export function fitSenescentLevel(lifeExpectancy: number, juvenile: number, makeham: number, slope: number): number {
  const h0 = new Float64Array(GRID_POINTS);
  const g = new Float64Array(GRID_POINTS);
  for (let k = 0; k < GRID_POINTS; k++) {
    const a = k * GRID_STEP;
    h0[k] = silerCumulativeHazard({ juvenile, juvenileDecay: JUVENILE_DECAY, makeham, senescent: 0, slope }, a);
    g[k] = expm1(slope * a) / slope;
  }
  const e0 = (logB: number) => {
    const b = exp(logB);
    let value = 0;
    let derivative = 0;
    for (let k = 0; k < GRID_POINTS; k++) {
      const w = k === 0 || k === GRID_POINTS - 1 ? GRID_STEP / 2 : GRID_STEP;
      const s = exp(-h0[k] - b * g[k]) * w;
      value += s;
      derivative -= s * g[k] * b;
    }
    return [value, derivative];
  };
  let lo = log(1e-12);
  let hi = log(1);
  let x = log(1e-4);
  for (let i = 0; i < 100; i++) {
    const [value, derivative] = e0(x);
    const error = value - lifeExpectancy;
    if (Math.abs(error) < 1e-9) break;
    // e0 falls as B rises: keep a bracket, and bisect when a Newton step leaves it.
    if (error > 0) lo = x;
    else hi = x;
    const next = x - error / derivative;
    x = next > lo && next < hi ? next : (lo + hi) / 2;
  }
  return exp(x);
}

/** Probability of dying within each quarter of age (0..MAX_AGE_QUARTERS; certain at the last). */
export function quarterlyDeathTable(h: SilerHazard): Float64Array {
  const table = new Float64Array(MAX_AGE_QUARTERS + 1);
  let before = 0;
  for (let q = 0; q < MAX_AGE_QUARTERS; q++) {
    const after = silerCumulativeHazard(h, (q + 1) / 4);
    table[q] = -expm1(-(after - before));
    before = after;
  }
  table[MAX_AGE_QUARTERS] = 1;
  return table;
}

/** Assumptions the schedules depend on (the cache key). */
export interface VitalAssumptions {
  readonly infantMortality: number;
  readonly slope: number;
  readonly lifeExpectancyShift: number;
  readonly fertilityShift: number;
  readonly relativeFertility: readonly number[];
  readonly womenMeanUnionAge: readonly number[];
  readonly unionAgeGap: number;
  readonly neverPartneredShare: number;
  /** Share of unions with the host majority at the reference enclave share (unions.mixed_share). */
  readonly mixedShare: number;
}

export interface VitalRates {
  readonly assumptions: VitalAssumptions;
  /** Siler hazards by [country][sex][year index]. */
  readonly hazards: readonly (readonly (readonly SilerHazard[])[])[];
  /** Quarterly death probabilities by [country][sex][year index][age in quarters]. */
  readonly death: readonly (readonly (readonly Float64Array[])[])[];
  /** Expected births per woman per quarter by [diaspora][year index][age group 15–19 … 45–49]. */
  readonly fertility: readonly (readonly Float64Array[])[];
  /** The country's own births per woman per year by [country][year index][age group] (WPP, no diaspora factor). */
  readonly countryFertility: readonly (readonly Float64Array[])[];
  /** Quarterly chance that a single woman (index 0) or man (1) of each age in quarters forms a union, by [diaspora][sex]. */
  readonly union: readonly (readonly Float64Array[])[];
}

const cache = new Map<string, VitalRates>();
const ratesOfParams = new WeakMap<object, VitalRates>();

/** An assumption by id, failing loudly on a misspelt one (as rules' `param`, which data does not import). */
function assumption(params: Readonly<Record<string, number>>, id: string): number {
  const value = params[id];
  if (value === undefined) throw new Error(`unknown assumption "${id}"`);
  return value;
}

/** The schedules for a run's assumptions (looked up once per assumptions object, then by value). */
export function vitalRatesOf(params: Readonly<Record<string, number>>): VitalRates {
  let rates = ratesOfParams.get(params);
  if (!rates) {
    rates = vitalRatesFor({
      infantMortality: assumption(params, 'demography.infant_mortality'),
      slope: assumption(params, 'demography.gompertz_slope'),
      lifeExpectancyShift: assumption(params, 'demography.life_expectancy_shift'),
      fertilityShift: assumption(params, 'demography.fertility_shift'),
      relativeFertility: [
        assumption(params, 'demography.uz_in_kz_relative_fertility'),
        assumption(params, 'demography.kz_in_uz_relative_fertility'),
      ],
      womenMeanUnionAge: [assumption(params, 'unions.uz_in_kz_women_mean_age'), assumption(params, 'unions.kz_in_uz_women_mean_age')],
      unionAgeGap: assumption(params, 'unions.age_gap_years'),
      neverPartneredShare: assumption(params, 'unions.never_partnered_share'),
      mixedShare: assumption(params, 'unions.mixed_share'),
    });
    ratesOfParams.set(params, rates);
  }
  return rates;
}

/** Enclave share at which unions.mixed_share applies. */
const REFERENCE_ENCLAVE_SHARE = 0.5;

/** Share of a member's unions formed with a host-majority partner in a region of this enclave share. */
export function mixedUnionShare(rates: VitalRates, enclaveShare: number): number {
  return Math.min(1, (rates.assumptions.mixedShare * (1 - enclaveShare)) / (1 - REFERENCE_ENCLAVE_SHARE));
}

/** The schedules for a set of assumptions (built on first use, then shared by every run with the same ones). */
export function vitalRatesFor(assumptions: VitalAssumptions): VitalRates {
  const key = JSON.stringify(assumptions);
  let rates = cache.get(key);
  if (!rates) {
    rates = buildVitalRates(assumptions);
    cache.set(key, rates);
  }
  return rates;
}

function buildVitalRates(a: VitalAssumptions): VitalRates {
  const juvenile = juvenileLevelFor(a.infantMortality);
  const hazards = WPP_2024.map((country) =>
    [country.lifeExpectancyFemale, country.lifeExpectancyMale].map((lifeExpectancies) =>
      lifeExpectancies.map((e0) => ({
        juvenile,
        juvenileDecay: JUVENILE_DECAY,
        makeham: MAKEHAM_HAZARD,
        senescent: fitSenescentLevel(e0 + a.lifeExpectancyShift, juvenile, MAKEHAM_HAZARD, a.slope),
        slope: a.slope,
      })),
    ),
  );
  const death = hazards.map((bySex) => bySex.map((byYear) => byYear.map(quarterlyDeathTable)));
  const fertility = COUNTRY_OF_HOST.map((country, d) =>
    Array.from({ length: YEARS }, (_, y) => {
      const total = Math.max(0, WPP_2024[country].totalFertility[y] * a.relativeFertility[d] + a.fertilityShift);
      // Spread the group's births over its 20 quarters.
      return Float64Array.from(fertilityAgeSharesOf(country, WPP_FIRST_YEAR + y), (share) => (total * share) / 20);
    }),
  );
  const countryFertility = WPP_2024.map((country, c) =>
    country.totalFertility.map((total, y) =>
      Float64Array.from(fertilityAgeSharesOf(c, WPP_FIRST_YEAR + y), (share) => (total * share) / 5),
    ),
  );
  const union = COUNTRY_OF_HOST.map((_, d) => [
    unionHazard(a.womenMeanUnionAge[d], 0, a.neverPartneredShare),
    unionHazard(a.womenMeanUnionAge[d], a.unionAgeGap, a.neverPartneredShare),
  ]);
  return { assumptions: a, hazards, death, fertility, countryFertility, union };
}

/**
 * Age at first union: 18 (the legal minimum in both countries) plus a lognormal with the given mean
 * and a standard deviation of UNION_AGE_SD years (an assumption: a right-skewed shape like the
 * Coale–McNeil model of first-marriage ages, in a simpler form); a share never forms one. Men's schedule is women's
 * shifted by the age gap.
 */
export const UNION_MIN_AGE_YEARS = 18;
export const UNION_AGE_SD = 3.5;

/** Cumulative share of a cohort ever in a union by exact age `years` (before mortality). */
export function everPartneredShare(years: number, meanAge: number, gap: number, neverShare: number): number {
  const x = years - gap - UNION_MIN_AGE_YEARS;
  if (x <= 0) return 0;
  const mean = meanAge - UNION_MIN_AGE_YEARS;
  const sigma2 = log(1 + (UNION_AGE_SD / mean) ** 2);
  const mu = log(mean) - sigma2 / 2;
  return (1 - neverShare) * normalCdf((log(x) - mu) / sqrt(sigma2));
}

/** P(union in quarter q | single at its start), q in quarters. */
function unionHazard(meanAge: number, gap: number, neverShare: number): Float64Array {
  const table = new Float64Array(MAX_AGE_QUARTERS + 1);
  for (let q = 0; q < MAX_AGE_QUARTERS; q++) {
    const before = everPartneredShare(q / 4, meanAge, gap, neverShare);
    const after = everPartneredShare((q + 1) / 4, meanAge, gap, neverShare);
    table[q] = before < 1 ? (after - before) / (1 - before) : 0;
  }
  return table;
}

/** Standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const density = exp((-z * z) / 2) / sqrt(2 * Math.PI);
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z >= 0 ? 1 - tail : tail;
}

/**
 * Cumulative distribution over age in quarters of a stable population growing at `growthRate` a
 * year under a hazard: density ∝ exp(−r·a)·S(a). Used to draw the 2021 age pyramid.
 */
export function stableAgeCumulative(h: SilerHazard, growthRate: number): Float64Array {
  const cumulative = new Float64Array(MAX_AGE_QUARTERS);
  let total = 0;
  for (let q = 0; q < MAX_AGE_QUARTERS; q++) {
    const a = (q + 0.5) / 4;
    total += exp(-growthRate * a - silerCumulativeHazard(h, a));
    cumulative[q] = total;
  }
  for (let q = 0; q < MAX_AGE_QUARTERS; q++) cumulative[q] /= total;
  return cumulative;
}

/** Index of the first entry of an increasing cumulative table at or above u. */
export function drawFromCumulative(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The year index (0 = 2021) of a simulation step. */
export function yearIndexOfStep(startYear: number, stepsPerYear: number, step: number): number {
  const year = startYear + Math.floor(step / stepsPerYear);
  return Math.min(YEARS - 1, Math.max(0, year - WPP_FIRST_YEAR));
}
