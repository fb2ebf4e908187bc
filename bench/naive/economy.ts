import { type RandomSource, streamId } from '../../packages/engine/src/rng.js';
import { gravityTrade, readGravityInputs } from '../../packages/engine/src/rules/applyBilateralTrade.js';
import { lever, param } from '../../packages/engine/src/rules/rule.js';
import { DIASPORAS, REMITTANCE_CORRIDOR } from '../../packages/engine/src/scenario/catalog/index.js';
import { employmentChance, employmentCoefficients, setIncome } from './demography.js';
import type { NaiveWorld } from './model.js';

/** The economic rules, naively: context, employment, home ties, remittances, investment, business, trade, knowledge, civic life. */
type Levers = Readonly<Record<string, number>>;
type Params = Readonly<Record<string, number>>;

const SETTLED = 0;
const MIGRANT = 1;
const STUDENT = 2;
const ADULT = 72;
const RETIREMENT = 260;
const BUSINESS_EXIT = 280;

export function economicContext(world: NaiveWorld, levers: Levers, step: number): void {
  if (step === 0) return;
  const growth = (id: string) => (1 + lever(levers, id) / 100) ** (1 / world.timeline.stepsPerYear);
  const e = world.economy;
  e.gdpKazakhstan *= growth('kz.gdp_growth_pct');
  e.gdpUzbekistan *= growth('uz.gdp_growth_pct');
  e.wageKazakhstan *= growth('kz.wage_growth_pct');
  e.wageUzbekistan *= growth('uz.wage_growth_pct');
}

function hostWage(world: NaiveWorld, d: number): number {
  return d === 0 ? world.economy.wageKazakhstan : world.economy.wageUzbekistan;
}

export function employment(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('employment'), step);
  const credentialsKey = rng.streamKey(streamId('credential recognition'), 0);
  const reassessRate = param(params, 'employment.reassessment_rate');
  const recognition = DIASPORAS.map((d) => lever(levers, `${d}.credential_recognition`));
  const consumption = [param(params, 'income.consumption_share_settled'), param(params, 'income.consumption_share_migrant')];
  const coefficients = employmentCoefficients(params);
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    const age = agent.ageQuarters;
    const inLabourForce = age >= ADULT && agent.kind !== STUDENT && age < (agent.businessOwner ? BUSINESS_EXIT : RETIREMENT);
    if (!inLabourForce) {
      agent.employed = false;
      agent.income = 0;
      continue;
    }
    if (agent.skill !== 0 && !agent.credentialsRecognised) {
      if (agent.generation > 1 || rng.uniform(credentialsKey, agent.id, 0) < recognition[agent.diaspora])
        agent.credentialsRecognised = true;
    }
    if (agent.businessOwner) agent.employed = true;
    else {
      const u = rng.uniform(key, agent.id, 0);
      if (u < reassessRate) agent.employed = u / reassessRate < employmentChance(agent, coefficients);
    }
    setIncome(world, agent, coefficients);
    agent.savings += (agent.income / world.timeline.stepsPerYear) * (1 - consumption[agent.kind === MIGRANT ? 1 : 0]);
  }
}

export function homeTies(world: NaiveWorld, levers: Levers, params: Params): void {
  const perYear = world.timeline.stepsPerYear;
  const targets = [
    param(params, 'home_ties.target_generation1'),
    param(params, 'home_ties.target_generation2'),
    param(params, 'home_ties.target_later_generations'),
  ];
  const engagementOf = DIASPORAS.map((d) => lever(levers, `${d}.home_engagement`));
  const naturalisationFactor = param(params, 'home_ties.naturalisation_factor');
  const lift = param(params, 'home_ties.engagement_lift');
  const slowdown = param(params, 'home_ties.engagement_slowdown');
  const fadingFirst = param(params, 'home_ties.fading_rate_generation1');
  const fadingLater = param(params, 'home_ties.fading_rate_later');
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    const engagement = engagementOf[agent.diaspora];
    const g = agent.generation;
    const naturalised = g === 1 && agent.kind === SETTLED && agent.legal === 0;
    const base = targets[Math.min(Math.max(g, 1), 3) - 1] * (naturalised ? naturalisationFactor : 1);
    const target = Math.min(1, base + lift * engagement);
    const fading = g > 1 ? fadingLater : fadingFirst;
    const rate = 1 - (1 - fading * (1 - slowdown * engagement)) ** (1 / perYear);
    agent.homeTies += (target - agent.homeTies) * rate;
  }
}

