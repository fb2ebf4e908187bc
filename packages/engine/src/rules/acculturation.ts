import { PROFICIENT } from '../equations/ages.js';
import { DISCRIMINATION_MEMORY_QUARTERS, DISPOSITION_SCALE, readAcculturationCoefficients } from '../equations/social.js';
import { exp } from '../math/index.js';
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
  rate: number;
  contactPull: number;
  languagePull: number;
  citizenshipPull: number;
  associationPull: number;
  discriminationPull: number;
  /** Per region: the usual share of host-majority contacts (1 − the enclave share). */
  usualHostShare: Float64Array;
}

export const acculturation: PersonKernel<AcculturationStep> = {
  name: 'acculturation',
  step: {
    rate: Number.NaN,
    contactPull: Number.NaN,
    languagePull: Number.NaN,
    citizenshipPull: Number.NaN,
    associationPull: Number.NaN,
    discriminationPull: Number.NaN,
    usualHostShare: new Float64Array(0),
  },
  begin(state, _levers, params) {
    const s = acculturation.step;
    Object.assign(s, readAcculturationCoefficients(params));
    if (s.usualHostShare.length !== state.regions.length) s.usualHostShare = new Float64Array(state.regions.length);
    for (let r = 0; r < state.regions.length; r++) s.usualHostShare[r] = 1 - state.regions[r].enclaveShare;
  },
  person(i, p, s) {
    const met = p.contactsHost[i] + p.contactsCoethnic[i];
    // Without contacts this quarter, the contact term stays at its usual value (zero).
    const contactTerm = met > 0 ? s.contactPull * (p.contactsHost[i] / met - s.usualHostShare[p.region[i]]) : 0;
    const hostLogit =
      (p.hostDisposition[i] - 127.5) * DISPOSITION_SCALE +
      contactTerm +
      s.languagePull * (p.hostLanguage[i] - PROFICIENT) +
      (p.legal[i] === Legal.citizen ? s.citizenshipPull : 0) -
      (p.quartersSinceDiscrimination[i] < DISCRIMINATION_MEMORY_QUARTERS ? s.discriminationPull : 0);
    const heritageLogit =
      (p.heritageDisposition[i] - 127.5) * DISPOSITION_SCALE -
      contactTerm +
      s.languagePull * (p.heritageLanguage[i] - PROFICIENT) +
      (p.flags[i] & Flag.associationMember ? s.associationPull : 0);
    p.hostOrientation[i] += s.rate * (1 / (1 + exp(-hostLogit)) - p.hostOrientation[i]);
    p.heritageOrientation[i] += s.rate * (1 / (1 + exp(-heritageLogit)) - p.heritageOrientation[i]);
  },
};
