import { describe, expect, it } from 'vitest';
import { WPP_2024 } from '../../../packages/engine/src/data/worldPopulationProspects.js';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { createSimulation } from '../../../packages/engine/src/run/simulation.js';
import { INDICATOR_IDS } from '../../../packages/engine/src/scenario/catalog/index.js';
import { Kind } from '../../../packages/engine/src/state/codes.js';
import { createInitialState } from '../../../packages/engine/src/state/createInitialState.js';
import { baselineWith, indicator } from './support.js';

/**
 * The diasporas' populations against a cohort-component projection written here from the published
 * inputs alone: WPP 2024 total fertility, its age pattern and life expectancy by sex and year, a
 * plain Gompertz mortality (slope 0.085, no infant term: a deliberately different age pattern from
 * the engine's Siler hazard, with the same life expectancy), quarterly steps from the model's own
 * 2021 age and sex structure (an input, not a result). No unions, households or random draws.
 */
const LAST_AGE = 480;
const SLOPE = 0.085;

function gompertzDeathTable(e0: number): Float64Array {
  const survival = (alpha: number, a: number) => Math.exp(-(alpha / SLOPE) * (Math.exp(SLOPE * a) - 1));
  const lifeExpectancy = (alpha: number) => {
    let sum = 0.5;
    for (let a = 0.05; a < 120; a += 0.05) sum += survival(alpha, a);
    return sum * 0.05;
  };
  let lo = -20;
  let hi = 0;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (lifeExpectancy(Math.exp(mid)) > e0) lo = mid;
    else hi = mid;
  }
  const alpha = Math.exp((lo + hi) / 2);
  const table = new Float64Array(LAST_AGE + 1);
  for (let q = 0; q < LAST_AGE; q++) table[q] = 1 - survival(alpha, (q + 1) / 4) / survival(alpha, q / 4);
  table[LAST_AGE] = 1;
  return table;
}

/** WPP fertility age shares of a country in a year, interpolated between the published years here. */
function ageShares(country: number, year: number): number[] {
  const years = [2021, 2025, 2030, 2035, 2040, 2045];
  let k = 0;
  while (k < years.length - 2 && year > years[k + 1]) k++;
  const w = (year - years[k]) / (years[k + 1] - years[k]);
  const table = WPP_2024[country].fertilityAgeShares;
  return table[k].map((s, g) => s + w * (table[k + 1][g] - s));
}

interface Assumed {
  country: number;
  relativeFertility: number;
  /** Births lost to the majority (children of mixed couples), share. */
  birthLoss: number;
  /** Yearly rate at which settled members return home. */
  returnRate: number;
  /** Settled arrivals a year (aged 20–44, half women). */
  inflow: number;
}

/** Populations at the end of 2021 … 2045 (index 0 … 24). */
function project(initial: Float64Array[], a: Assumed): number[] {
  const n = initial.map((x) => Float64Array.from(x));
  const tables = [WPP_2024[a.country].lifeExpectancyFemale, WPP_2024[a.country].lifeExpectancyMale].map((e0s) =>
    e0s.map(gompertzDeathTable),
  );
  const out: number[] = [];
  for (let t = 0; t < 100; t++) {
    const y = Math.floor(t / 4);
    for (let s = 0; s < 2; s++) {
      const q = tables[s][y];
      for (let age = LAST_AGE; age >= 0; age--) {
        const survivors = n[s][age] * (1 - q[age]);
        n[s][age] = 0;
        if (age < LAST_AGE) n[s][age + 1] += survivors;
      }
    }
    const shares = ageShares(a.country, 2021 + y);
    const tfr = WPP_2024[a.country].totalFertility[y] * a.relativeFertility;
    let births = 0;
    for (let age = 60; age < 200; age++) births += n[0][age] * ((tfr * shares[Math.floor((age - 60) / 20)]) / 20);
    births *= 1 - a.birthLoss;
    n[0][0] += births * (1 - 0.512);
    n[1][0] += births * 0.512;
    for (let age = 80; age < 180; age++) {
      n[0][age] += a.inflow / 4 / 100 / 2;
      n[1][age] += a.inflow / 4 / 100 / 2;
    }
    const staying = Math.exp(-a.returnRate / 4);
    for (let s = 0; s < 2; s++) for (let age = 0; age <= LAST_AGE; age++) n[s][age] *= staying;
    if (t % 4 === 3) out.push(n[0].reduce((x, v) => x + v, 0) + n[1].reduce((x, v) => x + v, 0));
  }
  return out;
}

const PERSONS_PER_AGENT = 400;

/** The model's settled population of diaspora d in 2021 by sex and age in quarters. */
function initialPyramid(d: number, assumptions: Record<string, number>): Float64Array[] {
  const state = createInitialState(baselineWith({ personsPerAgent: PERSONS_PER_AGENT, assumptions }), createRandomSource(1));
  const p = state.persons;
  const n = [new Float64Array(LAST_AGE + 1), new Float64Array(LAST_AGE + 1)];
  for (let i = 0; i < p.end; i++)
    if (p.alive[i] && p.kind[i] === Kind.settled && p.diaspora[i] === d) n[p.sex[i]][p.ageQuarters[i]] += p.weight[i];
  return n;
}

