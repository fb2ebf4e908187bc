import { sqrt } from '../math/index.js';
import { blockEnd } from '../rules/sweep.js';
import { DIASPORAS, INDICATOR_INDEX, PER_DIASPORA_KEYS } from '../scenario/catalog/index.js';
import { DIASPORA_COUNT, Flag, Kind, Legal } from '../state/codes.js';
import type { SimulationState } from '../state/simulationState.js';
import { readTally, Tally } from '../state/tallies.js';

/**
 * Indicators of one step, measured from the state after all rules (apart from the rules: nothing here
 * changes the state). Shares and rates describe the settled diaspora: labour migrants and students
 * are counted apart (their own indicators), so an inflow of sojourners is not read as a change in the
 * settled community. One sweep over the persons accumulates every per-diaspora sum; one over the host
 * agents their prejudice and attitudes, by region, which are then weighted by each region's majority
 * population (so the result does not depend on how many host agents a region has).
 */
const ADULT_QUARTERS = 18 * 4;
const RETIREMENT_QUARTERS = 65 * 4;
const SCHOOL_START_QUARTERS = 6 * 4;
/** Quarters back that count as "discriminated in the last year". */
const DISCRIMINATION_YEAR = 4;

// Accumulator slots per diaspora.
const S = {
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
const SLOTS = 29;

const perDiasporaIndex = DIASPORAS.map((d) => {
  const index: Record<string, number> = {};
  for (const key of PER_DIASPORA_KEYS) index[key] = INDICATOR_INDEX.get(`${d}.${key}`) as number;
  return index;
});
const TRADE = INDICATOR_INDEX.get('bilateral.trade_usd') as number;
const TRUST = INDICATOR_INDEX.get('bilateral.trust_index') as number;
const EXCHANGE = INDICATOR_INDEX.get('bilateral.exchange_participants') as number;

export function createObserver(): (state: SimulationState, out: Float64Array, offset: number) => void {
  const sums = new Float64Array(DIASPORA_COUNT * SLOTS);
  let byRegion = new Float64Array(0);
  return (state, out, offset) => {
    sums.fill(0);
    const regionCount = state.regions.length;
    if (byRegion.length < 3 * regionCount) byRegion = new Float64Array(3 * regionCount);
    byRegion.fill(0);
    const end = state.persons.end;
    for (let from = 0; from < end; from = blockEnd(from, end)) sweepPersons(state, sums, from, blockEnd(from, end));
    const hosts = state.hosts.count;
    for (let from = 0; from < hosts; from = blockEnd(from, hosts)) sweepHosts(state, sums, byRegion, from, blockEnd(from, hosts));
    const perYear = state.timeline.stepsPerYear;
    let students = 0;
    for (let d = 0; d < DIASPORA_COUNT; d++) {
      const s = (slot: number) => sums[d * SLOTS + slot];
      const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
      const tally = (t: number) => readTally(state.tallies, d, t) * perYear;
      const ix = perDiasporaIndex[d];
      const set = (key: string, value: number) => {
        out[offset + ix[key]] = value;
      };
      const adults = s(S.settledAdults);
      set('population', s(S.settled));
      set('migrants', s(S.sojourners));
      set('remittances_usd', tally(Tally.remittancesTotal));
      set('remittances_formal_usd', tally(Tally.remittancesFormal));
      set('investment_usd', tally(Tally.investment));
      set('businesses', s(S.businesses));
      set('trade_links', s(S.tradeLinks));
      set('knowledge_transfer', tally(Tally.knowledgeTransfer));
      set('home_capital_enterprises', state.economy.homeCapitalEnterprises[d]);
      set('advocacy_rate', ratio(s(S.civic), adults));
      set('integration_share', ratio(s(S.integration), adults));
      set('assimilation_share', ratio(s(S.assimilation), adults));
      set('separation_share', ratio(s(S.separation), adults));
      set('marginalization_share', ratio(s(S.marginalization), adults));
      set('heritage_language_youth', ratio(s(S.youthHeritage), s(S.youth)));
      set('heritage_school_pupils', s(S.pupils));
      set('host_language', ratio(s(S.hostProficient), adults));
      set('discrimination_rate', ratio(s(S.discriminated), adults));
      set('births', tally(Tally.births));
      set('deaths_settled', tally(Tally.deathsSettled));
      set('deaths_sojourners', tally(Tally.deathsSojourners));
      set('arrivals', tally(Tally.arrivals));
      set('departures', tally(Tally.departures));
      set('returns_to_kin_state', tally(Tally.returnsToKinState));
      set('transfers_to_settled', tally(Tally.transfersToSettled));
      set('family_arrivals', tally(Tally.familyArrivals));
      set('births_to_majority', tally(Tally.birthsToMajority));
      set('students', s(S.students));
      set('student_arrivals', tally(Tally.studentArrivals));
      set('employment_rate', ratio(s(S.employed), s(S.workingAge)));
      set('money_home_usd', tally(Tally.moneyHome));
      set('naturalised_share', ratio(s(S.naturalised), s(S.bornAbroadAdults)));
      set('migrant_legal_share', ratio(s(S.migrantsLegal), s(S.migrants)));
      set('migrant_employment_rate', ratio(s(S.migrantsEmployed), s(S.migrants)));
      set('host_prejudice', weightedHostMean(state, byRegion, d, 0));
      set(
        'contact_prejudice_correlation',
        correlation(s(S.hosts), s(S.hostContacts), s(S.prejudice), s(S.hostContacts2), s(S.prejudice2), s(S.contactsPrejudice)),
      );
      students += s(S.students);
    }
    out[offset + TRADE] = state.economy.tradeUsd;
    out[offset + TRUST] = weightedHostMean(state, byRegion, -1, 1);
    out[offset + EXCHANGE] = students;
  };
}

/**
 * Mean over host-majority persons of the hosts' prejudice (which 0) or attitude (which 1), for one
 * diaspora's regions (or all, d = −1): each region's host mean weighted by the majority persons its
 * hosts stand for. byRegion holds per region: host count, prejudice sum, attitude sum.
 */
function weightedHostMean(state: SimulationState, byRegion: Float64Array, d: number, which: number): number {
  let weighted = 0;
  let total = 0;
  const perAgent = state.hosts.personsPerAgent;
  for (let r = 0; r < state.regions.length; r++) {
    if (d >= 0 && state.regions[r].diaspora !== d) continue;
    const count = byRegion[3 * r];
    if (count === 0) continue;
    const majority = count * perAgent[r];
    weighted += majority * (byRegion[3 * r + 1 + which] / count);
    total += majority;
  }
  return total > 0 ? weighted / total : 0;
}

// Module constants for the sweeps (V8 folds these; imported bindings are loaded and checked on each use).
const SETTLED = Kind.settled;
const STUDENT = Kind.student;
const MIGRANT = Kind.labourMigrant;
const CITIZEN = Legal.citizen;
const IRREGULAR = Legal.irregular;
const OWNER = Flag.businessOwner;
const PUPIL = Flag.inHeritageSchool;
const ACTIVE = Flag.civicActive;
const EMPLOYED = Flag.employed;

/** Per-diaspora sums over persons in slots [from, to) (every sum in slot order, so blocks change nothing). */
function sweepPersons(state: SimulationState, sums: Float64Array, from: number, to: number): void {
  const p = state.persons;
  const { alive, diaspora, kind, flags, ageQuarters, weight, heritageOrientation, hostOrientation, tradeLinkShare } = p;
  const { heritageLanguage, hostLanguage, quartersSinceDiscrimination, generation, legal } = p;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const base = diaspora[i] * SLOTS;
    const w = weight[i];
    const k = kind[i];
    const f = flags[i];
    const age = ageQuarters[i];
    if (f & OWNER) {
      sums[base + S.businesses] += w;
      sums[base + S.tradeLinks] += w * tradeLinkShare[i];
    }
    if (k !== SETTLED) {
      sums[base + S.sojourners] += w;
      if (k === STUDENT) sums[base + S.students] += w;
      else if (k === MIGRANT) {
        sums[base + S.migrants] += w;
        if (legal[i] !== IRREGULAR) sums[base + S.migrantsLegal] += w;
        if (f & EMPLOYED) sums[base + S.migrantsEmployed] += w;
      }
      continue;
    }
    sums[base + S.settled] += w;
    if (f & PUPIL && age >= SCHOOL_START_QUARTERS) sums[base + S.pupils] += w;
    if (age < ADULT_QUARTERS) {
      sums[base + S.youth] += w;
      if (heritageLanguage[i] >= 0.5) sums[base + S.youthHeritage] += w;
      continue;
    }
    sums[base + S.settledAdults] += w;
    if (f & ACTIVE) sums[base + S.civic] += w;
    const h = heritageOrientation[i] >= 0.5;
    const n = hostOrientation[i] >= 0.5;
    sums[base + (h ? (n ? S.integration : S.separation) : n ? S.assimilation : S.marginalization)] += w;
    if (hostLanguage[i] >= 0.5) sums[base + S.hostProficient] += w;
    if (quartersSinceDiscrimination[i] < DISCRIMINATION_YEAR) sums[base + S.discriminated] += w;
    if (generation[i] === 1) {
      sums[base + S.bornAbroadAdults] += w;
      if (legal[i] === CITIZEN) sums[base + S.naturalised] += w;
    }
    if (age < RETIREMENT_QUARTERS) {
      sums[base + S.workingAge] += w;
      if (f & EMPLOYED) sums[base + S.employed] += w;
    }
  }
}

