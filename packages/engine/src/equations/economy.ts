import { pow } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import { Flag, Kind, Legal, Skill } from '../state/codes.js';
import type { EconomyState } from '../state/economy.js';
import { ADULT_QUARTERS, BUSINESS_EXIT_QUARTERS, RETIREMENT_QUARTERS } from './ages.js';
import { type Assumptions, param } from './values.js';

/**
 * Equations of the household's economy (docs/model.md, section 7.3): employment and income, home ties,
 * the household budget, business, civic participation. Each formula is defined once here and used by
 * the kernels (rules/) and the initialisation (state/initial/economy.ts).
 */
export const CREDIT_STREAM = streamId('credit access');
export const CREDENTIALS_STREAM = streamId('credential recognition');

/** Average monthly wage (USD) of the diaspora's host country: Uzbeks live in Kazakhstan, Kazakhs in Uzbekistan. */
export function hostWage(economy: EconomyState, diaspora: number): number {
  return diaspora === 0 ? economy.wageKazakhstan : economy.wageUzbekistan;
}

/** The average monthly wage (USD) of a region: its country's wage × the region's wage level. */
export function regionMonthlyWage(economy: EconomyState, diaspora: number, wageLevel: number): number {
  return hostWage(economy, diaspora) * wageLevel;
}

/**
 * Whether a skilled person's qualification counts in the host country: those born here studied here;
 * those born abroad by one fixed draw u per person (draw 0 of the CREDENTIALS_STREAM key of step 0)
 * against the recognition share, so more recognition only adds people. (The draw is the caller's: a
 * draw made in here, where V8 did not always inline it, came back as an allocated double.)
 */
export function recognisesCredentials(generation: number, share: number, u: number): boolean {
  return generation > 1 || u < share;
}

/**
 * Whether a person can borrow, given the share of diaspora entrepreneurs able to: one fixed draw per
 * person (not per step), so the same people are bankable in every quarter and every mechanism, and
 * raising the share only adds borrowers.
 */
export function hasCreditAccess(rng: RandomSource, agentId: number, share: number): boolean {
  return rng.uniform(rng.streamKey(CREDIT_STREAM, 0), agentId, 0) < share;
}

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

export function readEmploymentCoefficients(params: Assumptions): EmploymentCoefficients {
  return {
    intercept: param(params, 'employment.intercept'),
    hostLanguage: param(params, 'employment.host_language_effect'),
    legalStatus: param(params, 'employment.legal_status_effect'),
    credentials: param(params, 'employment.credentials_effect'),
    discrimination: param(params, 'employment.discrimination_effect'),
    labourMigrant: param(params, 'employment.labour_migrant_effect'),
    discriminationMemory: param(params, 'employment.discrimination_memory_quarters'),
    skillWage: Float64Array.of(
      param(params, 'income.low_skill_wage'),
      param(params, 'income.mid_skill_wage'),
      param(params, 'income.high_skill_wage'),
    ),
    migrantWage: param(params, 'income.migrant_wage_ratio'),
    irregularWage: param(params, 'income.irregular_wage_ratio'),
    ownerPremium: param(params, 'income.business_owner_premium'),
    consumptionSettled: param(params, 'income.consumption_share_settled'),
    consumptionMigrant: param(params, 'income.consumption_share_migrant'),
  };
}

/** In the labour market: working age, not a student; business owners work until they close. */
export function inLabourForce(age: number, kind: number, flags: number): boolean {
  if (age < ADULT_QUARTERS || kind === Kind.student) return false;
  return age < (flags & Flag.businessOwner ? BUSINESS_EXIT_QUARTERS : RETIREMENT_QUARTERS);
}

/**
 * The log-odds of being employed, β0 + β1·host language + β2·legal + β3·recognised skills − β4·recent
 * discrimination + βM·migrant: P(employed) is its logistic (which the kernel takes through the math
 * functions' operands, equations/functions.ts logisticInPlace).
 */
