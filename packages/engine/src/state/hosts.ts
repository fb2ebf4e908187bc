/**
 * Host-majority agents: a fixed sample of the majority in each region (Kazakhs in the Kazakh regions,
 * Uzbeks in the Uzbek ones), sorted by region so a random host of a region is one draw.
 * They are the other side of every contact with the majority.
 */
export interface Hosts {
  count: number;
  /** Which diaspora this host lives among (codes.Diaspora): 0 = Kazakh majority, 1 = Uzbek majority. */
  diaspora: Uint8Array;
  region: Uint8Array;
  /** Prejudice toward the diaspora, 0–1. */
  prejudice: Float32Array;
  /** Attitude toward the other country, 0–1 (bounded-confidence dynamics). */
  attitude: Float32Array;
  /** Contacts with diaspora members this step (weighted by contact quality). */
  contactsStep: Float32Array;
  /** Contacts over the last four quarters (for the contact–prejudice correlation). */
  contactsYear: Float32Array;
  /** First host index and count per region (global region index). */
  regionStart: Int32Array;
  regionCount: Int32Array;
  /**
   * Host-majority persons each host agent of a region stands for, this step (set by the contact rule):
   * the weight of the region's hosts in population means such as bilateral trust.
   */
  personsPerAgent: Float64Array;
}

export function createHosts(count: number, regionCount: number): Hosts {
  return {
    count,
    diaspora: new Uint8Array(count),
    region: new Uint8Array(count),
    prejudice: new Float32Array(count),
    attitude: new Float32Array(count),
    contactsStep: new Float32Array(count),
    contactsYear: new Float32Array(count),
    regionStart: new Int32Array(regionCount),
    regionCount: new Int32Array(regionCount),
    personsPerAgent: new Float64Array(regionCount),
  };
}
