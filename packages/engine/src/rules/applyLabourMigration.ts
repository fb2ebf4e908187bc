import { INITIAL_POPULATION, migrantWeight, SKILL_SHARES } from '../data/initialPopulation.js';
import { kazakhstanShareFactor, REFERENCE_LEGAL_ACCESS, WAGE_KAZAKHSTAN_2021_USD, WAGE_UZBEKISTAN_2021_USD } from '../data/migration.js';
import { lever, param, type StepValues } from '../equations/values.js';
import { log, pow } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORAS } from '../scenario/catalog/index.js';
import { Diaspora, Kind, Legal, NewcomerKind, NO_PARENT, Sex } from '../state/codes.js';
import type { EconomyState } from '../state/economy.js';
import { initialiseNewcomerEconomicTraits } from '../state/initial/economy.js';
import { drawMigrantAge, drawSkill, geometricQuarters } from '../state/initial/personTraits.js';
import { initialiseNewcomerSocialTraits } from '../state/initial/social.js';
import { addNewcomer, drawRegion } from '../state/newcomers.js';
import type { Persons } from '../state/persons.js';
import { removePerson, type SimulationState, slotScratch } from '../state/simulationState.js';
import { blockEnd } from '../state/sweep.js';
import { addTally, Tally } from '../state/tallies.js';
import { familyJoins, joinFamily, startFamilies } from './familyReunification.js';
import type { Rule } from './rule.js';
import { migrantsOfQuarter, takeStayCandidates } from './stayCandidates.js';

const STREAM = streamId('labour migration');
// Draw numbers: a leaving migrant's (by its id), a newcomer's (by its id), the step's count (by diaspora).
const DRAW_SETTLES = 0;
const DRAW = { region: 1, age: 2, sex: 3, legal: 4, skill: 5, stay: 6 } as const;

/** Uniform draws handed back by rng.uniformInto (a double returned by a call V8 does not inline is allocated). */
const drawn = new Float64Array(1);
const COUNT_AGENT_ID = 0x7fffffff;
const accessLevers = DIASPORAS.map((d) => `${d}.migrant_legal_access`);
const LOG_WAGE_RATIO_2021 = log(WAGE_KAZAKHSTAN_2021_USD / WAGE_UZBEKISTAN_2021_USD);

/**
 * Labour migrants arrive alone (their families stay at home) and each stay is geometric with the
 * mean stay; when it ends the migrant leaves, or with a small chance settles (a transfer to the
 * settled), and then a share are joined by their family (settled arrivals: familyReunification.ts,
 * in slot order of the migrants after the sweep). Arrivals a year = stock potential / mean
 * stay × wage-gap factor × Russia factor × legal-access factor (Uzbeks in Kazakhstan; Kazakhs in
 * Uzbekistan: potential × legal-access factor only). The number of arriving agents is the expected
 * number plus one per-step uniform, rounded down, so the k-th arrival is the same agent in every run.
 */
export const applyLabourMigration: Rule = (state, levers, params, rng, step) => {
  setup.key = rng.streamKey(STREAM, step);
  setup.settleShare = param(params, 'migration.settle_share');
  setup.familyShare = param(params, 'migration.family_reunification_share');
  setup.families = 0;
  // The ageing sweep's list of the persons of this kind, in slot order (stayCandidates.ts).
  const end = takeStayCandidates(migrantsOfQuarter, state, step, MIGRANT);
  for (let from = 0; from < end; from = blockEnd(from, end)) endStays(state, rng, from, blockEnd(from, end));
  startFamilies();
  const settling = slotScratch(state);
  for (let k = 0; k < setup.families; k++) joinFamily(state, settling[k], setup.key, levers, params, rng, step);
  const meanStayYears = param(params, 'migration.mean_stay_years');
  setup.meanStayQuarters = meanStayYears * 4;
  for (let d = 0; d < DIASPORAS.length; d++) {
    const weight = migrantWeight(d, state.personsPerAgent);
    const access = lever(levers, accessLevers[d]);
    setup.access = access;
    const perYear = migrantArrivalsPerYear(d, state.economy, levers, params, access, meanStayYears);
    const count = Math.floor(perYear / 4 / weight + rng.uniform(setup.key, COUNT_AGENT_ID, d));
    for (let k = 0; k < count; k++) {
      const slot = addNewcomer(state, step, NewcomerKind.labourMigrant, k, d, 0, Kind.labourMigrant, weight);
      drawWhereAndWho(state, slot, rng);
      drawStatusAndStay(state.persons, slot, rng);
      initialiseNewcomerSocialTraits(state, slot, NO_PARENT, NO_PARENT, params, rng, step);
      initialiseNewcomerEconomicTraits(state, slot, NO_PARENT, levers, params, rng, step);
      addTally(state.tallies, d, Tally.arrivals, weight);
    }
  }
};

