/**
 * Mortality and fertility schedules. Mortality is a Gompertz hazard μ(a) = α·exp(β·a) per year with
 * the slope β given and the level α fitted (bisection) so that life expectancy at birth equals the
 * assumption e0; survival S(a) = exp(−(α/β)(exp(βa) − 1)) and e0 = ∫ S(a) da. A pure Gompertz hazard
 * has no infant-mortality hump and no Makeham constant: deaths of children and young adults are
 * under-, those of the old slightly over-stated (docs/model.md).
 */
export const MAX_AGE_QUARTERS = 120 * 4;

/** Survival to exact age `years` under the Gompertz hazard. */
export function gompertzSurvival(alpha: number, beta: number, years: number): number {
  return Math.exp(-(alpha / beta) * Math.expm1(beta * years));
}

/** Life expectancy at birth (trapezoid rule, 0.05 year steps to age 130). */
export function gompertzLifeExpectancy(alpha: number, beta: number): number {
  const h = 0.05;
  let sum = 0.5;
  for (let a = h; a < 130; a += h) sum += gompertzSurvival(alpha, beta, a);
  return sum * h;
}

/** The level α giving life expectancy e0 for slope β (bisection on log α). */
export function fitGompertzLevel(lifeExpectancy: number, beta: number): number {
  let lo = Math.log(1e-9);
  let hi = Math.log(1);
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    // A higher level means earlier deaths.
    if (gompertzLifeExpectancy(Math.exp(mid), beta) > lifeExpectancy) lo = mid;
    else hi = mid;
  }
  return Math.exp((lo + hi) / 2);
}

const deathTables = new Map<string, Float64Array>();

/**
 * Probability of dying within a quarter at each age in quarters (0..MAX_AGE_QUARTERS; certain at the
 * last), computed once per (e0, β) and cached.
 */
export function quarterlyDeathProbabilities(lifeExpectancy: number, beta: number): Float64Array {
  const key = `${lifeExpectancy}|${beta}`;
  let table = deathTables.get(key);
  if (!table) {
    const alpha = fitGompertzLevel(lifeExpectancy, beta);
    table = new Float64Array(MAX_AGE_QUARTERS + 1);
    const growth = Math.expm1(beta / 4);
    for (let q = 0; q < MAX_AGE_QUARTERS; q++) table[q] = -Math.expm1(-(alpha / beta) * Math.exp((beta * q) / 4) * growth);
    table[MAX_AGE_QUARTERS] = 1;
    deathTables.set(key, table);
  }
  return table;
}

const pyramidTables = new Map<string, Float64Array>();

/**
 * Cumulative distribution over age in quarters of a stable population growing at `growthRate` a
 * year under this mortality: density ∝ exp(−r·a)·S(a). Used to draw the 2021 age pyramid, so the
 * initial ages agree with the model's own vital rates.
 */
export function stableAgeCumulative(lifeExpectancy: number, beta: number, growthRate: number): Float64Array {
  const key = `${lifeExpectancy}|${beta}|${growthRate}`;
  let cumulative = pyramidTables.get(key);
  if (!cumulative) {
    const alpha = fitGompertzLevel(lifeExpectancy, beta);
    cumulative = new Float64Array(MAX_AGE_QUARTERS);
    let total = 0;
    for (let q = 0; q < MAX_AGE_QUARTERS; q++) {
      const a = (q + 0.5) / 4;
      total += Math.exp(-growthRate * a) * gompertzSurvival(alpha, beta, a);
      cumulative[q] = total;
    }
    for (let q = 0; q < MAX_AGE_QUARTERS; q++) cumulative[q] /= total;
    pyramidTables.set(key, cumulative);
  }
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

/**
 * Shares of lifetime fertility by five-year age group of the mother, 15–19 … 45–49 (sum 1): the
 * shape of Central Asian schedules, peaking at 25–29 (assumption, after the shape of Kazakhstan's
 * 2021 age-specific rates). A woman of age a bears a child in a quarter with probability
 * TFR · share(a) / 5 / 4.
 */
export const FERTILITY_AGE_SHARES = [0.04, 0.25, 0.3, 0.22, 0.13, 0.05, 0.01] as const;
export const FERTILITY_FIRST_AGE_YEARS = 15;
export const FERTILITY_LAST_AGE_YEARS = 49;
