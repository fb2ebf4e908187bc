import {
  annualIncomeInto,
  CREDENTIALS_STREAM,
  type EmploymentCoefficients,
  employmentLogit,
  inLabourForce,
  readEmploymentCoefficients,
  recognisesCredentials,
  regionMonthlyWage,
  surplusShare,
} from '../equations/economy.js';
import { logisticInPlace } from '../equations/functions.js';
import { lever, param, perDiasporaIds } from '../equations/values.js';
import { operands } from '../math/index.js';
import { streamId } from '../rng.js';
import { DIASPORA_COUNT, Flag, Skill } from '../state/codes.js';
import type { PersonKernel } from './kernel.js';

/**
 * Employment, income and saving (docs/model.md#employment). Each quarter a share of working-age people
 * have their job status drawn afresh from the employment chance (equations/economy.ts); the rest keep
 * it, so the employed share relaxes toward the chance and jobs persist. One draw decides both: below
 * the reassessment rate r, u/r is again uniform. Skilled people born abroad hold a foreign
 * qualification, recognised with the host's chance (one fixed draw per person, so more recognition
 * only adds people); those born here studied here. Income follows the host wage, the region's wage
 * level and skill; what is not consumed is saved (the household budget then sends money home).
 */
const STREAM = streamId('employment');
const RECOGNITION_IDS = perDiasporaIds('credential_recognition');

export interface EmploymentStep {
  coefficients: EmploymentCoefficients;
  recognition: Float64Array;
  /** Per region: the average monthly wage (host wage × the region's wage level). */
  regionWage: Float64Array;
  reassessRate: number;
  key: number;
  credentialsKey: number;
  stepsPerYear: number;
  /** The math functions' operands (math/rounding.ts), to take the logistic without a boxed double. */
  operands: Float64Array;
  /** The income computed (annualIncomeInto writes it here). */
  income: Float64Array;
}

export const employment: PersonKernel<EmploymentStep> = {
  name: 'employment and income',
  step: {
    coefficients: undefined as unknown as EmploymentCoefficients,
    recognition: new Float64Array(DIASPORA_COUNT),
    regionWage: new Float64Array(0),
    reassessRate: Number.NaN,
    key: Number.NaN,
    credentialsKey: Number.NaN,
    stepsPerYear: Number.NaN,
    operands,
    income: new Float64Array(1),
  },
  begin(state, levers, params, rng, t) {
    const s = employment.step;
    s.coefficients = readEmploymentCoefficients(params);
    for (let d = 0; d < DIASPORA_COUNT; d++) s.recognition[d] = lever(levers, RECOGNITION_IDS[d]);
    if (s.regionWage.length !== state.regions.length) s.regionWage = new Float64Array(state.regions.length);
    for (let r = 0; r < state.regions.length; r++)
      s.regionWage[r] = regionMonthlyWage(state.economy, state.regions[r].diaspora, state.regions[r].wageLevel);
    s.reassessRate = param(params, 'employment.reassessment_rate');
    s.key = rng.streamKey(STREAM, t);
    s.credentialsKey = rng.streamKey(CREDENTIALS_STREAM, 0);
    s.stepsPerYear = state.timeline.stepsPerYear;
  },
  person(i, p, s, rng) {
    const k = p.kind[i];
    let f = p.flags[i];
    if (!inLabourForce(p.ageQuarters[i], k, f)) {
      p.flags[i] = f & ~Flag.employed;
      p.income[i] = 0;
      return;
    }
    const skill = p.skill[i];
    if (skill !== Skill.low && (f & Flag.credentialsRecognised) === 0) {
      if (recognisesCredentials(p.generation[i], s.recognition[p.diaspora[i]], rng.uniform(s.credentialsKey, p.id[i], 0)))
        f |= Flag.credentialsRecognised;
    }
    if (f & Flag.businessOwner) f |= Flag.employed;
    else {
      const u = rng.uniform(s.key, p.id[i], 0);
      if (u < s.reassessRate) {
        // employmentChance, its logistic through operands (no double crosses the exact exp's call)
        s.operands[0] = employmentLogit(s.coefficients, p.hostLanguage[i], p.legal[i], skill, f, p.quartersSinceDiscrimination[i], k);
        logisticInPlace();
        const chance = s.operands[0];
        f = u / s.reassessRate < chance ? f | Flag.employed : f & ~Flag.employed;
      }
    }
    p.flags[i] = f;
    let income = 0;
    if (f & Flag.employed) {
      annualIncomeInto(s.income, 0, s.coefficients, s.regionWage, p.region[i], k, p.legal[i], skill, f);
      income = s.income[0];
    }
    p.income[i] = income;
    p.savings[i] += (p.income[i] / s.stepsPerYear) * surplusShare(s.coefficients, k);
  },
};
