import { homeTiesStepRate, homeTiesTarget, isNaturalised, readHomeTiesLevels } from '../equations/economy.js';
import { lever, perDiasporaIds } from '../equations/values.js';
import { DIASPORA_COUNT } from '../state/codes.js';
import type { PersonKernel } from './kernel.js';

/**
 * Home ties (docs/model.md#home-ties) relax each quarter toward a level set by generation, raised by
 * the home country's diaspora engagement; the born abroad who naturalise give up their home
 * citizenship (neither country allows dual citizenship) and settle lower. Fading with time abroad is
 * this relaxation: a migrant arrives with strong ties that approach the level over the years;
 * engagement also slows it. Deterministic: no draws.
 */
const ENGAGEMENT_IDS = perDiasporaIds('home_engagement');

export interface HomeTiesStep {
  /** Per diaspora: step rate of the born abroad, then of later generations. */
  stepRate: Float64Array;
  /** By diaspora × 8 + generation (0–3) × 2 + naturalised: the level. */
  targetOf: Float64Array;
}

export const homeTies: PersonKernel<HomeTiesStep> = {
  name: 'home ties',
  step: { stepRate: new Float64Array(DIASPORA_COUNT * 2), targetOf: new Float64Array(DIASPORA_COUNT * 8) },
  begin(state, levers, params) {
    const s = homeTies.step;
    const levels = readHomeTiesLevels(params);
    const perYear = state.timeline.stepsPerYear;
    for (let d = 0; d < DIASPORA_COUNT; d++) {
      const engagement = lever(levers, ENGAGEMENT_IDS[d]);
      s.stepRate[2 * d] = homeTiesStepRate(levels.fadingFirst, levels.slowdown, engagement, perYear);
      s.stepRate[2 * d + 1] = homeTiesStepRate(levels.fadingLater, levels.slowdown, engagement, perYear);
      for (let g = 0; g < 4; g++) {
        s.targetOf[d * 8 + g * 2] = homeTiesTarget(g, false, engagement, levels);
        s.targetOf[d * 8 + g * 2 + 1] = homeTiesTarget(g, true, engagement, levels);
      }
    }
  },
  person(i, p, s) {
    const d = p.diaspora[i];
    const g = p.generation[i];
    const naturalised = isNaturalised(g, p.kind[i], p.legal[i]) ? 1 : 0;
    const target = s.targetOf[d * 8 + (g < 4 ? g : 3) * 2 + naturalised];
    p.homeTies[i] += (target - p.homeTies[i]) * s.stepRate[2 * d + (g > 1 ? 1 : 0)];
  },
};