export function remittances(world: NaiveWorld, levers: Levers, params: Params): void {
  const offset = param(params, 'remittances.cost_offset_pct');
  const reference = param(params, 'remittances.reference_cost_pct');
  const elasticity = param(params, 'remittances.total_cost_elasticity');
  const costs = DIASPORAS.map((d) => lever(levers, `${REMITTANCE_CORRIDOR[d]}.remittance_cost_pct`));
  const costFactor = costs.map((cost) => ((offset + reference) / (offset + cost)) ** elasticity);
  const formal = costs.map(
    (cost) => 1 / (1 + Math.exp(-(param(params, 'remittances.formal_intercept') - param(params, 'remittances.formal_cost_slope') * cost))),
  );
  const shares = [param(params, 'remittances.settled_share'), param(params, 'remittances.migrant_share'), 0];
  for (const agent of world.agents) {
    if (!agent?.alive || agent.income <= 0 || agent.homeTies <= 0) continue;
    const d = agent.diaspora;
    const wanted = (agent.income / world.timeline.stepsPerYear) * shares[agent.kind] * agent.homeTies * costFactor[d];
    const sent = Math.min(wanted, agent.savings);
    if (sent <= 0) continue;
    agent.savings -= sent;
    const tally = world.tallies[d];
    tally.remittancesTotal += sent * agent.weight;
    tally.remittancesFormal += sent * agent.weight * formal[d];
  }
}

export function investment(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('investment at home'), step);
  const creditKey = rng.streamKey(streamId('credit access'), 0);
  const spendingRate = param(params, 'savings.spending_rate');
  const threshold = [0, 1].map((d) => param(params, 'investment.threshold_months') * hostWage(world, d));
  const engagement = DIASPORAS.map((d) => 1 + param(params, 'investment.engagement_effect') * lever(levers, `${d}.home_engagement`));
  const credit = DIASPORAS.map((d) => lever(levers, `${d}.credit_access`));
  const baseRate = param(params, 'investment.base_rate');
  const creditMultiplier = param(params, 'investment.credit_multiplier');
  const shareInvested = param(params, 'investment.share_invested');
  for (const agent of world.agents) {
    if (!agent?.alive || agent.savings <= 0) continue;
    agent.savings -= agent.savings * spendingRate;
    const d = agent.diaspora;
    if (agent.ageQuarters < ADULT || agent.savings <= threshold[d]) continue;
    let chance = baseRate * agent.homeTies * agent.trustHome * engagement[d];
    if (rng.uniform(creditKey, agent.id, 0) < credit[d]) chance *= creditMultiplier;
    if (rng.uniform(key, agent.id, 0) >= chance) continue;
    const amount = shareInvested * (agent.savings - threshold[d]);
    agent.savings -= amount;
    world.tallies[d].investment += amount * agent.weight;
  }
}

export function businessFormation(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('business formation'), step);
  const creditKey = rng.streamKey(streamId('credit access'), 0);
  const startRate = param(params, 'business.start_rate');
  const skillEffect = param(params, 'business.skill_effect');
  const integrationEffect = param(params, 'business.integration_effect');
  const exitRate = param(params, 'business.exit_rate');
  const linkRate = param(params, 'business.trade_link_rate');
  const linkExitRate = param(params, 'business.trade_link_exit_rate');
  const unfinanced = param(params, 'business.unfinanced_factor');
  const capital = [0, 1].map((d) => param(params, 'business.start_capital_months') * hostWage(world, d));
  const credit = DIASPORAS.map((d) => lever(levers, `${d}.credit_access`));
  const maximumChance = startRate * skillEffect ** 1 * integrationEffect ** 1;
  let links = 0;
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    const u = rng.uniform(key, agent.id, 0);
    if (agent.businessOwner) {
      if (agent.ageQuarters >= BUSINESS_EXIT || u < exitRate) {
        agent.businessOwner = false;
        agent.tradeLink = false;
        continue;
      }
      const v = rng.uniform(key, agent.id, 1);
      if (agent.tradeLink) {
        if (v < linkExitRate) agent.tradeLink = false;
      } else if (v < linkRate * agent.homeTies) agent.tradeLink = true;
      if (agent.tradeLink) links += agent.weight;
      continue;
    }
    if (u >= maximumChance || agent.kind !== SETTLED || agent.ageQuarters < ADULT || agent.ageQuarters >= BUSINESS_EXIT) continue;
    const d = agent.diaspora;
    const selfFinanced = agent.savings >= capital[d];
    const financed = selfFinanced || rng.uniform(creditKey, agent.id, 0) < credit[d];
    const h = agent.heritageOrientation >= 0.5;
    const n = agent.hostOrientation >= 0.5;
    const integration = h && n ? 1 : !h && !n ? -1 : 0;
    const chance = startRate * skillEffect ** (agent.skill - 1) * integrationEffect ** integration;
    if (u >= chance * (financed ? 1 : unfinanced)) continue;
    agent.businessOwner = true;
    agent.employed = true;
    if (selfFinanced) agent.savings -= capital[d];
  }
  world.economy.tradeLinks = links;
}

