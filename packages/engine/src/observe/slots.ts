/**
 * The observer's accumulators: per diaspora, SLOT_COUNT sums (persons unless named otherwise) that
 * the person and host sweeps add to and the indicators divide. Slots of host agents count agents.
 */
export const Slot = {
  settled: 0,
  sojourners: 1,
  students: 2,
  businesses: 3,
  tradeLinks: 4,
  settledAdults: 5,
  civic: 6,
  integration: 7,
  assimilation: 8,
  separation: 9,
  marginalization: 10,
  youth: 11,
  youthHeritage: 12,
  pupils: 13,
  hostProficient: 14,
  discriminated: 15,
  workingAge: 16,
  employed: 17,
  hosts: 18,
  prejudice: 19,
  hostContacts: 20,
  hostContacts2: 21,
  prejudice2: 22,
  contactsPrejudice: 23,
  bornAbroadAdults: 24,
  naturalised: 25,
  migrants: 26,
  migrantsLegal: 27,
  migrantsEmployed: 28,
} as const;
export const SLOT_COUNT = 29;

/** Per region (regional indicators): REGION_SLOT_COUNT sums. */
export const RegionSlot = {
  settled: 0,
  migrants: 1,
  students: 2,
  businesses: 3,
  youth: 4,
  youthHeritage: 5,
  settledAdults: 6,
  hostProficient: 7,
  /** Host agents, their prejudice and attitude summed (the host sweep). */
  hosts: 8,
  prejudice: 9,
  attitude: 10,
} as const;
export const REGION_SLOT_COUNT = 11;
