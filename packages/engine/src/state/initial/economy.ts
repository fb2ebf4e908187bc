import { ADULT_QUARTERS } from '../../equations/ages.js';
import { type BudgetCoefficients, desiredHomeBudget, investmentShare, readBudgetCoefficients } from '../../equations/budget.js';
import {
  annualIncomeInto,
  type BusinessCoefficients,
  businessStartChance,
  type CivicCoefficients,
  CREDENTIALS_STREAM,
  CREDIT_STREAM,
  canStartBusiness,
  civicLogit,
  type EmploymentCoefficients,
  employmentLogit,
  type HomeTiesLevels,
  homeTiesStepRate,
  homeTiesTarget,
  inLabourForce,
  isNaturalised,
  readBusinessCoefficients,
  readCivicCoefficients,
  readEmploymentCoefficients,
  readHomeTiesLevels,
  recognisesCredentials,
  regionMonthlyWage,
  startCapital,
  steadyTradeLinkShare,
  surplusShare,
} from '../../equations/economy.js';
import { enterpriseEntries, readEnterpriseCoefficients, steadyEnterprises } from '../../equations/enterprises.js';
import { logistic, logisticInPlace } from '../../equations/functions.js';
import { collaboratorType, fillCollaborationRates } from '../../equations/knowledge.js';
import { setEconomicContextAtStart, tradeCostAtStart, tradeTurnoverNow } from '../../equations/trade.js';
import { type Assumptions, lever, leverDefault, param, perDiasporaIds, type StepValues } from '../../equations/values.js';
import { operands, pow } from '../../math/index.js';
import type { RandomSource } from '../../rng.js';
import { streamId } from '../../rng.js';
import { DIASPORAS } from '../../scenario/catalog/index.js';
import { Flag, Kind } from '../codes.js';
import type { Persons } from '../persons.js';
import type { SimulationState } from '../simulationState.js';

/**
 * Economic traits at the start (2021) and of newcomers. Traits are drawn near the steady state of the
 * economy rules under the 2021 status quo (the levers' defaults, whatever a scenario sets from 2021 on:
 * the starting population is an observation, not a policy outcome), so the rules do not open with a
 * transient: employment at its chance, home ties at their level (the born abroad part-way from arrival),
 * savings at what saving and spending accumulate over the time spent in the host country, businesses
 * and trade links at their steady shares, civic activity at its chance.
 */
const STREAM = streamId('economy initial');
const NEWCOMER_STREAM = streamId('economy newcomer');
const Draw = { employed: 0, business: 1, civic: 3, savings: 4, tiesNoise: 10 } as const;
const TIES_NOISE = 0.1;
const ECONOMIC_FLAGS = Flag.employed | Flag.businessOwner | Flag.credentialsRecognised | Flag.civicActive;

const RECOGNITION_IDS = perDiasporaIds('credential_recognition');
const statusQuo = (suffix: string) => DIASPORAS.map((d) => leverDefault(`${d}.${suffix}`));

/** Everything the per-person initialisation reads, gathered once. */
interface Setup {
  employment: EmploymentCoefficients;
  ties: HomeTiesLevels;
  budget: BudgetCoefficients;
  business: BusinessCoefficients;
  civic: CivicCoefficients;
  /** Status-quo lever values per diaspora. */
  recognition: Float64Array;
  engagement: number[];
  credit: number[];
  voting: number[];
  arrivalTies: number;
  /** Per diaspora: step rate at which the ties of the born abroad approach their level. */
  tiesRateFirst: number[];
  spending: number;
  regionWage: Float64Array;
  /** Per diaspora: growth of the host wage per quarter at the start. */
  wageGrowth: number[];
  key: number;
  creditKey: number;
  credentialsKey: number;
}