export function bilateralTrade(world: NaiveWorld, levers: Levers, params: Params): void {
  const inputs = { tariffPct: 0, delayDays: 0, zone: 0, delayCostPctPerDay: 0, linkElasticity: 0, costElasticity: 0, zoneEffect: 0 };
  readGravityInputs(levers, params, inputs);
  world.economy.tradeUsd = gravityTrade(world.economy, inputs);
}

export function knowledgeTransfer(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const skilledRate = param(params, 'knowledge.skilled_rate');
  const alumniRate = param(params, 'knowledge.alumni_rate');
  const rateOf = (agent: { ageQuarters: number; skill: number; exchangeAlumnus: boolean }) =>
    agent.ageQuarters < ADULT ? 0 : (agent.skill === 2 ? skilledRate : 0) + (agent.exchangeAlumnus ? alumniRate : 0);
  const community = [0, 0];
  for (const agent of world.agents) if (agent?.alive) community[agent.diaspora] += agent.weight * rateOf(agent) * agent.homeTies;
  const reference = world.economy.knowledgeCommunityReference;
  const congestion = [0, 1].map((d) => {
    if (reference[d] <= 0) reference[d] = community[d];
    return community[d] > 0 ? (community[d] / reference[d]) ** (param(params, 'knowledge.community_elasticity') - 1) : 1;
  });
  const key = rng.streamKey(streamId('knowledge transfer'), step);
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    const chance = rateOf(agent) * agent.homeTies;
    if (chance <= 0) continue;
    if (rng.uniform(key, agent.id, 0) < chance * congestion[agent.diaspora])
      world.tallies[agent.diaspora].knowledgeTransfer += agent.weight;
  }
  const grants = lever(levers, 'bilateral.research_grants') / world.timeline.stepsPerYear;
  const total = community[0] + community[1];
  for (let d = 0; d < 2; d++) world.tallies[d].knowledgeTransfer += grants * (total > 0 ? community[d] / total : 0.5);
}

export function civicParticipation(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('civic participation'), step);
  const reassessRate = param(params, 'civic.reassessment_rate');
  const voting = DIASPORAS.map((d) => lever(levers, `${d}.local_voting_rights`));
  const intercept = param(params, 'civic.intercept');
  const citizenEffect = param(params, 'civic.citizen_effect');
  const localVoteEffect = param(params, 'civic.local_vote_effect');
  const integrationEffect = param(params, 'civic.integration_effect');
  const associationEffect = param(params, 'civic.association_effect');
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    if (agent.ageQuarters < ADULT) {
      agent.civicActive = false;
      continue;
    }
    const u = rng.uniform(key, agent.id, 0);
    if (u >= reassessRate) continue;
    let x = intercept;
    if (agent.legal === 0) x += citizenEffect;
    else if (agent.legal === 1 && voting[agent.diaspora] >= 0.5) x += localVoteEffect;
    if (agent.heritageOrientation >= 0.5 && agent.hostOrientation >= 0.5) x += integrationEffect;
    if (agent.associationMember) x += associationEffect;
    agent.civicActive = u / reassessRate < 1 / (1 + Math.exp(-x));
  }
}
