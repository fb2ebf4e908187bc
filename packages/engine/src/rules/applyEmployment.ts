import { exp } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORA_COUNT, Flag, Kind, Legal, Skill } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { ADULT_QUARTERS, BUSINESS_EXIT_QUARTERS, hostWage, perDiasporaIds, RETIREMENT_QUARTERS } from './economyShared.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

/**
 * Employment, income and saving. Each quarter a share of working-age people have their job status
 * drawn afresh from logistic(β0 + β1·host language + β2·legal status + β3·recognised credentials of
 * the skilled − β4·recent discrimination + labour-migrant term); the rest keep it, so the employed
 * share relaxes toward the chance and jobs persist. Income (USD per year) follows the host wage, the
 * region's wage level and skill; what is not consumed is saved (remittances are paid out of savings).
 */
const STREAM = streamId('employment');
const CREDENTIALS_STREAM = streamId('credential recognition');
const DRAW_JOB = 0;

const RECOGNITION_IDS = perDiasporaIds('credential_recognition');

export interface EmploymentCoefficients {
  intercept: number;
  hostLanguage: number;
  legalStatus: number;
  credentials: number;
  discrimination: number;
  labourMigrant: number;
  discriminationMemory: number;
  skillWage: Float64Array;
  migrantWage: number;
  irregularWage: number;
  ownerPremium: number;
  consumptionSettled: number;
  consumptionMigrant: number;
}

export function createEmploymentCoefficients(): EmploymentCoefficients {
  return {
    intercept: 0,
    hostLanguage: 0,
    legalStatus: 0,
    credentials: 0,
    discrimination: 0,
    labourMigrant: 0,
    discriminationMemory: 0,
    skillWage: new Float64Array(3),
    migrantWage: 0,
    irregularWage: 0,
    ownerPremium: 0,
    consumptionSettled: 0,
    consumptionMigrant: 0,
  };
}

export function readEmploymentCoefficients(params: Assumptions, c: EmploymentCoefficients): void {
  c.intercept = param(params, 'employment.intercept');
  c.hostLanguage = param(params, 'employment.host_language_effect');
  c.legalStatus = param(params, 'employment.legal_status_effect');
  c.credentials = param(params, 'employment.credentials_effect');
  c.discrimination = param(params, 'employment.discrimination_effect');
  c.labourMigrant = param(params, 'employment.labour_migrant_effect');
  c.discriminationMemory = param(params, 'employment.discrimination_memory_quarters');
  c.skillWage[Skill.low] = param(params, 'income.low_skill_wage');
  c.skillWage[Skill.mid] = param(params, 'income.mid_skill_wage');
  c.skillWage[Skill.high] = param(params, 'income.high_skill_wage');
  c.migrantWage = param(params, 'income.migrant_wage_ratio');
  c.irregularWage = param(params, 'income.irregular_wage_ratio');
  c.ownerPremium = param(params, 'income.business_owner_premium');
  c.consumptionSettled = param(params, 'income.consumption_share_settled');
  c.consumptionMigrant = param(params, 'income.consumption_share_migrant');
}

/** In the labour market: working age, not a student; business owners work until they close. */
export function inLabourForce(state: SimulationState, i: number): boolean {
  const p = state.persons;
  const age = p.ageQuarters[i];
  if (age < ADULT_QUARTERS || p.kind[i] === Kind.student) return false;
  if (p.flags[i] & Flag.businessOwner) return age < BUSINESS_EXIT_QUARTERS;
  return age < RETIREMENT_QUARTERS;
}

/**
 * Writes person i's employment chance to out[0]. Writing rather than returning keeps the rule's hot
 * loop free of boxed numbers (V8 boxes a double returned from a call it does not inline).
 */