function createSetup(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource): Setup {
  const employment = readEmploymentCoefficients(params);
  const ties = readHomeTiesLevels(params);
  const business = readBusinessCoefficients(params);
  const civic = readCivicCoefficients(params);
  const engagement = statusQuo('home_engagement');
  const fadingFirst = param(params, 'home_ties.fading_rate_generation1');
  const slowdown = param(params, 'home_ties.engagement_slowdown');
  return {
    employment,
    ties,
    budget: readBudgetCoefficients(params),
    business,
    civic,
    recognition: Float64Array.from(statusQuo('credential_recognition')),
    engagement,
    credit: statusQuo('credit_access'),
    voting: statusQuo('local_voting_rights'),
    arrivalTies: param(params, 'home_ties.migrant_arrival'),
    tiesRateFirst: engagement.map((e) => homeTiesStepRate(fadingFirst, slowdown, e, state.timeline.stepsPerYear)),
    spending: param(params, 'savings.spending_rate'),
    regionWage: regionMonthlyWages(state, new Float64Array(state.regions.length)),
    wageGrowth: ['kz.wage_growth_pct', 'uz.wage_growth_pct'].map(
      (id) => pow(1 + lever(levers, id) / 100, 1 / state.timeline.stepsPerYear) - 1,
    ),
    key: rng.streamKey(STREAM, 0),
    creditKey: rng.streamKey(CREDIT_STREAM, 0),
    credentialsKey: rng.streamKey(CREDENTIALS_STREAM, 0),
  };
}

export function initialiseEconomy(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource): void {
  const economy = state.economy;
  setEconomicContextAtStart(economy, levers, state.timeline.stepsPerYear);
  economy.tradeCostReference = tradeCostAtStart(params);
  const setup = createSetup(state, levers, params, rng);
  const p = state.persons;
  const links = economy.tradeLinks;
  links.fill(0);
  const investmentPerQuarter = new Float64Array(links.length);
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 0) continue;
    p.flags[i] &= ~ECONOMIC_FLAGS;
    p.income[i] = 0;
    p.savings[i] = 0;
    p.tradeLinkShare[i] = 0;
    initialHomeTies(state, i, setup, rng);
    if (p.ageQuarters[i] < ADULT_QUARTERS) continue;
    updateCredentials(p, i, setup.recognition, setup.credentialsKey, rng);
    if (inLabourForce(p.ageQuarters[i], p.kind[i], p.flags[i]) && findsWork(p, i, setup.employment, setup.key, rng)) {
      p.flags[i] |= Flag.employed;
      setIncome(p, i, setup.employment, setup.regionWage);
    }
    investmentPerQuarter[p.diaspora[i]] += initialSavings(state, i, setup, rng) * p.weight[i];
    initialBusiness(state, i, setup, rng);
    links[p.diaspora[i]] += p.weight[i] * p.tradeLinkShare[i];
    const civic = logistic(
      civicLogit(setup.civic, p.legal[i], setup.voting[p.diaspora[i]], p.heritageOrientation[i], p.hostOrientation[i], p.flags[i]),
    );
    if (rng.uniform(setup.key, p.id[i], Draw.civic) < civic) {
      p.flags[i] |= Flag.civicActive;
    }
  }
  economy.tradeLinksReference = links[0] + links[1];
  economy.tradeAdjustment = 1;
  economy.tradeUsd = tradeTurnoverNow(economy);
  // Enterprises with home capital at the stock 2021's links and investment sustain.
  const enterprises = readEnterpriseCoefficients(params);
  for (let d = 0; d < links.length; d++) {
    const entries = enterpriseEntries(links[d], investmentPerQuarter[d] * state.timeline.stepsPerYear, setup.engagement[d], enterprises);
    economy.homeCapitalEnterprises[d] = steadyEnterprises(entries, enterprises, state.timeline.stepsPerYear);
  }
  const skilledRate = param(params, 'knowledge.skilled_rate');
  const rates = new Float64Array(4);
  fillCollaborationRates(skilledRate, param(params, 'knowledge.alumni_rate'), rates);
  const community = economy.knowledgeCommunityReference;
  community.fill(0);
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 0) continue;
    const type = collaboratorType(p.ageQuarters[i], p.skill[i], p.flags[i]);
    if (type !== 0) community[p.diaspora[i]] += p.weight[i] * rates[type] * p.homeTies[i];
  }
}

/** Skilled qualifications recognised (equations/economy.ts recognisesCredentials), for the person in slot i. */
function updateCredentials(p: Persons, i: number, recognition: Float64Array, key: number, rng: RandomSource): void {
  if (p.skill[i] === 0 || p.flags[i] & Flag.credentialsRecognised) return;
  rng.uniformInto(drawn, 0, key, p.id[i] | 0, 0);
  if (recognisesCredentials(p.generation[i], recognition[p.diaspora[i]], drawn[0])) p.flags[i] |= Flag.credentialsRecognised;
}

