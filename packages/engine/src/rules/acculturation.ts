import { logistic } from '../equations/functions.js';
import {
  type AcculturationCoefficients,
  DISCRIMINATION_MEMORY_QUARTERS,
  decodeDisposition,
  heritageTargetLogit,
  hostTargetLogit,
  readAcculturationCoefficients,
} from '../equations/social.js';
import { Flag, Legal } from '../state/codes.js';
import type { PersonKernel } from './kernel.js';

/**
 * Acculturation (docs/model.md#acculturation). Heritage orientation h and host orientation n relax at
 * a slow rate toward targets set by the person's own leanings and what the quarter brings:
 *   n* = logistic(δn + γ·(σ − σ_ref) + π_L·(L − ½) + π_c·[citizen] − π_d·[discriminated in the last year])
 *   h* = logistic(δh − γ·(σ − σ_ref) + π_H·(H − ½) + π_a·[association member])
 * δ are the person's dispositions (log-odds: the leanings family and upbringing gave; children start
 * from both parents'), σ the share of host-majority persons among the quarter's contacts and σ_ref the
 * region's usual share. Nothing holds a person at the strategy they started with: language learnt or
 * lost, citizenship, discrimination, membership and contacts move the targets, and every generation
 * starts afresh from its parents. Courses and heritage schools act only through the proficiencies.
 * (equations/social.ts holds the targets' formulas the initialisation uses.)
 */
export interface AcculturationStep {
  coefficients: AcculturationCoefficients;
  rate: number;
  contactPull: number;
  /** Per region: the usual share of host-majority contacts (1 − the enclave share). */
  usualHostShare: Float64Array;
}

export const acculturation: PersonKernel<AcculturationStep> = {
  name: 'acculturation',
  step: {
    coefficients: undefined as unknown as AcculturationCoefficients,
    rate: Number.NaN,
    contactPull: Number.NaN,
    usualHostShare: new Float64Array(0),
  },
  begin(state, _levers, params) {
    const s = acculturation.step;
    s.coefficients = readAcculturationCoefficients(params);
    s.rate = s.coefficients.rate;
    s.contactPull = s.coefficients.contactPull;
    if (s.usualHostShare.length !== state.regions.length) s.usualHostShare = new Float64Array(state.regions.length);
    for (let r = 0; r < state.regions.length; r++) s.usualHostShare[r] = 1 - state.regions[r].enclaveShare;
  },
  person(i, p, s) {
    const met = p.contactsHost[i] + p.contactsCoethnic[i];
    // Without contacts this quarter, the contact term stays at its usual value (zero).
    const contactTerm = met > 0 ? s.contactPull * (p.contactsHost[i] / met - s.usualHostShare[p.region[i]]) : 0;
    const hostTarget = hostTargetLogit(
      decodeDisposition(p.hostDisposition[i]),
      p.hostLanguage[i],
      p.legal[i] === Legal.citizen,
      p.quartersSinceDiscrimination[i] < DISCRIMINATION_MEMORY_QUARTERS,
      s.coefficients,
    );
    const heritageTarget = heritageTargetLogit(
      decodeDisposition(p.heritageDisposition[i]),
      p.heritageLanguage[i],
      (p.flags[i] & Flag.associationMember) !== 0,
      s.coefficients,
    );
    // Both targets through one call of logistic: V8's inlining budget holds one copy of the exact
    // exp, and a call it does not inline allocates the doubles crossing it.
    for (let side = 0; side < 2; side++) {
      const target = logistic(side === 0 ? hostTarget + contactTerm : heritageTarget - contactTerm);
      if (side === 0) p.hostOrientation[i] += s.rate * (target - p.hostOrientation[i]);
      else p.heritageOrientation[i] += s.rate * (target - p.heritageOrientation[i]);
    }
  },
};
