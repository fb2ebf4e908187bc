import type { SimulationState } from '../state/simulationState.js';
import { observePersons } from './observePersons.js';
import { REGION_SLOT_COUNT, RegionSlot } from './slots.js';

/**
 * Indicators by region (the regions of data/regions.ts, in their order: each diaspora's regions of
 * its host country), for the map and `sim run --regions`: what the person and host sweeps summed
 * this quarter. Stocks are the quarter's; remittances a yearly rate, like the national indicators.
 */
export interface RegionIndicator {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** A flow (a yearly rate: a calendar year takes its quarters' mean) or a stock (the year's last quarter). */
  readonly kind: 'flow' | 'stock';
}

export const REGION_INDICATORS: readonly RegionIndicator[] = [
  { id: 'population', label: 'Settled diaspora members', unit: 'persons', kind: 'stock' },
  { id: 'migrants', label: 'Labour migrants', unit: 'persons', kind: 'stock' },
  { id: 'students', label: 'Exchange students', unit: 'persons', kind: 'stock' },
  { id: 'businesses', label: 'Diaspora business owners', unit: 'persons', kind: 'stock' },
  { id: 'remittances_usd', label: 'Remittances sent home', unit: 'USD per year', kind: 'flow' },
  { id: 'heritage_language_youth', label: 'Settled under-18s proficient in the heritage language', unit: 'share (0–1)', kind: 'stock' },
  { id: 'host_language', label: 'Settled adults proficient in the host language', unit: 'share (0–1)', kind: 'stock' },
  { id: 'host_prejudice', label: 'Prejudice of the host majority (mean)', unit: 'index (0–1)', kind: 'stock' },
  { id: 'host_attitude', label: "Host majority's attitude toward the diaspora's country (mean)", unit: 'index (0–1)', kind: 'stock' },
];
export const REGION_INDICATOR_COUNT = REGION_INDICATORS.length;

/** The quarter's regional indicators into `out` at `offset`: region r's at offset + r × REGION_INDICATOR_COUNT. */
export function writeRegionIndicators(state: SimulationState, out: Float64Array, offset: number): void {
  const sums = observePersons.step.regions;
  const perYear = state.timeline.stepsPerYear;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  for (let r = 0; r < state.regions.length; r++) {
    const at = r * REGION_SLOT_COUNT;
    const o = offset + r * REGION_INDICATOR_COUNT;
    out[o] = sums[at + RegionSlot.settled];
    out[o + 1] = sums[at + RegionSlot.migrants];
    out[o + 2] = sums[at + RegionSlot.students];
    out[o + 3] = sums[at + RegionSlot.businesses];
    out[o + 4] = state.regionRemittances[r] * perYear;
    out[o + 5] = ratio(sums[at + RegionSlot.youthHeritage], sums[at + RegionSlot.youth]);
    out[o + 6] = ratio(sums[at + RegionSlot.hostProficient], sums[at + RegionSlot.settledAdults]);
    out[o + 7] = ratio(sums[at + RegionSlot.prejudice], sums[at + RegionSlot.hosts]);
    out[o + 8] = ratio(sums[at + RegionSlot.attitude], sums[at + RegionSlot.hosts]);
  }
}
