import { DIASPORAS } from '../../packages/engine/src/scenario/catalog/index.js';
import type { Agent, NaiveWorld } from './model.js';

/** The indicators of a quarter, by id, computed naively from the agent and host objects (see observe/indicators.ts). */
export function observe(world: NaiveWorld): Record<string, number> {
  const out: Record<string, number> = {};
  const perYear = world.timeline.stepsPerYear;
  let students = 0;
  DIASPORAS.forEach((diasporaId, d) => {
    const members = world.agents.filter((agent): agent is Agent => agent?.alive === true && agent.diaspora === d);
    const sum = (agents: Agent[]) => agents.reduce((total, agent) => total + agent.weight, 0);
    const adults = members.filter((agent) => agent.ageQuarters >= 72);
    const youth = members.filter((agent) => agent.ageQuarters < 72 && agent.kind === 0);
    const workingAge = adults.filter((agent) => agent.ageQuarters < 260);
    const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
    const adultShare = (test: (agent: Agent) => boolean) => ratio(sum(adults.filter(test)), sum(adults));
    const tally = world.tallies[d];
    const set = (key: string, value: number) => {
      out[`${diasporaId}.${key}`] = value;
    };
    const high = (x: number) => x >= 0.5;
    set('population', sum(members.filter((agent) => agent.kind === 0)));
    set('migrants', sum(members.filter((agent) => agent.kind !== 0)));
    set('remittances_usd', tally.remittancesTotal * perYear);
    set('remittances_formal_usd', tally.remittancesFormal * perYear);
    set('investment_usd', tally.investment * perYear);
    set('businesses', sum(members.filter((agent) => agent.businessOwner)));
    set('trade_links', sum(members.filter((agent) => agent.tradeLink)));
    set('knowledge_transfer', tally.knowledgeTransfer * perYear);
    set(
      'advocacy_rate',
      adultShare((agent) => agent.civicActive),
    );
    set(
      'integration_share',
      adultShare((agent) => high(agent.heritageOrientation) && high(agent.hostOrientation)),
    );
    set(
      'assimilation_share',
      adultShare((agent) => !high(agent.heritageOrientation) && high(agent.hostOrientation)),
    );
    set(
      'separation_share',
      adultShare((agent) => high(agent.heritageOrientation) && !high(agent.hostOrientation)),
    );
    set(
      'marginalization_share',
      adultShare((agent) => !high(agent.heritageOrientation) && !high(agent.hostOrientation)),
    );
    set('heritage_language_youth', ratio(sum(youth.filter((agent) => high(agent.heritageLanguage))), sum(youth)));
    set('heritage_school_pupils', sum(members.filter((agent) => agent.inHeritageSchool && agent.ageQuarters >= 24)));
    set(
      'host_language',
      adultShare((agent) => high(agent.hostLanguage)),
    );
    set(
      'discrimination_rate',
      adultShare((agent) => agent.quartersSinceDiscrimination < 4),
    );
    set('births', tally.births * perYear);
    set('deaths_settled', tally.deathsSettled * perYear);
    set('deaths_sojourners', tally.deathsSojourners * perYear);
    set('arrivals', tally.arrivals * perYear);
    set('departures', tally.departures * perYear);
    set('returns_to_kin_state', tally.returnsToKinState * perYear);
    set('transfers_to_settled', tally.transfersToSettled * perYear);
    const studentCount = sum(members.filter((agent) => agent.kind === 2));
    set('students', studentCount);
    students += studentCount;
    set('student_arrivals', tally.studentArrivals * perYear);
    set('employment_rate', ratio(sum(workingAge.filter((agent) => agent.employed)), sum(workingAge)));
    const hosts = world.hosts.filter((host) => host.diaspora === d);
    const n = hosts.length;
    const meanPrejudice = ratio(
      hosts.reduce((total, host) => total + host.prejudice, 0),
      n,
    );
    set('host_prejudice', meanPrejudice);
    const meanContacts = ratio(
      hosts.reduce((total, host) => total + host.contactsYear, 0),
      n,
    );
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (const host of hosts) {
      sxy += (host.contactsYear - meanContacts) * (host.prejudice - meanPrejudice);
      sxx += (host.contactsYear - meanContacts) ** 2;
      syy += (host.prejudice - meanPrejudice) ** 2;
    }
    set('contact_prejudice_correlation', n >= 2 && sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0);
  });
  out['bilateral.trade_usd'] = world.economy.tradeUsd;
  out['bilateral.trust_index'] =
    world.hosts.length > 0 ? world.hosts.reduce((total, host) => total + host.attitude, 0) / world.hosts.length : 0;
  out['bilateral.exchange_participants'] = students;
  return out;
}
