import { exp } from '../math/index.js';
import { Flag, Legal } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import { type Assumptions, param, type Rule } from './rule.js';
import { DISPOSITION_SCALE, newFloat64Array, PROFICIENT, scratch } from './socialShared.js';
import { blockEnd } from './sweep.js';

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
 */
export interface AcculturationCoefficients {
  rate: number;
  contactPull: number;
  languagePull: number;
  citizenshipPull: number;
  associationPull: number;
  discriminationPull: number;
}

export function readAcculturationCoefficients(params: Assumptions): AcculturationCoefficients {
  return {
    rate: param(params, 'acculturation.rate'),
    contactPull: param(params, 'acculturation.contact_pull'),
    languagePull: param(params, 'acculturation.language_pull'),
    citizenshipPull: param(params, 'acculturation.citizenship_pull'),
    associationPull: param(params, 'acculturation.association_pull'),
    discriminationPull: param(params, 'acculturation.discrimination_pull'),
  };
}

/** Quarters a discrimination event weighs on host orientation (the year the indicator counts). */
export const DISCRIMINATION_MEMORY_QUARTERS = 4;

/** The log-odds of the host orientation target, contact term apart. */
export function hostTargetLogit(
  disposition: number,
  hostLanguage: number,
  citizen: boolean,
  discriminated: boolean,
  c: AcculturationCoefficients,
): number {
  return (
    disposition +
    c.languagePull * (hostLanguage - PROFICIENT) +
    (citizen ? c.citizenshipPull : 0) -
    (discriminated ? c.discriminationPull : 0)
  );
}

/** The log-odds of the heritage orientation target, contact term apart. */
export function heritageTargetLogit(disposition: number, heritageLanguage: number, member: boolean, c: AcculturationCoefficients): number {
  return disposition + c.languagePull * (heritageLanguage - PROFICIENT) + (member ? c.associationPull : 0);
}

let usualHostShare: Float64Array | undefined;
const HALF = PROFICIENT;
const CITIZEN = Legal.citizen;
const MEMBER = Flag.associationMember;
const MEMORY = DISCRIMINATION_MEMORY_QUARTERS;
const SCALE = DISPOSITION_SCALE;
/** The pulls and rate of the step (read once per step). */
const setup = {
  rate: Number.NaN,
  contactPull: Number.NaN,
  languagePull: Number.NaN,
  citizenshipPull: Number.NaN,
  associationPull: Number.NaN,
  discriminationPull: Number.NaN,
};

export const applyAcculturation: Rule = (state, _levers, params) => {
  Object.assign(setup, readAcculturationCoefficients(params));
  const regions = state.regions;
  usualHostShare = scratch(usualHostShare, regions.length, newFloat64Array);
  for (let r = 0; r < regions.length; r++) usualHostShare[r] = 1 - regions[r].enclaveShare;
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) relaxOrientations(state.persons, usualHostShare, from, blockEnd(from, end));
};

/** The sweep, with the targets and decodeDisposition written out (a double returned from a call V8 does not inline is boxed). */
function relaxOrientations(p: Persons, usual: Float64Array, from: number, to: number): void {
  const { alive, contactsHost, contactsCoethnic, region, legal, flags, heritageDisposition, hostDisposition } = p;
  const { heritageOrientation, hostOrientation, heritageLanguage, hostLanguage, quartersSinceDiscrimination } = p;
  const { rate, contactPull, languagePull, citizenshipPull, associationPull, discriminationPull } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const met = contactsHost[i] + contactsCoethnic[i];
    // Without contacts this quarter, the contact term stays at its usual value (zero).
    const contactTerm = met > 0 ? contactPull * (contactsHost[i] / met - usual[region[i]]) : 0;
    const hostLogit =
      (hostDisposition[i] - 127.5) * SCALE +
      contactTerm +
      languagePull * (hostLanguage[i] - HALF) +
      (legal[i] === CITIZEN ? citizenshipPull : 0) -
      (quartersSinceDiscrimination[i] < MEMORY ? discriminationPull : 0);
    const heritageLogit =
      (heritageDisposition[i] - 127.5) * SCALE -
      contactTerm +
      languagePull * (heritageLanguage[i] - HALF) +
      (flags[i] & MEMBER ? associationPull : 0);
    hostOrientation[i] += rate * (1 / (1 + exp(-hostLogit)) - hostOrientation[i]);
    heritageOrientation[i] += rate * (1 / (1 + exp(-heritageLogit)) - heritageOrientation[i]);
  }
}