export function writeEmploymentChance(state: SimulationState, i: number, c: EmploymentCoefficients, out: Float64Array): void {
  const p = state.persons;
  const f = p.flags[i];
  let x = c.intercept + c.hostLanguage * p.hostLanguage[i];
  if (p.legal[i] !== Legal.irregular) x += c.legalStatus;
  if (p.skill[i] !== Skill.low && f & Flag.credentialsRecognised) x += c.credentials;
  if (p.quartersSinceDiscrimination[i] < c.discriminationMemory) x -= c.discrimination;
  if (p.kind[i] === Kind.labourMigrant) x += c.labourMigrant;
  out[0] = 1 / (1 + exp(-x));
}

const chanceOut = new Float64Array(1);

/** The employment chance logistic(β0 + β1·language + β2·legal + β3·credentials − β4·discrimination + migrant term). */
export function employmentChance(state: SimulationState, i: number, c: EmploymentCoefficients): number {
  writeEmploymentChance(state, i, c, chanceOut);
  return chanceOut[0];
}

/**
 * Writes the income column (USD per year; 0 when not employed). A skilled person whose qualification
 * is not recognised is paid as low-skilled. Writes rather than returns so the hot loop boxes no numbers.
 */
export function setIncome(state: SimulationState, i: number, c: EmploymentCoefficients, regionMonthlyWage: Float64Array): void {
  const p = state.persons;
  const f = p.flags[i];
  if ((f & Flag.employed) === 0) {
    p.income[i] = 0;
    return;
  }
  const monthly = regionMonthlyWage[p.region[i]];
  if (p.kind[i] === Kind.labourMigrant) {
    p.income[i] = 12 * monthly * c.migrantWage * (p.legal[i] === Legal.irregular ? c.irregularWage : 1);
    return;
  }
  const skill = f & Flag.credentialsRecognised ? p.skill[i] : Skill.low;
  p.income[i] = 12 * monthly * c.skillWage[skill] * (f & Flag.businessOwner ? c.ownerPremium : 1);
}

/** Average monthly wage of each region this step (host wage × the region's wage level), into `out`. */
export function regionMonthlyWages(state: SimulationState, out: Float64Array): Float64Array {
  const wages: Float64Array = out.length >= state.regions.length ? out : new Float64Array(state.regions.length);
  for (let r = 0; r < state.regions.length; r++) wages[r] = hostWage(state.economy, state.regions[r].diaspora) * state.regions[r].wageLevel;
  return wages;
}

/** Share of income saved or remitted (what is not consumed where one lives). */
export function surplusShare(state: SimulationState, i: number, c: EmploymentCoefficients): number {
  return 1 - (state.persons.kind[i] === Kind.labourMigrant ? c.consumptionMigrant : c.consumptionSettled);
}

/**
 * Skilled people born abroad hold a foreign qualification, recognised with the host's chance (one
 * fixed draw per person, so more recognition only adds people; once recognised it stays). Those born
 * in the host country studied there: their qualification is valid.
 */
export function updateCredentials(state: SimulationState, i: number, recognitionByDiaspora: Float64Array, rng: RandomSource): void {
  const p = state.persons;
  if (p.skill[i] === Skill.low || p.flags[i] & Flag.credentialsRecognised) return;
  if (p.generation[i] > 1 || rng.uniform(credentialsDrawKey(rng), p.id[i], 0) < recognitionByDiaspora[p.diaspora[i]]) {
    p.flags[i] |= Flag.credentialsRecognised;
  }
}

/** Key of the one fixed draw per person that decides recognition (the same in every step). */
export function credentialsDrawKey(rng: RandomSource): number {
  return rng.streamKey(CREDENTIALS_STREAM, 0);
}

const coefficients = createEmploymentCoefficients();
let regionWage: Float64Array = new Float64Array(0);
const recognition = new Float64Array(DIASPORA_COUNT);
/** Per-step values of the sweep. */
const setup = { reassessRate: Number.NaN, key: Number.NaN, credentialsKey: Number.NaN, perYear: Number.NaN };

