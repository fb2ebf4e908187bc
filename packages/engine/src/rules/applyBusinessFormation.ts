import { pow } from '../math/index.js';
import { type RandomSource, streamId } from '../rng.js';
import { DIASPORA_COUNT, Flag, Kind } from '../state/codes.js';
import type { Persons } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';
import { ADULT_QUARTERS, BUSINESS_EXIT_QUARTERS, creditAccessKey, hostWage, integrationSign, perDiasporaIds } from './economyShared.js';
import { type Assumptions, lever, param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

/**
 * Business formation and cross-border trade links. A settled adult starts a business with a chance
 * that rises with skill and integration (Berry) and needs the means: the start-up capital from
 * savings (spent on the start) or credit; without either, only a small micro-business chance remains.
 * Businesses close at a steady rate and at 70. Of the owners an agent stands for, a share trades with
 * the home country (tradeLinkShare ℓ): each quarter ℓ ← ℓ·(1 − exit) + rate·ties·(1 − ℓ), the expected
 * share rather than a coin flip per agent, so the links are a smooth stock whatever the agent scale.
 * Trade cost is deliberately absent here: it acts in the gravity relation only (one channel per
 * effect), so the links respond to people, not to tariffs.
 */
const STREAM = streamId('business formation');
const DRAW_START_OR_CLOSE = 0;

const CREDIT_IDS = perDiasporaIds('credit_access');

export interface BusinessCoefficients {
  startRate: number;
  skillEffect: number;
  integrationEffect: number;
  capitalMonths: number;
  unfinancedFactor: number;
  exitRate: number;
  linkRate: number;
  linkExitRate: number;
  /** skillEffect^(skill − 1) by skill code; integrationEffect^(−1, 0, +1) for marginalisation, other, integration. */
  skillFactor: Float64Array;
  integrationFactor: Float64Array;
}

export function createBusinessCoefficients(): BusinessCoefficients {
  return {
    startRate: 0,
    skillEffect: 0,
    integrationEffect: 0,
    capitalMonths: 0,
    unfinancedFactor: 0,
    exitRate: 0,
    linkRate: 0,
    linkExitRate: 0,
    skillFactor: new Float64Array(3),
    integrationFactor: new Float64Array(3),
  };
}

export function readBusinessCoefficients(params: Assumptions, c: BusinessCoefficients): void {
  c.startRate = param(params, 'business.start_rate');
  c.skillEffect = param(params, 'business.skill_effect');
  c.integrationEffect = param(params, 'business.integration_effect');
  c.capitalMonths = param(params, 'business.start_capital_months');
  c.unfinancedFactor = param(params, 'business.unfinanced_factor');
  c.exitRate = param(params, 'business.exit_rate');
  c.linkRate = param(params, 'business.trade_link_rate');
  c.linkExitRate = param(params, 'business.trade_link_exit_rate');
  for (let skill = 0; skill < 3; skill++) c.skillFactor[skill] = pow(c.skillEffect, skill - 1);
  for (let sign = -1; sign <= 1; sign++) c.integrationFactor[sign + 1] = pow(c.integrationEffect, sign);
}

/** May start a business: a settled adult under the closing age, not already an owner. */
export function canStartBusiness(state: SimulationState, i: number): boolean {
  const p = state.persons;
  const age = p.ageQuarters[i];
  return p.kind[i] === Kind.settled && age >= ADULT_QUARTERS && age < BUSINESS_EXIT_QUARTERS && (p.flags[i] & Flag.businessOwner) === 0;
}

/** Chance per quarter of starting a business, before financing. */
export function businessStartChance(state: SimulationState, i: number, c: BusinessCoefficients): number {
  const p = state.persons;
  const integration = integrationSign(p.heritageOrientation[i], p.hostOrientation[i]);
  return c.startRate * c.skillFactor[p.skill[i]] * c.integrationFactor[integration + 1];
}

/** The highest start chance anyone can have (high skill, integrated, financed): draws above it need no further look. */
export function maximumStartChance(c: BusinessCoefficients): number {
  return c.startRate * c.skillFactor[2] * c.integrationFactor[2];
}

/** Savings needed to start without borrowing (USD). */
export function startCapital(state: SimulationState, diaspora: number, c: BusinessCoefficients): number {
  return c.capitalMonths * hostWage(state.economy, diaspora);
}

const coefficients = createBusinessCoefficients();
const creditShare = new Float64Array(DIASPORA_COUNT);
const capital = new Float64Array(DIASPORA_COUNT);

const SETTLED = Kind.settled;
const ADULT = ADULT_QUARTERS;
const EXIT = BUSINESS_EXIT_QUARTERS;
const OWNER = Flag.businessOwner;
const EMPLOYED = Flag.employed;
/** Per-step values of the sweep. */
const setup = { key: Number.NaN, creditKey: Number.NaN, maximumChance: Number.NaN };

export const applyBusinessFormation: Rule = (state, levers, params, rng, step) => {
  readBusinessCoefficients(params, coefficients);
  for (let d = 0; d < DIASPORA_COUNT; d++) {
    creditShare[d] = lever(levers, CREDIT_IDS[d]);
    capital[d] = startCapital(state, d, coefficients);
  }
  setup.key = rng.streamKey(STREAM, step);
  setup.creditKey = creditAccessKey(rng);
  setup.maximumChance = maximumStartChance(coefficients);
  const links = state.economy.tradeLinks;
  links.fill(0);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end))
    formBusinesses(state.persons, links, coefficients, rng, from, blockEnd(from, end));
};

