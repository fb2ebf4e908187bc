import type { HostKernel } from '../rules/kernel.js';
import { observePersons } from './observePersons.js';
import { REGION_SLOT_COUNT, RegionSlot, SLOT_COUNT, Slot } from './slots.js';

/**
 * The host side of the indicators: per diaspora, the sums of the contact–prejudice correlation; per
 * region, host agents and their prejudice and attitude summed (observe/indicators.ts weights each
 * region's means by the majority persons its hosts stand for, so the result does not depend on how
 * many host agents a region has). Runs after the hosts' own kernels of the quarter.
 */
export interface HostSumsStep {
  sums: Float64Array;
  regions: Float64Array;
}

export const observeHosts: HostKernel<HostSumsStep> = {
  name: 'indicators: hosts',
  step: { sums: new Float64Array(0), regions: new Float64Array(0) },
  begin() {
    // The persons' kernel cleared both this quarter (its pass runs first).
    observeHosts.step.sums = observePersons.step.sums;
    observeHosts.step.regions = observePersons.step.regions;
  },
  host(j, h, s) {
    const base = h.diaspora[j] * SLOT_COUNT;
    const prejudice = h.prejudice[j];
    const contacts = h.contactsYear[j];
    s.sums[base + Slot.hosts] += 1;
    s.sums[base + Slot.prejudice] += prejudice;
    s.sums[base + Slot.prejudice2] += prejudice * prejudice;
    s.sums[base + Slot.hostContacts] += contacts;
    s.sums[base + Slot.hostContacts2] += contacts * contacts;
    s.sums[base + Slot.contactsPrejudice] += contacts * prejudice;
    const at = h.region[j] * REGION_SLOT_COUNT;
    s.regions[at + RegionSlot.hosts] += 1;
    s.regions[at + RegionSlot.prejudice] += prejudice;
    s.regions[at + RegionSlot.attitude] += h.attitude[j];
  },
};
