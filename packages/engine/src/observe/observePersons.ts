import { ADULT_QUARTERS, PROFICIENT, RETIREMENT_QUARTERS, SCHOOL_START_QUARTERS } from '../equations/ages.js';
import { DISCRIMINATION_MEMORY_QUARTERS } from '../equations/social.js';
import type { PersonKernel } from '../rules/kernel.js';
import { DIASPORA_COUNT, Flag, Kind, Legal } from '../state/codes.js';
import { REGION_SLOT_COUNT, RegionSlot, SLOT_COUNT, Slot } from './slots.js';

/**
 * The person side of the indicators (observe/indicators.ts): per-diaspora and per-region sums of
 * persons, after every mechanism of the quarter (the last kernel of its pass; it changes nothing).
 * Shares and rates describe the settled diaspora: labour migrants and students are counted apart, so
 * an inflow of sojourners is not read as a change in the settled community.
 */
export interface PersonSumsStep {
  sums: Float64Array;
  regions: Float64Array;
}

export const observePersons: PersonKernel<PersonSumsStep> = {
  name: 'indicators: persons',
  step: { sums: new Float64Array(DIASPORA_COUNT * SLOT_COUNT), regions: new Float64Array(0) },
  begin(state) {
    const s = observePersons.step;
    s.sums.fill(0);
    const size = state.regions.length * REGION_SLOT_COUNT;
    if (s.regions.length !== size) s.regions = new Float64Array(size);
    s.regions.fill(0);
  },
  person(i, p, s) {
    const base = p.diaspora[i] * SLOT_COUNT;
    const at = p.region[i] * REGION_SLOT_COUNT;
    const w = p.weight[i];
    const k = p.kind[i];
    const f = p.flags[i];
    const age = p.ageQuarters[i];
    if (f & Flag.businessOwner) {
      s.sums[base + Slot.businesses] += w;
      s.sums[base + Slot.tradeLinks] += w * p.tradeLinkShare[i];
      s.regions[at + RegionSlot.businesses] += w;
    }
    if (k !== Kind.settled) {
      s.sums[base + Slot.sojourners] += w;
      if (k === Kind.student) {
        s.sums[base + Slot.students] += w;
        s.regions[at + RegionSlot.students] += w;
      } else if (k === Kind.labourMigrant) {
        s.sums[base + Slot.migrants] += w;
        s.regions[at + RegionSlot.migrants] += w;
        if (p.legal[i] !== Legal.irregular) s.sums[base + Slot.migrantsLegal] += w;
        if (f & Flag.employed) s.sums[base + Slot.migrantsEmployed] += w;
      }
      return;
    }
    s.sums[base + Slot.settled] += w;
    s.regions[at + RegionSlot.settled] += w;
    if (f & Flag.inHeritageSchool && age >= SCHOOL_START_QUARTERS) s.sums[base + Slot.pupils] += w;
    if (age < ADULT_QUARTERS) {
      s.sums[base + Slot.youth] += w;
      s.regions[at + RegionSlot.youth] += w;
      if (p.heritageLanguage[i] >= PROFICIENT) {
        s.sums[base + Slot.youthHeritage] += w;
        s.regions[at + RegionSlot.youthHeritage] += w;
      }
      return;
    }
    s.sums[base + Slot.settledAdults] += w;
    s.regions[at + RegionSlot.settledAdults] += w;
    if (f & Flag.civicActive) s.sums[base + Slot.civic] += w;
    const heritage = p.heritageOrientation[i] >= 0.5;
    const host = p.hostOrientation[i] >= 0.5;
    s.sums[base + (heritage ? (host ? Slot.integration : Slot.separation) : host ? Slot.assimilation : Slot.marginalization)] += w;
    if (p.hostLanguage[i] >= PROFICIENT) {
      s.sums[base + Slot.hostProficient] += w;
      s.regions[at + RegionSlot.hostProficient] += w;
    }
    if (p.quartersSinceDiscrimination[i] < DISCRIMINATION_MEMORY_QUARTERS) s.sums[base + Slot.discriminated] += w;
    if (p.generation[i] === 1) {
      s.sums[base + Slot.bornAbroadAdults] += w;
      if (p.legal[i] === Legal.citizen) s.sums[base + Slot.naturalised] += w;
    }
    if (age < RETIREMENT_QUARTERS) {
      s.sums[base + Slot.workingAge] += w;
      if (f & Flag.employed) s.sums[base + Slot.employed] += w;
    }
  },
};