/** Mean settled populations over seeds at the end of 2030 and 2045. */
function simulate(assumptions: Record<string, number>, seeds: number): { uz: number[]; kz: number[] } {
  const resolved = baselineWith({ personsPerAgent: PERSONS_PER_AGENT, assumptions });
  const sums = { uz: [0, 0], kz: [0, 0] };
  for (let seed = 1; seed <= seeds; seed++) {
    const simulation = createSimulation(resolved, seed);
    const row = new Float64Array(INDICATOR_IDS.length);
    for (let t = 0; t < simulation.stepsTotal; t++) {
      simulation.advance(row, 0);
      const k = t === 39 ? 0 : t === 99 ? 1 : -1;
      if (k < 0) continue;
      sums.uz[k] += indicator(row, 'uz_in_kz.population') / seeds;
      sums.kz[k] += indicator(row, 'kz_in_uz.population') / seeds;
    }
  }
  return sums;
}

describe('populations 2021–2045 against projections from the WPP inputs', () => {
  it('follow a cohort-component projection when the diasporas are closed (no migration or returns, the fewest mixed couples)', () => {
    const closed = {
      'migration.settle_share': 0,
      'students.stay_on_share': 0,
      'return.kz_in_uz_base_rate': 0,
      'return.uz_in_kz_base_rate': 0,
      'unions.mixed_share': 0.03,
    };
    const simulated = simulate(closed, 2);
    const uz = project(initialPyramid(0, closed), { country: 0, relativeFertility: 1.1, birthLoss: 0, returnRate: 0, inflow: 0 });
    const kz = project(initialPyramid(1, closed), { country: 1, relativeFertility: 0.95, birthLoss: 0, returnRate: 0, inflow: 0 });
    console.log(
      `closed populations, model vs projection: Uzbeks 2030 ${Math.round(simulated.uz[0])} vs ${Math.round(uz[9])}, 2045 ${Math.round(simulated.uz[1])} vs ${Math.round(uz[24])}; ` +
        `Kazakhs 2030 ${Math.round(simulated.kz[0])} vs ${Math.round(kz[9])}, 2045 ${Math.round(simulated.kz[1])} vs ${Math.round(kz[24])}`,
    );
    // Within 4%: sampling error at 400 persons per agent and two seeds (about 1%), and the two
    // mortality shapes (the engine's infant deaths leave it lower adult mortality at the same e0: +1–2%).
    expect(Math.abs(simulated.uz[0] / uz[9] - 1)).toBeLessThan(0.04);
    expect(Math.abs(simulated.uz[1] / uz[24] - 1)).toBeLessThan(0.04);
    expect(Math.abs(simulated.kz[0] / kz[9] - 1)).toBeLessThan(0.04);
    expect(Math.abs(simulated.kz[1] / kz[24] - 1)).toBeLessThan(0.04);
  });

  it('stay, in the baseline, within the range the projections imply with the assumptions’ ranges', () => {
    const simulated = simulate({}, 2);
    // Uzbeks in Kazakhstan. Low: fertility as Kazakhstan's, 10% of births lost to mixed couples,
    // returns 0.1% a year, nobody settling. High: 1.5 times Kazakhstan's fertility, every migrant
    // potential settling at the settle share with a family of three at the family share:
    // 360,000 / 2.5 years × 0.05 × (1 + 3 × 0.3) = 13,700 settled arrivals a year.
    const uzPyramid = initialPyramid(0, {});
    const uzLow = project(uzPyramid, { country: 0, relativeFertility: 1, birthLoss: 0.1, returnRate: 0.001, inflow: 0 });
    const uzHigh = project(uzPyramid, { country: 0, relativeFertility: 1.5, birthLoss: 0, returnRate: 0, inflow: 13_700 });
    // Kazakhs in Uzbekistan. Low: 0.8 of Uzbekistan's fertility, 10% lost, returns 1.7% a year. High:
    // 1.1 of it, none lost, returns 1.0% a year (the 2025 flow is about 1.35% of the population).
    const kzPyramid = initialPyramid(1, {});
    const kzLow = project(kzPyramid, { country: 1, relativeFertility: 0.8, birthLoss: 0.1, returnRate: 0.017, inflow: 0 });
    const kzHigh = project(kzPyramid, { country: 1, relativeFertility: 1.1, birthLoss: 0, returnRate: 0.01, inflow: 0 });
    const k = (r: number) => Math.round(r / 1000);
    console.log(
      `2030 and 2045 (thousands): Uzbeks ${k(simulated.uz[0])} in [${k(uzLow[9])}, ${k(uzHigh[9])}], ${k(simulated.uz[1])} in [${k(uzLow[24])}, ${k(uzHigh[24])}]; ` +
        `Kazakhs ${k(simulated.kz[0])} in [${k(kzLow[9])}, ${k(kzHigh[9])}], ${k(simulated.kz[1])} in [${k(kzLow[24])}, ${k(kzHigh[24])}]`,
    );
    for (const [value, low, high] of [
      [simulated.uz[0], uzLow[9], uzHigh[9]],
      [simulated.uz[1], uzLow[24], uzHigh[24]],
      [simulated.kz[0], kzLow[9], kzHigh[9]],
      [simulated.kz[1], kzLow[24], kzHigh[24]],
    ]) {
      expect(value).toBeGreaterThan(low);
      expect(value).toBeLessThan(high);
    }
  });
});