/** Whether person i is employed at the start or on arrival: its employed draw against the employment chance. */
function findsWork(p: Persons, i: number, c: EmploymentCoefficients, key: number, rng: RandomSource): boolean {
  // The chance through the math functions' operands (no double crosses a call).
  operands[0] = employmentLogit(c, p.hostLanguage[i], p.legal[i], p.skill[i], p.flags[i], p.quartersSinceDiscrimination[i], p.kind[i]);
  logisticInPlace();
  rng.uniformInto(drawn, 0, key, p.id[i] | 0, Draw.employed);
  return drawn[0] < operands[0];
}

function setIncome(p: Persons, i: number, c: EmploymentCoefficients, regionWage: Float64Array): void {
  annualIncomeInto(drawn, 0, c, regionWage, p.region[i], p.kind[i], p.legal[i], p.skill[i], p.flags[i]);
  p.income[i] = drawn[0];
}

function regionMonthlyWages(state: SimulationState, out: Float64Array): Float64Array {
  for (let r = 0; r < state.regions.length; r++) {
    const region = state.regions[r];
    out[r] = regionMonthlyWage(state.economy, region.diaspora, region.wageLevel);
  }
  return out;
}

/** At the level of the generation; the born abroad part-way from their arrival ties, by their time in the host country. */
function initialHomeTies(state: SimulationState, i: number, s: Setup, rng: RandomSource): void {
  const p = state.persons;
  const d = p.diaspora[i];
  const g = p.generation[i];
  const target = homeTiesTarget(g, isNaturalised(g, p.kind[i], p.legal[i]), s.engagement[d], s.ties);
  const start = g === 1 ? target + (s.arrivalTies - target) * pow(1 - s.tiesRateFirst[d], p.quartersInHost[i]) : target;
  p.homeTies[i] = clamp01(start + TIES_NOISE * rng.normal(s.key, p.id[i], Draw.tiesNoise));
}

/**
 * What the quarterly surplus net of the money sent home accumulates to over the quarters of earning in
 * the host country, less steady spending, with incomes growing at the start's wage growth. Returns
 * what the person invests at home in the first quarter (USD), for the enterprises' starting stock.
 */
function initialSavings(state: SimulationState, i: number, s: Setup, rng: RandomSource): number {
  const p = state.persons;
  const d = p.diaspora[i];
  const perYear = state.timeline.stepsPerYear;
  const sentHome = desiredHomeBudget(p.kind[i], p.income[i], p.homeTies[i], perYear, s.budget);
  const net = (p.income[i] / perYear) * surplusShare(s.employment, p.kind[i]) - sentHome;
  // Quarters of earning here; with incomes growing at g a quarter, past surpluses were smaller:
  // S/net = (1 − spending)·(1 − x^q)/(1 − x) with x = (1 − spending)/(1 + g).
  const quarters = Math.min(p.quartersInHost[i], p.ageQuarters[i] - ADULT_QUARTERS);
  const x = (1 - s.spending) / (1 + s.wageGrowth[d]);
  const held = ((1 - s.spending) * (1 - pow(x, quarters))) / (1 - x);
  p.savings[i] = Math.max(net, 0) * held * (0.5 + rng.uniform(s.key, p.id[i], Draw.savings));
  const canBorrow = rng.uniform(s.creditKey, p.id[i], 0) < s.credit[d];
  return sentHome * investmentShare(p.trustHome[i], s.engagement[d], canBorrow, s.budget);
}

/** Ownership builds up from age 18 toward its steady share entry/(entry + exit); an owner's trading share at its steady level. */
function initialBusiness(state: SimulationState, i: number, s: Setup, rng: RandomSource): void {
  const p = state.persons;
  if (!canStartBusiness(p.kind[i], p.ageQuarters[i], p.flags[i])) return;
  const d = p.diaspora[i];
  const b = s.business;
  const financed = p.savings[i] >= startCapital(b, state.economy, d) || rng.uniform(s.creditKey, p.id[i], 0) < s.credit[d];
  const entry = businessStartChance(b, p.skill[i], p.heritageOrientation[i], p.hostOrientation[i]) * (financed ? 1 : b.unfinancedFactor);
  const owned = (entry / (entry + b.exitRate)) * (1 - pow(1 - entry - b.exitRate, p.ageQuarters[i] - ADULT_QUARTERS));
  if (rng.uniform(s.key, p.id[i], Draw.business) >= owned) return;
  p.flags[i] |= Flag.businessOwner | Flag.employed;
  setIncome(p, i, s.employment, s.regionWage);
  p.tradeLinkShare[i] = steadyTradeLinkShare(p.homeTies[i], b);
}

