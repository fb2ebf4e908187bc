import { sqrt } from '../math/index.js';
import { DIASPORAS, INDICATOR_INDEX, PER_DIASPORA_KEYS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT } from '../state/codes.js';
import type { SimulationState } from '../state/simulationState.js';
import { readTally, Tally } from '../state/tallies.js';
import { observePersons } from './observePersons.js';
import { REGION_SLOT_COUNT, RegionSlot, SLOT_COUNT, Slot } from './slots.js';

const perDiasporaIndex = DIASPORAS.map((d) => {
  const index: Record<string, number> = {};
  for (const key of PER_DIASPORA_KEYS) index[key] = INDICATOR_INDEX.get(`${d}.${key}`) as number;
  return index;
});
const TRADE = INDICATOR_INDEX.get('bilateral.trade_usd') as number;
const TRUST = INDICATOR_INDEX.get('bilateral.trust_index') as number;
const EXCHANGE = INDICATOR_INDEX.get('bilateral.exchange_participants') as number;

/**
 * The quarter's indicators into `out` at `offset` (INDICATOR_IDS order), from the sums the observer's
 * kernels took this quarter (observePersons, observeHosts) and the economy's aggregates.
 */
export function writeIndicators(state: SimulationState, out: Float64Array, offset: number): void {
  const sums = observePersons.step.sums;
  const byRegion = observePersons.step.regions;
  const perYear = state.timeline.stepsPerYear;
  let students = 0;
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    const s = (slot: number) => sums[d * SLOT_COUNT + slot];
    const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
    const tally = (t: number) => readTally(state.tallies, d, t) * perYear;
    const ix = perDiasporaIndex[d];
    const set = (key: string, value: number) => {
      out[offset + ix[key]] = value;
    };
    const adults = s(Slot.settledAdults);
    set('population', s(Slot.settled));
    set('migrants', s(Slot.sojourners));
    set('remittances_usd', tally(Tally.remittancesTotal));
    set('remittances_formal_usd', tally(Tally.remittancesFormal));
    set('investment_usd', tally(Tally.investment));
    set('businesses', s(Slot.businesses));
    set('trade_links', s(Slot.tradeLinks));
    set('knowledge_transfer', tally(Tally.knowledgeTransfer));
    set('home_capital_enterprises', state.economy.homeCapitalEnterprises[d]);
    set('advocacy_rate', ratio(s(Slot.civic), adults));
    set('integration_share', ratio(s(Slot.integration), adults));
    set('assimilation_share', ratio(s(Slot.assimilation), adults));
    set('separation_share', ratio(s(Slot.separation), adults));
    set('marginalization_share', ratio(s(Slot.marginalization), adults));
    set('heritage_language_youth', ratio(s(Slot.youthHeritage), s(Slot.youth)));
    set('heritage_school_pupils', s(Slot.pupils));
    set('host_language', ratio(s(Slot.hostProficient), adults));
    set('discrimination_rate', ratio(s(Slot.discriminated), adults));
    set('births', tally(Tally.births));
    set('deaths_settled', tally(Tally.deathsSettled));
    set('deaths_sojourners', tally(Tally.deathsSojourners));
    set('arrivals', tally(Tally.arrivals));
    set('departures', tally(Tally.departures));
    set('returns_to_kin_state', tally(Tally.returnsToKinState));
    set('transfers_to_settled', tally(Tally.transfersToSettled));
    set('family_arrivals', tally(Tally.familyArrivals));
    set('births_to_majority', tally(Tally.birthsToMajority));
    set('students', s(Slot.students));
    set('student_arrivals', tally(Tally.studentArrivals));
    set('employment_rate', ratio(s(Slot.employed), s(Slot.workingAge)));
    set('money_home_usd', tally(Tally.moneyHome));
    set('naturalised_share', ratio(s(Slot.naturalised), s(Slot.bornAbroadAdults)));
    set('migrant_legal_share', ratio(s(Slot.migrantsLegal), s(Slot.migrants)));
    set('migrant_employment_rate', ratio(s(Slot.migrantsEmployed), s(Slot.migrants)));
    set('host_prejudice', weightedHostMean(state, byRegion, d, 0));
    set(
      'contact_prejudice_correlation',
      correlation(
        s(Slot.hosts),
        s(Slot.hostContacts),
        s(Slot.prejudice),
        s(Slot.hostContacts2),
        s(Slot.prejudice2),
        s(Slot.contactsPrejudice),
      ),
    );
    students += s(Slot.students);
  }
  out[offset + TRADE] = state.economy.tradeUsd;
  out[offset + TRUST] = weightedHostMean(state, byRegion, -1, 1);
  out[offset + EXCHANGE] = students;
}

/**
 * Mean over host-majority persons of the hosts' prejudice (which 0) or attitude (which 1), for one
 * diaspora's regions (or all, d = −1): each region's host mean weighted by the majority persons its
 * hosts stand for (the host sweep's region sums).
 */
function weightedHostMean(state: SimulationState, byRegion: Float64Array, d: number, which: number): number {
  let weighted = 0;
  let total = 0;
  const perAgent = state.hosts.personsPerAgent;
  for (let r = 0; r < state.regions.length; r++) {
    if (d >= 0 && state.regions[r].diaspora !== d) continue;
    const at = r * REGION_SLOT_COUNT;
    const count = byRegion[at + RegionSlot.hosts];
    if (count === 0) continue;
    const majority = count * perAgent[r];
    weighted += majority * (byRegion[at + (which === 0 ? RegionSlot.prejudice : RegionSlot.attitude)] / count);
    total += majority;
  }
  return total > 0 ? weighted / total : 0;
}

function correlation(n: number, sx: number, sy: number, sxx: number, syy: number, sxy: number): number {
  if (n < 2) return 0;
  const vx = sxx - (sx * sx) / n;
  const vy = syy - (sy * sy) / n;
  if (vx <= 0 || vy <= 0) return 0;
  return (sxy - (sx * sy) / n) / sqrt(vx * vy);
}