export function employmentLogit(
  c: EmploymentCoefficients,
  hostLanguage: number,
  legal: number,
  skill: number,
  flags: number,
  quartersSinceDiscrimination: number,
  kind: number,
): number {
  let x = c.intercept + c.hostLanguage * hostLanguage;
  if (legal !== Legal.irregular) x += c.legalStatus;
  if (skill !== Skill.low && flags & Flag.credentialsRecognised) x += c.credentials;
  if (quartersSinceDiscrimination < c.discriminationMemory) x -= c.discrimination;
  if (kind === Kind.labourMigrant) x += c.labourMigrant;
  return x;
}

/**
 * Income of the employed (USD a year) into out[index]: migrants a share of the local wage (the
 * region's monthly wage, regionWage[region]); others by recognised skill; owners more. Written into
 * an array, not returned: a double passed to or returned from a call V8 does not inline is allocated.
 */
export function annualIncomeInto(
  out: Float64Array,
  index: number,
  c: EmploymentCoefficients,
  regionWage: Float64Array,
  region: number,
  kind: number,
  legal: number,
  skill: number,
  flags: number,
): void {
  const monthlyWage = regionWage[region];
  out[index] =
    kind === Kind.labourMigrant
      ? 12 * monthlyWage * c.migrantWage * (legal === Legal.irregular ? c.irregularWage : 1)
      : 12 *
        monthlyWage *
        c.skillWage[flags & Flag.credentialsRecognised ? skill : Skill.low] *
        (flags & Flag.businessOwner ? c.ownerPremium : 1);
}

/** Share of income not consumed where one lives (saved or sent home). */
export function surplusShare(c: EmploymentCoefficients, kind: number): number {
  return 1 - (kind === Kind.labourMigrant ? c.consumptionMigrant : c.consumptionSettled);
}

export interface HomeTiesLevels {
  /** Level by generation index 0 (born abroad), 1 (second), 2 (later). */
  target: Float64Array;
  naturalisationFactor: number;
  engagementLift: number;
  fadingFirst: number;
  fadingLater: number;
  slowdown: number;
  arrival: number;
  inheritance: number;
}

export function readHomeTiesLevels(params: Assumptions): HomeTiesLevels {
  return {
    target: Float64Array.of(
      param(params, 'home_ties.target_generation1'),
      param(params, 'home_ties.target_generation2'),
      param(params, 'home_ties.target_later_generations'),
    ),
    naturalisationFactor: param(params, 'home_ties.naturalisation_factor'),
    engagementLift: param(params, 'home_ties.engagement_lift'),
    fadingFirst: param(params, 'home_ties.fading_rate_generation1'),
    fadingLater: param(params, 'home_ties.fading_rate_later'),
    slowdown: param(params, 'home_ties.engagement_slowdown'),
    arrival: param(params, 'home_ties.migrant_arrival'),
    inheritance: param(params, 'home_ties.inheritance'),
  };
}

/** Born abroad, settled, and a citizen of the host country: has given up the home citizenship. */
export function isNaturalised(generation: number, kind: number, legal: number): boolean {
  return generation === 1 && kind === Kind.settled && legal === Legal.citizen;
}

/** The level a person's ties settle at. */
export function homeTiesTarget(generation: number, naturalised: boolean, engagement: number, levels: HomeTiesLevels): number {
  const base = levels.target[Math.min(Math.max(generation, 1), 3) - 1] * (naturalised ? levels.naturalisationFactor : 1);
  return Math.min(1, base + levels.engagementLift * engagement);
}

/** Share of the gap to the level closed in one step, for a yearly fading rate slowed by engagement. */
export function homeTiesStepRate(fadingPerYear: number, slowdown: number, engagement: number, stepsPerYear: number): number {
  return 1 - pow(1 - fadingPerYear * (1 - slowdown * engagement), 1 / stepsPerYear);
}

export interface BusinessCoefficients {
  startRate: number;
  capitalMonths: number;
  unfinancedFactor: number;
  exitRate: number;
  linkRate: number;
  linkExitRate: number;
  /** skillEffect^(skill − 1) by skill code; integrationEffect^(−1, 0, +1) for marginalisation, other, integration. */
  skillFactor: Float64Array;
  integrationFactor: Float64Array;
}

