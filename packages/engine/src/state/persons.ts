/**
 * Person agents as struct-of-arrays columns carved out of one ArrayBuffer (staggered offsets so that
 * same-sized columns do not alias in cache). Slots of dead or departed agents are reused.
 */
export const TIES_PER_AGENT = 10;
export const NEVER_DISCRIMINATED = 0xffff;

const COLUMN_SPEC = {
  // 1 byte
  alive: Uint8Array,
  diaspora: Uint8Array,
  region: Uint8Array,
  kind: Uint8Array,
  sex: Uint8Array,
  generation: Uint8Array,
  legal: Uint8Array,
  skill: Uint8Array,
  flags: Uint8Array,
  contactsHost: Uint8Array,
  contactsCoethnic: Uint8Array,
  heritageDisposition: Uint8Array,
  hostDisposition: Uint8Array,
  // 2 bytes: ages and durations in quarters, weight in persons
  ageQuarters: Uint16Array,
  quartersInHost: Uint16Array,
  quartersInStatus: Uint16Array,
  quartersLeft: Uint16Array,
  weight: Uint16Array,
  quartersSinceDiscrimination: Uint16Array,
  metTies: Uint16Array,
  metCoethnicTies: Uint16Array,
  // 4 bytes
  id: Uint32Array,
  partner: Int32Array,
  parent: Int32Array,
  income: Float32Array,
  savings: Float32Array,
  homeTies: Float32Array,
  heritageLanguage: Float32Array,
  hostLanguage: Float32Array,
  heritageOrientation: Float32Array,
  hostOrientation: Float32Array,
  trustHost: Float32Array,
  trustHome: Float32Array,
  metPrejudice: Float32Array,
  tradeLinkShare: Float32Array,
} as const;

type Spec = typeof COLUMN_SPEC;
export type ColumnName = keyof Spec;
export type PersonColumns = { [K in ColumnName]: InstanceType<Spec[K]> };

/**
 * Meaning of each column (units in brackets):
 * alive 0/1; diaspora (codes.Diaspora); region (global region index, see data/regions);
 * kind (codes.Kind); sex; generation (1 = born abroad, 2 = child of an immigrant, 3 = later);
 * legal (codes.Legal); skill (codes.Skill); flags (codes.Flag bits);
 * contactsHost, contactsCoethnic: contacts met this step;
 * ageQuarters; quartersInHost (since arrival or birth); quartersInStatus (since the last change of
 * legal status: for a permanent resident, the legal residence the naturalisation wait counts);
 * quartersLeft (sojourners: stay left);
 * weight (persons the agent stands for); quartersSinceDiscrimination (since the last event;
 * NEVER_DISCRIMINATED if none); id (stable, see codes.newcomerId);
 * income (USD per year, 0 when not employed); savings (USD); homeTies, heritageLanguage, hostLanguage,
 * heritageOrientation (h), hostOrientation (n), trustHost, trustHome: 0–1;
 * metPrejudice: mean prejudice of the
 * host contacts met this step (0–1);
 * heritageDisposition, hostDisposition: the person's leanings toward the heritage and host cultures,
 * log-odds quantised to a byte (see equations/social.ts decodeDisposition); metTies: bit k set if
 * tie slot k was met this step, metCoethnicTies: the same for the co-ethnic ties only (the rest of
 * metTies are the host ties met); tradeLinkShare: for a business owner, the share of the persons the
 * agent stands for who trade with the home country (0–1).
 * partner: the slot of the person's partner if a diaspora member, codes.Partner.hostMajority for a
 * partner from the host majority (not an agent), codes.Partner.none if single;
 * parent: for a minor, the slot of the parent the child lives with (the mother if she is a
 * diaspora member, else the father), codes.NO_PARENT for adults and orphans.
 * The Int32 columns hold slot references: a cleared slot has them at -1 (none), and the network
 * repair clears references to persons who died or left before their slots are reused.
 */
export interface Persons extends PersonColumns {
  capacity: number;
  /** High-water mark: slots [0, end) have been used; alive marks the live ones. */
  end: number;
  /** k tie slots per agent: a person slot (>= 0) or a host tie (< 0, see codes.hostTie). */
  ties: Int32Array;
  buffer: ArrayBuffer;
}

const STAGGER_BYTES = 64 + 8;

function layout(capacity: number): { offsets: Record<string, number>; bytes: number } {
  const offsets: Record<string, number> = {};
  let offset = 0;
  let i = 0;
  const place = (name: string, bytesPerElement: number, count: number) => {
    offset = Math.ceil(offset / 8) * 8 + (i++ % 8) * STAGGER_BYTES;
    offsets[name] = offset;
    offset += bytesPerElement * count;
  };
  for (const [name, Ctor] of Object.entries(COLUMN_SPEC)) place(name, Ctor.BYTES_PER_ELEMENT, capacity);
  place('ties', 4, capacity * TIES_PER_AGENT);
  return { offsets, bytes: Math.ceil(offset / 8) * 8 };
}

export function createPersons(capacity: number): Persons {
  const { offsets, bytes } = layout(capacity);
  const buffer = new ArrayBuffer(bytes);
  const columns: Record<string, ArrayBufferView> = {};
  for (const [name, Ctor] of Object.entries(COLUMN_SPEC)) columns[name] = new Ctor(buffer, offsets[name], capacity);
  const ties = new Int32Array(buffer, offsets.ties, capacity * TIES_PER_AGENT);
  // Slots are cleared when they are first used (resetPerson: partner and parent -1); the slots never
  // used are never written, so the capacity beyond the run's needs is address space, not memory.
  return { ...(columns as unknown as PersonColumns), ties, capacity, end: 0, buffer };
}

/** Bytes per agent slot (all columns and the tie slots). */
export function bytesPerSlot(): number {
  let bytes = TIES_PER_AGENT * 4;
  for (const Ctor of Object.values(COLUMN_SPEC)) bytes += Ctor.BYTES_PER_ELEMENT;
  return bytes;
}

/** A larger copy (rare: capacity is preallocated for growth; this keeps a run going if it is not enough). */
export function growPersons(persons: Persons, capacity: number): Persons {
  const grown = createPersons(capacity);
  for (const name of Object.keys(COLUMN_SPEC) as ColumnName[]) {
    (grown[name] as { set(a: ArrayLike<number>): void }).set(persons[name].subarray(0, persons.end));
  }
  grown.ties.set(persons.ties.subarray(0, persons.end * TIES_PER_AGENT));
  grown.end = persons.end;
  return grown;
}

export const PERSON_COLUMN_NAMES = Object.keys(COLUMN_SPEC) as ColumnName[];