// Imported constants as module constants, which V8 folds into the sweep (imported bindings are
// loaded and checked on every use).
const ADULT = ADULT_QUARTERS;
const RETIREMENT = RETIREMENT_QUARTERS;
const BUSINESS_EXIT = BUSINESS_EXIT_QUARTERS;
const STUDENT = Kind.student;
const MIGRANT = Kind.labourMigrant;
const IRREGULAR = Legal.irregular;
const LOW = Skill.low;
const EMPLOYED = Flag.employed;
const OWNER = Flag.businessOwner;
const RECOGNISED = Flag.credentialsRecognised;

export const applyEmployment: Rule = (state, levers, params, rng, step) => {
  readEmploymentCoefficients(params, coefficients);
  for (let d = 0; d < DIASPORA_COUNT; d++) recognition[d] = lever(levers, RECOGNITION_IDS[d]);
  setup.reassessRate = param(params, 'employment.reassessment_rate');
  setup.key = rng.streamKey(STREAM, step);
  setup.credentialsKey = credentialsDrawKey(rng);
  setup.perYear = state.timeline.stepsPerYear;
  regionWage = regionMonthlyWages(state, regionWage);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) employ(state.persons, coefficients, rng, from, blockEnd(from, end));
};

/**
 * The sweep: inLabourForce, updateCredentials, writeEmploymentChance and setIncome written out with
 * the person's flags in a local (the exported functions, used by the initialisation and the tests,
 * compute the same values in the same order).
 */
function employ(p: Persons, c: EmploymentCoefficients, rng: RandomSource, from: number, to: number): void {
  const { alive, flags, income, savings, id, kind, skill, generation, diaspora, ageQuarters, legal, hostLanguage, region } = p;
  const { quartersSinceDiscrimination } = p;
  const { reassessRate, key, credentialsKey, perYear } = setup;
  const { intercept, legalStatus, credentials, discrimination, labourMigrant, discriminationMemory, migrantWage, irregularWage } = c;
  const { ownerPremium, consumptionMigrant, consumptionSettled, skillWage } = c;
  const languageEffect = c.hostLanguage;
  const wage = regionWage;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const age = ageQuarters[i];
    const k = kind[i];
    let f = flags[i];
    if (age < ADULT || k === STUDENT || age >= (f & OWNER ? BUSINESS_EXIT : RETIREMENT)) {
      flags[i] = f & ~EMPLOYED;
      income[i] = 0;
      continue;
    }
    const s = skill[i];
    if (s !== LOW && (f & RECOGNISED) === 0) {
      if (generation[i] > 1 || rng.uniform(credentialsKey, id[i], 0) < recognition[diaspora[i]]) f |= RECOGNISED;
    }
    if (f & OWNER) f |= EMPLOYED;
    else {
      // One draw: below the reassessment rate, u/rate is again uniform and decides the new status.
      const u = rng.uniform(key, id[i], DRAW_JOB);
      if (u < reassessRate) {
        let x = intercept + languageEffect * hostLanguage[i];
        if (legal[i] !== IRREGULAR) x += legalStatus;
        if (s !== LOW && f & RECOGNISED) x += credentials;
        if (quartersSinceDiscrimination[i] < discriminationMemory) x -= discrimination;
        if (k === MIGRANT) x += labourMigrant;
        if (u / reassessRate < 1 / (1 + exp(-x))) f |= EMPLOYED;
        else f &= ~EMPLOYED;
      }
    }
    flags[i] = f;
    if ((f & EMPLOYED) === 0) income[i] = 0;
    else if (k === MIGRANT) income[i] = 12 * wage[region[i]] * migrantWage * (legal[i] === IRREGULAR ? irregularWage : 1);
    else income[i] = 12 * wage[region[i]] * skillWage[f & RECOGNISED ? s : LOW] * (f & OWNER ? ownerPremium : 1);
    savings[i] += (income[i] / perYear) * (1 - (k === MIGRANT ? consumptionMigrant : consumptionSettled));
  }
}
