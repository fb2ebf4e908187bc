import { Flag, Legal } from '../state/codes.js';
import { param, type Rule } from './rule.js';
import { decodeAnchor, newFloat64Array, PROFICIENT, scratch } from './socialShared.js';

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

export const applyAcculturation: Rule = (state, _levers, params) => {
  const p = state.persons;
  const rate = param(params, 'acculturation.rate');
  const contactPull = param(params, 'acculturation.contact_pull');
  const languagePull = param(params, 'acculturation.language_pull');
  const citizenshipPull = param(params, 'acculturation.citizenship_pull');
  const associationPull = param(params, 'acculturation.association_pull');
  const { alive, contactsHost, contactsCoethnic, region, legal, flags, heritageAnchor, hostAnchor } = p;
  const { heritageOrientation, hostOrientation, heritageLanguage, hostLanguage } = p;
  const regions = state.regions;
  usualHostShare = scratch(usualHostShare, regions.length, newFloat64Array);
  for (let r = 0; r < regions.length; r++) usualHostShare[r] = 1 - regions[r].enclaveShare;
  const usual = usualHostShare;
  const end = p.end;
  for (let i = 0; i < end; i++) {
    if (alive[i] === 0) continue;
    const met = contactsHost[i] + contactsCoethnic[i];
    // Without contacts this quarter, the contact term stays at its usual value (zero).
    const contactTerm = met > 0 ? contactPull * (contactsHost[i] / met - usual[region[i]]) : 0;
    const hostTarget =
      decodeAnchor(hostAnchor[i]) +
      contactTerm +
      languagePull * (hostLanguage[i] - PROFICIENT) +
      (legal[i] === Legal.citizen ? citizenshipPull : 0);
    const heritageTarget =
      decodeAnchor(heritageAnchor[i]) -
      contactTerm +
      languagePull * (heritageLanguage[i] - PROFICIENT) +
      (flags[i] & Flag.associationMember ? associationPull : 0);
    hostOrientation[i] += rate * (clamp01(hostTarget) - hostOrientation[i]);
    heritageOrientation[i] += rate * (clamp01(heritageTarget) - heritageOrientation[i]);
  }
};

function clamp01(x: number): number {
  return x < 0 ? 0 : Math.min(x, 1);
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