/** Per-diaspora sums for the contact–prejudice correlation, and per region: hosts, prejudice and attitude sums. */
function sweepHosts(state: SimulationState, sums: Float64Array, byRegion: Float64Array, from: number, to: number): void {
  const h = state.hosts;
  const { diaspora, region, prejudice, contactsYear, attitude } = h;
  for (let i = from; i < to; i++) {
    const base = diaspora[i] * SLOTS;
    const p = prejudice[i];
    const c = contactsYear[i];
    sums[base + S.hosts] += 1;
    sums[base + S.prejudice] += p;
    sums[base + S.prejudice2] += p * p;
    sums[base + S.hostContacts] += c;
    sums[base + S.hostContacts2] += c * c;
    sums[base + S.contactsPrejudice] += c * p;
    const r = 3 * region[i];
    byRegion[r] += 1;
    byRegion[r + 1] += p;
    byRegion[r + 2] += attitude[i];
  }
}

function correlation(n: number, sx: number, sy: number, sxx: number, syy: number, sxy: number): number {
  if (n < 2) return 0;
  const vx = sxx - (sx * sx) / n;
  const vy = syy - (sy * sy) / n;
  if (vx <= 0 || vy <= 0) return 0;
  return (sxy - (sx * sy) / n) / sqrt(vx * vy);
}
