import { pow } from '../math/index.js';
import { DIASPORA_COUNT, Kind, Legal } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import { perDiasporaIds } from './economyShared.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

/**
 * Home ties (0–1) relax each quarter toward a level set by generation, raised by the home country's
 * diaspora engagement; the born abroad who naturalise give up their home citizenship (neither country
 * allows dual citizenship) and settle lower. Fading with time abroad is this relaxation: a migrant
 * arrives with strong ties that approach the level over the years; engagement also slows it.
 * Deterministic: no draws.
 */
const ENGAGEMENT_IDS = perDiasporaIds('home_engagement');

export interface HomeTiesLevels {
  /** Level by generation index 0 (born abroad), 1 (second), 2 (later). */
  target: Float64Array;
  naturalisationFactor: number;
  engagementLift: number;
}

export function createHomeTiesLevels(): HomeTiesLevels {
  return { target: new Float64Array(3), naturalisationFactor: 0, engagementLift: 0 };
}

export function readHomeTiesLevels(params: Assumptions, levels: HomeTiesLevels): void {
  levels.target[0] = param(params, 'home_ties.target_generation1');
  levels.target[1] = param(params, 'home_ties.target_generation2');
  levels.target[2] = param(params, 'home_ties.target_later_generations');
  levels.naturalisationFactor = param(params, 'home_ties.naturalisation_factor');
  levels.engagementLift = param(params, 'home_ties.engagement_lift');
}

/** The level a person's ties settle at. */
export function homeTiesTarget(generation: number, naturalised: boolean, engagement: number, levels: HomeTiesLevels): number {
  const base = levels.target[Math.min(Math.max(generation, 1), 3) - 1] * (naturalised ? levels.naturalisationFactor : 1);
  return Math.min(1, base + levels.engagementLift * engagement);
}

/** Born abroad, settled, and a citizen of the host country: has given up the home citizenship. */
export function isNaturalised(generation: number, kind: number, legal: number): boolean {
  return generation === 1 && kind === Kind.settled && legal === Legal.citizen;
}

/** Share of the gap to the level closed in one step, for a yearly fading rate slowed by engagement. */
export function homeTiesStepRate(fadingPerYear: number, slowdown: number, engagement: number, stepsPerYear: number): number {
  return 1 - pow(1 - fadingPerYear * (1 - slowdown * engagement), 1 / stepsPerYear);
}

const levels = createHomeTiesLevels();
const engagement = new Float64Array(DIASPORA_COUNT);
// Per diaspora: step rate of the born abroad, then of later generations.
const stepRate = new Float64Array(DIASPORA_COUNT * 2);
/** The level by diaspora, generation (1–3) and naturalisation: homeTiesTarget for each case, once per step. */
const targetOf = new Float64Array(DIASPORA_COUNT * 8);
const SETTLED = Kind.settled;
const CITIZEN = Legal.citizen;

export const applyHomeTies: Rule = (state, levers, params, _rng, _step) => {
  readHomeTiesLevels(params, levels);
  const fadingFirst = param(params, 'home_ties.fading_rate_generation1');
  const fadingLater = param(params, 'home_ties.fading_rate_later');
  const slowdown = param(params, 'home_ties.engagement_slowdown');
  const perYear = state.timeline.stepsPerYear;
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    engagement[d] = lever(levers, ENGAGEMENT_IDS[d]);
    stepRate[2 * d] = homeTiesStepRate(fadingFirst, slowdown, engagement[d], perYear);
    stepRate[2 * d + 1] = homeTiesStepRate(fadingLater, slowdown, engagement[d], perYear);
    for (let g = 0; g < 4; g++) {
      targetOf[d * 8 + g * 2] = homeTiesTarget(g, false, engagement[d], levels);
      targetOf[d * 8 + g * 2 + 1] = homeTiesTarget(g, true, engagement[d], levels);
    }
  }
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) relax(state.persons, from, blockEnd(from, end));
};

function relax(p: Persons, from: number, to: number): void {
  const { alive, diaspora, generation, kind, legal, homeTies } = p;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const d = diaspora[i];
    const g = generation[i];
    // isNaturalised: born abroad, settled, a citizen of the host country.
    const naturalised = g === 1 && kind[i] === SETTLED && legal[i] === CITIZEN ? 1 : 0;
    const target = targetOf[d * 8 + (g < 4 ? g : 3) * 2 + naturalised];
    const rate = stepRate[2 * d + (g > 1 ? 1 : 0)];
    homeTies[i] += (target - homeTies[i]) * rate;
  }
}
