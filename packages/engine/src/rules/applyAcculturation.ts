import { Flag, Legal } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import { param, type Rule } from './rule.js';
import { newFloat64Array, PROFICIENT, scratch } from './socialShared.js';
import { blockEnd } from './sweep.js';

/**
 * Acculturation (docs/submodels/social.md#acculturation). Heritage orientation h and host orientation
 * n relax at a slow rate toward targets made of the person's own set point (anchor, fixed at the
 * start or at birth) and what the quarter brings:
 *   n* = anchorN + γ·(σ − σ_ref) + π_L·(L − 0.5) + π_c·citizen
 *   h* = anchorH − γ·(σ − σ_ref) + π_L·(H − 0.5) + π_a·member
 * σ is the share of host-majority persons among the quarter's contacts and σ_ref the region's usual
 * share (1 − enclave share). Discrimination lowers n directly when it happens (applyDiscrimination);
 * courses and heritage schools act only through the proficiencies L and H. Anchors are set so that
 * the 2021 orientations are the targets at the start.
 */
let usualHostShare: Float64Array | undefined;
const HALF = PROFICIENT;
const CITIZEN = Legal.citizen;
const MEMBER = Flag.associationMember;
/** The pulls and rate of the step (read once per step). */
const setup = {
  rate: Number.NaN,
  contactPull: Number.NaN,
  languagePull: Number.NaN,
  citizenshipPull: Number.NaN,
  associationPull: Number.NaN,
};

export const applyAcculturation: Rule = (state, _levers, params) => {
  setup.rate = param(params, 'acculturation.rate');
  setup.contactPull = param(params, 'acculturation.contact_pull');
  setup.languagePull = param(params, 'acculturation.language_pull');
  setup.citizenshipPull = param(params, 'acculturation.citizenship_pull');
  setup.associationPull = param(params, 'acculturation.association_pull');
  const regions = state.regions;
  usualHostShare = scratch(usualHostShare, regions.length, newFloat64Array);
  for (let r = 0; r < regions.length; r++) usualHostShare[r] = 1 - regions[r].enclaveShare;
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) relaxOrientations(state.persons, usualHostShare, from, blockEnd(from, end));
};

/** The sweep, with decodeAnchor and the clamps written out (a double returned from a call V8 does not inline is boxed). */
function relaxOrientations(p: Persons, usual: Float64Array, from: number, to: number): void {
  const { alive, contactsHost, contactsCoethnic, region, legal, flags, heritageAnchor, hostAnchor } = p;
  const { heritageOrientation, hostOrientation, heritageLanguage, hostLanguage } = p;
  const { rate, contactPull, languagePull, citizenshipPull, associationPull } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const met = contactsHost[i] + contactsCoethnic[i];
    // Without contacts this quarter, the contact term stays at its usual value (zero).
    const contactTerm = met > 0 ? contactPull * (contactsHost[i] / met - usual[region[i]]) : 0;
    // The set points, decodeAnchor(byte) = byte / 127.5 − 0.5.
    const hostSetPoint = hostAnchor[i] / 127.5 - 0.5;
    const heritageSetPoint = heritageAnchor[i] / 127.5 - 0.5;
    const hostTarget = hostSetPoint + contactTerm + languagePull * (hostLanguage[i] - HALF) + (legal[i] === CITIZEN ? citizenshipPull : 0);
    const heritageTarget =
      heritageSetPoint - contactTerm + languagePull * (heritageLanguage[i] - HALF) + (flags[i] & MEMBER ? associationPull : 0);
    const n = hostTarget < 0 ? 0 : Math.min(hostTarget, 1);
    const h = heritageTarget < 0 ? 0 : Math.min(heritageTarget, 1);
    hostOrientation[i] += rate * (n - hostOrientation[i]);
    heritageOrientation[i] += rate * (h - heritageOrientation[i]);
  }
}

/** The anchor that makes `orientation` the target of a person with these traits and usual contacts. */
export function hostAnchorFor(
  orientation: number,
  hostLanguage: number,
  citizen: boolean,
  languagePull: number,
  citizenshipPull: number,
): number {
  return orientation - languagePull * (hostLanguage - PROFICIENT) - (citizen ? citizenshipPull : 0);
}

export function heritageAnchorFor(
  orientation: number,
  heritageLanguage: number,
  member: boolean,
  languagePull: number,
  associationPull: number,
): number {
  return orientation - languagePull * (heritageLanguage - PROFICIENT) - (member ? associationPull : 0);
}