/**
 * Economic traits of a newcomer in `slot` (kind, diaspora, age, region, legal status already set):
 * a newborn inherits part of its mother's home ties; a labour migrant arrives with strong ties and
 * mostly with a job (drawn from the employment chance, since most come to a job arranged before
 * leaving); a student arrives with strong ties and no job. Draws use the newcomer's own id only.
 */
export function initialiseNewcomerEconomicTraits(
  state: SimulationState,
  slot: number,
  mother: number,
  levers: StepValues,
  params: Assumptions,
  rng: RandomSource,
  step: number,
): void {
  const p = state.persons;
  const settings = newcomerSettingsFor(params);
  p.flags[slot] &= ~ECONOMIC_FLAGS;
  p.income[slot] = 0;
  p.savings[slot] = 0;
  p.tradeLinkShare[slot] = 0;
  if (mother >= 0) {
    p.homeTies[slot] = p.homeTies[mother] * settings.inheritance;
    return;
  }
  newcomerKey[0] = rng.streamKey(NEWCOMER_STREAM, step);
  drawArrivalTies(p, slot, rng);
  if (p.kind[slot] !== Kind.labourMigrant) return;
  for (let d = 0; d < newcomerRecognition.length; d++) newcomerRecognition[d] = lever(levers, RECOGNITION_IDS[d]);
  updateCredentials(p, slot, newcomerRecognition, rng.streamKey(CREDENTIALS_STREAM, 0), rng);
  if (findsWork(p, slot, settings.employment, newcomerKey[0], rng)) {
    p.flags[slot] |= Flag.employed;
    setIncome(p, slot, settings.employment, newcomerRegionWages(state));
  }
}

/** An arrival's home ties: the arrival level plus noise, within [0, 1] (clamp01 written out: no boxed return). */
function drawArrivalTies(p: Persons, slot: number, rng: RandomSource): void {
  rng.normalInto(tiesNoise, 0, newcomerKey[0], p.id[slot] | 0, Draw.tiesNoise);
  const ties = newcomerSettings.arrivalTies + TIES_NOISE * tiesNoise[0];
  p.homeTies[slot] = Math.min(Math.max(ties, 0), 1);
}

/** An arrival's ties noise (rng.normalInto: a double returned by a call V8 does not inline is allocated). */
const tiesNoise = new Float64Array(1);

/** Assumptions newcomers read, gathered once per assumptions object (newcomers arrive every quarter). */
const newcomerSettings = {
  params: undefined as Assumptions | undefined,
  inheritance: Number.NaN,
  arrivalTies: Number.NaN,
  employment: undefined as unknown as EmploymentCoefficients,
};

function newcomerSettingsFor(params: Assumptions): typeof newcomerSettings {
  if (newcomerSettings.params !== params) {
    newcomerSettings.inheritance = param(params, 'home_ties.inheritance');
    newcomerSettings.arrivalTies = param(params, 'home_ties.migrant_arrival');
    newcomerSettings.employment = readEmploymentCoefficients(params);
    newcomerSettings.params = params;
  }
  return newcomerSettings;
}

const newcomerKey = new Float64Array(1);

/**
 * Uniform draws handed back by rng.uniformInto, and incomes by annualIncomeInto (a double returned by
 * a call V8 does not inline is allocated).
 */
const drawn = new Float64Array(1);
const newcomerRegionWage = new Float64Array(32);
/** What newcomerRegionWage was computed for: the state and its two host wages. */
const newcomerWagesOf = { state: undefined as SimulationState | undefined, wageKazakhstan: Number.NaN, wageUzbekistan: Number.NaN };

/** The regions' monthly wages for newcomers, recomputed only when the host wages change (per newcomer it allocated). */
function newcomerRegionWages(state: SimulationState): Float64Array {
  const economy = state.economy;
  const of = newcomerWagesOf;
  if (of.state !== state || of.wageKazakhstan !== economy.wageKazakhstan || of.wageUzbekistan !== economy.wageUzbekistan) {
    regionMonthlyWages(state, newcomerRegionWage);
    of.state = state;
    of.wageKazakhstan = economy.wageKazakhstan;
    of.wageUzbekistan = economy.wageUzbekistan;
  }
  return newcomerRegionWage;
}
const newcomerRecognition = new Float64Array(RECOGNITION_IDS.length);

function clamp01(x: number): number {
  return Math.min(Math.max(x, 0), 1);
}
