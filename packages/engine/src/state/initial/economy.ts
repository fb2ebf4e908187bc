import type { RandomSource } from '../../rng.js';
import { streamId } from '../../rng.js';
import { gravityTrade, readGravityInputs, tradeCostAtStart } from '../../rules/applyBilateralTrade.js';
import {
  businessStartChance,
  canStartBusiness,
  createBusinessCoefficients,
  readBusinessCoefficients,
  startCapital,
} from '../../rules/applyBusinessFormation.js';
import { civicChance, createCivicCoefficients, readCivicCoefficients } from '../../rules/applyCivicParticipation.js';
import { setEconomicContextAtStart } from '../../rules/applyEconomicContext.js';
import {
  annualIncome,
  createEmploymentCoefficients,
  employmentChance,
  inLabourForce,
  readEmploymentCoefficients,
  surplusShare,
  updateCredentials,
} from '../../rules/applyEmployment.js';
import { createHomeTiesLevels, homeTiesStepRate, homeTiesTarget, isNaturalised, readHomeTiesLevels } from '../../rules/applyHomeTies.js';
import { knowledgeCommunity } from '../../rules/applyKnowledgeTransfer.js';
import { createRemittanceCoefficients, desiredRemittance, readRemittanceCoefficients } from '../../rules/applyRemittances.js';
import { ADULT_QUARTERS, creditAccessKey, hasCreditAccess, leverDefault, perDiasporaIds } from '../../rules/economyShared.js';
import { type Assumptions, lever, param, type StepValues } from '../../rules/rule.js';
import { DIASPORAS } from '../../scenario/catalog/index.js';
import { Flag, Kind } from '../codes.js';
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
const Draw = { employed: 0, business: 1, link: 2, civic: 3, savings: 4, tiesNoise: 10 } as const;
const TIES_NOISE = 0.1;
const ECONOMIC_FLAGS = Flag.employed | Flag.businessOwner | Flag.tradeLink | Flag.credentialsRecognised | Flag.civicActive;

const RECOGNITION_IDS = perDiasporaIds('credential_recognition');
const statusQuo = (suffix: string) => DIASPORAS.map((d) => leverDefault(`${d}.${suffix}`));