/** The share of an owner's persons trading with the home country a quarter on, from ℓ (see the rule's comment). */
export function nextTradeLinkShare(share: number, homeTies: number, c: BusinessCoefficients): number {
  return share * (1 - c.linkExitRate) + c.linkRate * homeTies * (1 - share);
}

/** The level ℓ settles at for an owner with these ties, owners closing at the exit rate. */
export function steadyTradeLinkShare(homeTies: number, c: BusinessCoefficients): number {
  const entry = c.linkRate * homeTies;
  return entry > 0 ? entry / (entry + c.linkExitRate + c.exitRate) : 0;
}

/**
 * The sweep; adds each diaspora's trade links (persons) to `links`. canStartBusiness,
 * businessStartChance, hasCreditAccess and nextTradeLinkShare written out: doubles and 32-bit ids
 * passed to or returned from calls V8 does not inline are boxed, and this runs over every agent.
 */
function formBusinesses(p: Persons, links: Float64Array, c: BusinessCoefficients, rng: RandomSource, from: number, to: number): void {
  const { alive, diaspora, flags, ageQuarters, savings, homeTies, weight, id, skill, kind, heritageOrientation, hostOrientation } = p;
  const { tradeLinkShare } = p;
  const { exitRate, linkExitRate, linkRate, startRate, skillFactor, integrationFactor, unfinancedFactor } = c;
  const { key, creditKey, maximumChance } = setup;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const u = rng.uniform(key, id[i], DRAW_START_OR_CLOSE);
    const f = flags[i];
    if (f & OWNER) {
      if (ageQuarters[i] >= EXIT || u < exitRate) {
        flags[i] = f & ~OWNER;
        tradeLinkShare[i] = 0;
        continue;
      }
      const share = tradeLinkShare[i];
      const next = share * (1 - linkExitRate) + linkRate * homeTies[i] * (1 - share);
      tradeLinkShare[i] = next;
      links[diaspora[i]] += weight[i] * next;
      continue;
    }
    const age = ageQuarters[i];
    if (u >= maximumChance || kind[i] !== SETTLED || age < ADULT || age >= EXIT) continue;
    const d = diaspora[i];
    const selfFinanced = savings[i] >= capital[d];
    const financed = selfFinanced || rng.uniform(creditKey, id[i], 0) < creditShare[d];
    // integrationSign + 1: 2 integration, 0 marginalisation, 1 otherwise.
    const h = heritageOrientation[i] >= 0.5;
    const n = hostOrientation[i] >= 0.5;
    const integration = h && n ? 2 : !h && !n ? 0 : 1;
    const chance = startRate * skillFactor[skill[i]] * integrationFactor[integration];
    if (u >= chance * (financed ? 1 : unfinancedFactor)) continue;
    flags[i] = f | OWNER | EMPLOYED;
    tradeLinkShare[i] = 0;
    if (selfFinanced) savings[i] -= capital[d];
  }
}
