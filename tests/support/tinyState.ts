import { createTimeline } from '../../packages/engine/src/scenario/timeline.js';
import { createEconomy } from '../../packages/engine/src/state/economy.js';
import { createHosts } from '../../packages/engine/src/state/hosts.js';
import { type ColumnName, createPersons, NEVER_DISCRIMINATED, TIES_PER_AGENT } from '../../packages/engine/src/state/persons.js';
import type { Region } from '../../packages/engine/src/state/regions.js';
import type { SimulationState } from '../../packages/engine/src/state/simulationState.js';
import { createTallies } from '../../packages/engine/src/state/tallies.js';

/** Hand-built states for rule tests: a few persons and hosts with exactly the values a test needs. */
export type PersonSpec = Partial<Record<ColumnName, number>> & { ties?: number[] };
export interface HostSpec {
  diaspora?: number;
  region?: number;
  prejudice?: number;
  attitude?: number;
  contactsStep?: number;
  contactsYear?: number;
}

export const TINY_REGIONS: Region[] = [
  { name: 'Test south KZ', diaspora: 0, settledShare: 1, migrantShare: 1, enclaveShare: 0.6, wageLevel: 1, source: 'test' },
  { name: 'Test UZ region', diaspora: 1, settledShare: 1, migrantShare: 1, enclaveShare: 0.5, wageLevel: 1, source: 'test' },
];

const PERSON_DEFAULTS: Partial<Record<ColumnName, number>> = {
  alive: 1,
  weight: 1,
  ageQuarters: 30 * 4,
  generation: 1,
  quartersSinceDiscrimination: NEVER_DISCRIMINATED,
};

export function createTinyState(options: {
  persons: PersonSpec[];
  hosts?: HostSpec[];
  regions?: Region[];
  capacity?: number;
  personsPerAgent?: number;
}): SimulationState {
  const regions = options.regions ?? TINY_REGIONS;
  const capacity = options.capacity ?? Math.max(16, options.persons.length * 2);
  const persons = createPersons(capacity);
  // As resetPerson clears a slot the engine takes into use: no partner, no parent.
  persons.partner.fill(-1);
  persons.parent.fill(-1);
  options.persons.forEach((spec, slot) => {
    const values = { ...PERSON_DEFAULTS, id: slot, ...spec };
    for (const [name, value] of Object.entries(values)) {
      if (name === 'ties' || value === undefined) continue;
      (persons[name as ColumnName] as { [i: number]: number })[slot] = value as number;
    }
    const ties = spec.ties ?? [];
    for (let k = 0; k < TIES_PER_AGENT; k++) persons.ties[slot * TIES_PER_AGENT + k] = ties.length ? ties[k % ties.length] : slot;
  });
  persons.end = options.persons.length;
  const hostSpecs = options.hosts ?? [];
  const hosts = createHosts(hostSpecs.length, regions.length);
  hostSpecs.forEach((h, i) => {
    hosts.diaspora[i] = h.diaspora ?? 0;
    hosts.region[i] = h.region ?? 0;
    hosts.prejudice[i] = h.prejudice ?? 0.3;
    hosts.attitude[i] = h.attitude ?? 0.5;
    hosts.contactsStep[i] = h.contactsStep ?? 0;
    hosts.contactsYear[i] = h.contactsYear ?? 0;
  });
  for (let r = 0; r < regions.length; r++) {
    let first = -1;
    let count = 0;
    for (let i = 0; i < hosts.count; i++) {
      if (hosts.region[i] !== r) continue;
      if (first < 0) first = i;
      count++;
    }
    hosts.regionStart[r] = Math.max(first, 0);
    hosts.regionCount[r] = count;
  }
  return {
    persons,
    hosts,
    regions,
    economy: createEconomy(),
    timeline: createTimeline(2021, 2045, 4),
    personsPerAgent: options.personsPerAgent ?? 1,
    tallies: createTallies(),
    regionRemittances: new Float64Array(regions.length),
    freeSlots: new Int32Array(capacity),
    freeCount: 0,
    leftSlots: new Int32Array(capacity),
    leftCount: 0,
    newcomersThisStep: new Int32Array(4),
  };
}