export function initialiseEconomy(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource): void {
  const economy = state.economy;
  const perYear = state.timeline.stepsPerYear;
  setEconomicContextAtStart(economy, levers, perYear);
  economy.tradeCostReference = tradeCostAtStart(params);

  const employment = createEmploymentCoefficients();
  readEmploymentCoefficients(params, employment);
  const ties = createHomeTiesLevels();
  readHomeTiesLevels(params, ties);
  const remittances = createRemittanceCoefficients();
  readRemittanceCoefficients(params, remittances);
  const business = createBusinessCoefficients();
  readBusinessCoefficients(params, business);
  const civic = createCivicCoefficients();
  readCivicCoefficients(params, civic);
  const recognition = statusQuo('credential_recognition');
  const engagement = statusQuo('home_engagement');
  const credit = statusQuo('credit_access');
  const voting = statusQuo('local_voting_rights');
  const arrivalTies = param(params, 'home_ties.migrant_arrival');
  const slowdown = param(params, 'home_ties.engagement_slowdown');
  const rateFirst = DIASPORAS.map((_, d) =>
    homeTiesStepRate(param(params, 'home_ties.fading_rate_generation1'), slowdown, engagement[d], perYear),
  );
  const spending = param(params, 'savings.spending_rate');

  const key = rng.streamKey(STREAM, 0);
  const creditKey = creditAccessKey(rng);
  const p = state.persons;
  let links = 0;
  for (let i = 0; i < p.end; i++) {
    if (p.alive[i] === 0) continue;
    const d = p.diaspora[i];
    const id = p.id[i];
    p.flags[i] &= ~ECONOMIC_FLAGS;
    p.income[i] = 0;
    p.savings[i] = 0;

    const g = p.generation[i];
    const target = homeTiesTarget(g, isNaturalised(g, p.kind[i], p.legal[i]), engagement[d], ties);
    const start = g === 1 ? target + (arrivalTies - target) * (1 - rateFirst[d]) ** p.quartersInHost[i] : target;
    p.homeTies[i] = clamp01(start + TIES_NOISE * rng.normal(key, id, Draw.tiesNoise));
    if (p.ageQuarters[i] < ADULT_QUARTERS) continue;

    updateCredentials(state, i, recognition[d], rng);
    if (inLabourForce(state, i) && rng.uniform(key, id, Draw.employed) < employmentChance(state, i, employment)) {
      p.flags[i] |= Flag.employed;
      p.income[i] = annualIncome(state, i, employment);
    }
    // Savings: what the quarterly surplus net of remittances accumulates to, less steady spending.
    const net =
      (p.income[i] / perYear) * surplusShare(state, i, employment) -
      desiredRemittance(p.kind[i], p.income[i], p.homeTies[i], perYear, remittances);
    const held = (1 - spending) * (1 - (1 - spending) ** p.quartersInHost[i]);
    p.savings[i] = (Math.max(net, 0) * held * (0.5 + rng.uniform(key, id, Draw.savings))) / spending;

    if (canStartBusiness(state, i)) {
      const financed = p.savings[i] >= startCapital(state, d, business) || hasCreditAccess(rng, creditKey, id, credit[d]);
      const entry = businessStartChance(state, i, business) * (financed ? 1 : business.unfinancedFactor);
      if (rng.uniform(key, id, Draw.business) < entry / (entry + business.exitRate)) {
        p.flags[i] |= Flag.businessOwner | Flag.employed;
        p.income[i] = annualIncome(state, i, employment);
        const linkEntry = business.linkRate * p.homeTies[i];
        if (rng.uniform(key, id, Draw.link) < linkEntry / (linkEntry + business.linkExitRate + business.exitRate)) {
          p.flags[i] |= Flag.tradeLink;
          links += p.weight[i];
        }
      }
    }
    if (rng.uniform(key, id, Draw.civic) < civicChance(state, i, voting[d], civic)) p.flags[i] |= Flag.civicActive;
  }

  economy.tradeLinks = links;
  economy.tradeLinksReference = links;
  const gravity = { tariffPct: 0, delayDays: 0, zone: 0, delayCostPctPerDay: 0, linkElasticity: 0, costElasticity: 0, zoneEffect: 0 };
  readGravityInputs(levers, params, gravity);
  economy.tradeUsd = gravityTrade(economy, gravity);
  knowledgeCommunity(
    state,
    param(params, 'knowledge.skilled_rate'),
    param(params, 'knowledge.alumni_rate'),
    economy.knowledgeCommunityReference,
  );
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
  const key = rng.streamKey(NEWCOMER_STREAM, step);
  const id = p.id[slot];
  p.flags[slot] &= ~ECONOMIC_FLAGS;
  p.income[slot] = 0;
  p.savings[slot] = 0;
  if (mother >= 0) {
    p.homeTies[slot] = p.homeTies[mother] * param(params, 'home_ties.inheritance');
    return;
  }
  p.homeTies[slot] = clamp01(param(params, 'home_ties.migrant_arrival') + TIES_NOISE * rng.normal(key, id, Draw.tiesNoise));
  if (p.kind[slot] !== Kind.labourMigrant) return;
  readEmploymentCoefficients(params, newcomerEmployment);
  updateCredentials(state, slot, lever(levers, RECOGNITION_IDS[p.diaspora[slot]]), rng);
  if (rng.uniform(key, id, Draw.employed) < employmentChance(state, slot, newcomerEmployment)) {
    p.flags[slot] |= Flag.employed;
    p.income[slot] = annualIncome(state, slot, newcomerEmployment);
  }
}

const newcomerEmployment = createEmploymentCoefficients();

function clamp01(x: number): number {
  return Math.min(Math.max(x, 0), 1);
}