export function readBusinessCoefficients(params: Assumptions): BusinessCoefficients {
  const skillEffect = param(params, 'business.skill_effect');
  const integrationEffect = param(params, 'business.integration_effect');
  return {
    startRate: param(params, 'business.start_rate'),
    capitalMonths: param(params, 'business.start_capital_months'),
    unfinancedFactor: param(params, 'business.unfinanced_factor'),
    exitRate: param(params, 'business.exit_rate'),
    linkRate: param(params, 'business.trade_link_rate'),
    linkExitRate: param(params, 'business.trade_link_exit_rate'),
    skillFactor: Float64Array.of(pow(skillEffect, -1), 1, skillEffect),
    integrationFactor: Float64Array.of(pow(integrationEffect, -1), 1, integrationEffect),
  };
}

/** Who may start a business: a settled adult under 70 who does not own one. */
export function canStartBusiness(kind: number, age: number, flags: number): boolean {
  return kind === Kind.settled && age >= ADULT_QUARTERS && age < BUSINESS_EXIT_QUARTERS && (flags & Flag.businessOwner) === 0;
}

/** Savings needed to start a business without borrowing (USD): months of the host country's wage. */
export function startCapital(c: BusinessCoefficients, economy: EconomyState, diaspora: number): number {
  return c.capitalMonths * hostWage(economy, diaspora);
}

/** The highest start chance anyone can have (high skill, integrated): a draw above it needs no further look. */
export function maximumStartChance(c: BusinessCoefficients): number {
  return c.startRate * c.skillFactor[2] * c.integrationFactor[2];
}

/** Berry's integration (h and n at 0.5 or above): 2; marginalisation (both below): 0; otherwise 1. */
export function integrationIndex(heritageOrientation: number, hostOrientation: number): number {
  const h = heritageOrientation >= 0.5;
  const n = hostOrientation >= 0.5;
  return h && n ? 2 : !h && !n ? 0 : 1;
}

/** Chance per quarter of starting a business, before financing. */
export function businessStartChance(c: BusinessCoefficients, skill: number, heritageOrientation: number, hostOrientation: number): number {
  return c.startRate * c.skillFactor[skill] * c.integrationFactor[integrationIndex(heritageOrientation, hostOrientation)];
}

/** The share of an owner's persons trading with the home country a quarter on: ℓ(1 − exit) + rate·ties·(1 − ℓ). */
export function nextTradeLinkShare(share: number, homeTies: number, c: BusinessCoefficients): number {
  return share * (1 - c.linkExitRate) + c.linkRate * homeTies * (1 - share);
}

/** The level ℓ settles at for an owner with these ties, owners closing at the exit rate. */
export function steadyTradeLinkShare(homeTies: number, c: BusinessCoefficients): number {
  const entry = c.linkRate * homeTies;
  return entry > 0 ? entry / (entry + c.linkExitRate + c.exitRate) : 0;
}

export interface CivicCoefficients {
  intercept: number;
  citizen: number;
  localVote: number;
  integration: number;
  association: number;
  reassessRate: number;
}

export function readCivicCoefficients(params: Assumptions): CivicCoefficients {
  return {
    intercept: param(params, 'civic.intercept'),
    citizen: param(params, 'civic.citizen_effect'),
    localVote: param(params, 'civic.local_vote_effect'),
    integration: param(params, 'civic.integration_effect'),
    association: param(params, 'civic.association_effect'),
    reassessRate: param(params, 'civic.reassessment_rate'),
  };
}

/**
 * The log-odds of civic activity, intercept + citizen + resident with a local vote + integrated +
 * association member: the chance is its logistic (the kernel takes it through logisticInPlace).
 */
export function civicLogit(
  c: CivicCoefficients,
  legal: number,
  localVotingRights: number,
  heritageOrientation: number,
  hostOrientation: number,
  flags: number,
): number {
  let x = c.intercept;
  if (legal === Legal.citizen) x += c.citizen;
  else if (legal === Legal.permanentResident && localVotingRights >= 0.5) x += c.localVote;
  if (heritageOrientation >= 0.5 && hostOrientation >= 0.5) x += c.integration;
  if (flags & Flag.associationMember) x += c.association;
  return x;
}
