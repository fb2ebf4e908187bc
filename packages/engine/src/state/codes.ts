/** Small integer codes stored in the Uint8 columns. */
export const Diaspora = { uz_in_kz: 0, kz_in_uz: 1 } as const;
export const DIASPORA_COUNT = 2;

export const Kind = { settled: 0, labourMigrant: 1, student: 2 } as const;
export const Sex = { female: 0, male: 1 } as const;
export const Legal = { citizen: 0, permanentResident: 1, temporaryPermit: 2, irregular: 3 } as const;
export const Skill = { low: 0, mid: 1, high: 2 } as const;

/** Bits of the `flags` column. */
export const Flag = {
  employed: 1,
  businessOwner: 2,
  exchangeAlumnus: 8,
  credentialsRecognised: 16,
  associationMember: 32,
  civicActive: 64,
  inHeritageSchool: 128,
} as const;

/** Newcomer kinds in stable ids (see newcomerId): at most four. */
export const NewcomerKind = { birth: 0, labourMigrant: 1, student: 2, familyReunification: 3 } as const;

/** Values of the partner column other than a slot (>= 0). */
export const Partner = { none: -1, hostMajority: -2 } as const;
/**
 * A parent other than a slot (>= 0): in the parent column of an adult or an orphan, and as the
 * mother or father argument of initialiseNewcomerSocialTraits for an arrival or an unknown father,
 * NO_PARENT; a parent from the host majority (not an agent), MAJORITY_PARENT.
 */
export const NO_PARENT = -1;
export const MAJORITY_PARENT = -2;

/**
 * Stable ids: agents present at the start are numbered 0, 1, 2, … (below 2^31); a newcomer's id is
 * built from (step, kind, index within the step) so that the k-th arrival of a quarter has the same
 * id, and hence the same random numbers, in a baseline and a scenario.
 */
export function newcomerId(step: number, kind: number, indexInStep: number): number {
  return newcomerIdBits(step, kind, indexInStep) >>> 0;
}

/**
 * newcomerId as a signed 32-bit integer (the same 32 bits; stored in the Uint32Array id column it
 * reads back as newcomerId): returned from a call V8 does not inline, a number past 2^31 is allocated.
 */
export function newcomerIdBits(step: number, kind: number, indexInStep: number): number {
  if (step >= 512 || indexInStep >= 1 << 20)
    throw new Error('newcomer id space exhausted (at most 512 steps and 2^20 newcomers of a kind per step)');
  return (0x80000000 + step * 0x400000 + kind * 0x100000 + indexInStep) | 0;
}

/** Host-majority ties are stored as negative numbers in the tie slots: host h is ~h. */
export function hostTie(host: number): number {
  return ~host;
}
export function isHostTie(tie: number): boolean {
  return tie < 0;
}
export function hostOfTie(tie: number): number {
  return ~tie;
}