/** Per-step values the sweeps and the arrivals read (fields, so no number is boxed crossing calls). */
const setup = {
  key: Number.NaN,
  settleShare: Number.NaN,
  familyShare: Number.NaN,
  meanStayQuarters: Number.NaN,
  access: Number.NaN,
  /** Settling migrants joined by their family this step (listed in slotScratch). */
  families: 0,
};
const MIGRANT = Kind.labourMigrant;

/** Stays that end this quarter: the migrant leaves, or with a small chance settles. */
function endStays(state: SimulationState, rng: RandomSource, from: number, to: number): void {
  const p = state.persons;
  const { alive, kind, quartersLeft, id } = p;
  const { key, settleShare } = setup;
  const listed = migrantsOfQuarter.slots;
  for (let n = from; n < to; n++) {
    const i = listed[n];
    if (alive[i] === 0 || kind[i] !== MIGRANT) continue;
    if (--quartersLeft[i] > 0) continue;
    rng.uniformInto(drawn, 0, key, id[i] | 0, DRAW_SETTLES);
    settleOrLeave(state, i, drawn[0] < settleShare, rng);
  }
}

function settleOrLeave(state: SimulationState, slot: number, settles: boolean, rng: RandomSource): void {
  const p = state.persons;
  if (settles) {
    p.kind[slot] = Kind.settled;
    p.quartersInStatus[slot] = 0;
    addTally(state.tallies, p.diaspora[slot], Tally.transfersToSettled, p.weight[slot]);
    if (familyJoins(state, slot, setup.familyShare, setup.key, rng)) slotScratch(state)[setup.families++] = slot;
  } else {
    removePerson(state, slot);
    addTally(state.tallies, p.diaspora[slot], Tally.departures, p.weight[slot]);
  }
}

/** An arrival's region, age and sex (draws of its own id). */
function drawWhereAndWho(state: SimulationState, slot: number, rng: RandomSource): void {
  const q = state.persons;
  const id = q.id[slot] | 0; // signed (the draws only multiply it): an id past 2^31 crossing a call is allocated
  const d = q.diaspora[slot];
  const key = setup.key;
  rng.uniformInto(drawn, 0, key, id, DRAW.region);
  q.region[slot] = drawRegion(state.regions, d, 'migrantShare', drawn[0]);
  rng.uniformInto(drawn, 0, key, id, DRAW.age);
  q.ageQuarters[slot] = drawMigrantAge(drawn, 0);
  rng.uniformInto(drawn, 0, key, id, DRAW.sex);
  q.sex[slot] = drawn[0] < INITIAL_POPULATION[d].migrantMaleShare ? Sex.male : Sex.female;
}

/** An arrival's generation, legal status (by the legal-access lever), skill and length of stay. */
function drawStatusAndStay(q: Persons, slot: number, rng: RandomSource): void {
  const id = q.id[slot] | 0; // signed (the draws only multiply it): an id past 2^31 crossing a call is allocated
  const key = setup.key;
  q.generation[slot] = 1;
  rng.uniformInto(drawn, 0, key, id, DRAW.legal);
  q.legal[slot] = drawn[0] < setup.access ? Legal.temporaryPermit : Legal.irregular;
  rng.uniformInto(drawn, 0, key, id, DRAW.skill);
  q.skill[slot] = drawSkill(SKILL_SHARES.labourMigrant, drawn[0]);
  rng.uniformInto(drawn, 0, key, id, DRAW.stay);
  q.quartersLeft[slot] = geometricQuarters(setup.meanStayQuarters, drawn, 0);
}

/** Expected arrivals of labour migrants a year (persons) into diaspora d. */
export function migrantArrivalsPerYear(
  d: number,
  economy: EconomyState,
  levers: StepValues,
  params: Readonly<Record<string, number>>,
  access: number,
  meanStayYears: number,
): number {
  const legalFactor = Math.max(0, 1 + param(params, 'migration.legal_access_arrival_effect') * (access - REFERENCE_LEGAL_ACCESS));
  if (d !== Diaspora.uz_in_kz) return (param(params, 'migration.kz_in_uz_stock_potential') / meanStayYears) * legalFactor;
  return (
    (param(params, 'migration.stock_potential') / meanStayYears) *
    wageGapFactor(economy, param(params, 'migration.wage_gap_elasticity')) *
    kazakhstanShareFactor(lever(levers, 'russia.migration_pull')) *
    legalFactor
  );
}

/**
 * (log wage ratio / its 2021 value) ^ elasticity; 1 while the economy has no wages yet (the economic
 * context rule has not run), 0 once Uzbek wages reach Kazakh ones.
 */
export function wageGapFactor(economy: EconomyState, elasticity: number): number {
  if (!(economy.wageKazakhstan > 0 && economy.wageUzbekistan > 0)) return 1;
  const logRatio = log(economy.wageKazakhstan / economy.wageUzbekistan);
  return logRatio > 0 ? pow(logRatio / LOG_WAGE_RATIO_2021, elasticity) : 0;
}
