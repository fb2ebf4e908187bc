import { type RandomSource, streamId } from '../../packages/engine/src/rng.js';
import { lever, param } from '../../packages/engine/src/rules/rule.js';
import { DIASPORAS } from '../../packages/engine/src/scenario/catalog/index.js';
import type { Agent, Host, NaiveWorld } from './model.js';
import { isHost } from './model.js';

/** The social rules, naively: contacts, discrimination, prejudice, language, acculturation, bilateral attitudes. */
type Levers = Readonly<Record<string, number>>;
type Params = Readonly<Record<string, number>>;

const STUDENT = 2;
const ADULT = 72;
const JUST_BELOW = 0.5 - 0.001;

/** Members' share and attendance per quarter of each diaspora's cultural associations. */
function participation(levers: Levers, params: Params, d: number): { share: number; attendance: number } {
  const perMember = (lever(levers, `${DIASPORAS[d]}.cultural_events`) * param(params, 'contacts.event_participants')) / 10_000;
  const share = Math.min(param(params, 'contacts.membership_cap'), perMember);
  return { share, attendance: share > 0 ? Math.min(1, perMember / share / 4) : 0 };
}

/** Host persons each host agent of region r stands for (see socialShared.hostPersonsPerAgent). */
function hostPersonsPerAgent(world: NaiveWorld, params: Params): number[] {
  const persons = world.regions.map(() => 0);
  for (const agent of world.agents) if (agent?.alive) persons[agent.region] += agent.weight;
  return world.regions.map((region, r) => {
    const hostAgents = world.hostsOfRegion[r].length;
    const ratio = param(params, `contacts.${DIASPORAS[region.diaspora]}_majority_per_member`);
    return hostAgents > 0 && persons[r] > 0 ? (ratio * persons[r]) / hostAgents : 1;
  });
}

/** The uniform behind the 6-bit field of tie slot k (5 slots per 32-bit draw). */
function tieField(rng: RandomSource, key: number, id: number, k: number): number {
  const bits = Math.floor(rng.uniform(key, id, k < 5 ? 0 : 1) * 4294967296);
  return Math.floor(bits / 2 ** (6 * (k % 5))) % 64;
}

/** The extra hosts met on an occasion: a student's classmates or an event's guests. */
function extraHosts(world: NaiveWorld, agent: Agent, rng: RandomSource, key: number, count: number, firstDraw: number): Host[] {
  const met: Host[] = [];
  const hosts = world.hostsOfRegion[agent.region];
  for (let e = 0; e < count; e++) {
    if (hosts.length === 0) break;
    met.push(hosts[Math.floor(rng.uniform(key, agent.id, firstDraw + e) * hosts.length)]);
  }
  return met;
}

export function contacts(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const share = Math.min(1, Math.max(0, param(params, 'contacts.ties_met_per_quarter') / 10));
  const threshold = Math.round(share * 64);
  const key = rng.streamKey(streamId('contacts'), step);
  const memberKey = rng.streamKey(streamId('association membership'), 0);
  const clubs = [0, 1].map((d) => participation(levers, params, d));
  for (const host of world.hosts) host.contactsStep = 0;
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    const hostsMet: Host[] = [];
    agent.contactsCoethnic = 0;
    agent.ties.forEach((tie, k) => {
      agent.metTies[k] = false;
      if (tieField(rng, key, agent.id, k) >= threshold) return;
      if (isHost(tie)) {
        hostsMet.push(tie);
        tie.contactsStep += agent.weight;
        agent.metTies[k] = true;
      } else if (tie !== agent && tie.alive) {
        agent.contactsCoethnic++;
        agent.metTies[k] = true;
      }
    });
    let prejudice = 0;
    for (const host of hostsMet) prejudice += host.prejudice;
    agent.associationMember = agent.ageQuarters >= ADULT && rng.uniform(memberKey, agent.id, 0) < clubs[agent.diaspora].share;
    let extra: Host[] = [];
    if (agent.kind === STUDENT) {
      const classmates = extraHosts(world, agent, rng, key, param(params, 'contacts.student_host_contacts'), 3);
      for (const host of classmates) host.contactsStep += agent.weight * param(params, 'contacts.student_contact_quality');
      extra = extra.concat(classmates);
    }
    if (agent.associationMember && rng.uniform(key, agent.id, 2) < clubs[agent.diaspora].attendance) {
      const guests = extraHosts(world, agent, rng, key, param(params, 'contacts.event_host_contacts'), 67);
      for (const host of guests) host.contactsStep += agent.weight * param(params, 'contacts.event_contact_quality');
      extra = extra.concat(guests);
    }
    let extraPrejudice = 0;
    for (const host of extra) extraPrejudice += host.prejudice;
    prejudice += extraPrejudice;
    const met = hostsMet.length + extra.length;
    agent.contactsHost = Math.min(255, met);
    agent.metPrejudice = met > 0 ? prejudice / met : 0;
  }
  const scale = hostPersonsPerAgent(world, params);
  for (const host of world.hosts) {
    host.contactsStep = host.contactsStep / scale[host.region];
    host.contactsYear = 0.75 * host.contactsYear + host.contactsStep;
  }
}

export function discrimination(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const key = rng.streamKey(streamId('discrimination'), step);
  const factor = DIASPORAS.map(
    (d) =>
      param(params, 'discrimination.base_rate') *
      Math.max(0, 1 - param(params, 'discrimination.enforcement_effect') * lever(levers, `${d}.anti_discrimination`)),
  );
  const keepOrientation = 1 - param(params, 'discrimination.orientation_drop');
  const keepTrust = 1 - param(params, 'discrimination.trust_drop');
  const recovery = param(params, 'discrimination.trust_recovery');
  const usualTrust = param(params, 'attitudes.initial_diaspora_trust');
  const usualStudentTrust = param(params, 'attitudes.initial_student_trust');
  const memberPremium = param(params, 'attitudes.member_trust_premium');
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    agent.discriminated = false;
    if (agent.contactsHost > 0) {
      const chance = factor[agent.diaspora] * agent.metPrejudice;
      if (chance > 0 && rng.uniform(key, agent.id, 0) < chance) {
        agent.quartersSinceDiscrimination = 0;
        agent.discriminated = true;
        agent.hostOrientation *= keepOrientation;
        agent.trustHost *= keepTrust;
        world.tallies[agent.diaspora].discriminationEvents += agent.weight;
        continue;
      }
    }
    if (agent.quartersSinceDiscrimination < 0xffff) agent.quartersSinceDiscrimination++;
    const usual = (agent.kind === STUDENT ? usualStudentTrust : usualTrust) + (agent.associationMember ? memberPremium : 0);
    agent.trustHost += recovery * (usual - agent.trustHost);
  }
}

export function prejudice(world: NaiveWorld, params: Params, rng: RandomSource): void {
  const key = rng.streamKey(streamId('host prejudice baseline'), 0);
  const centre = Math.log(param(params, 'prejudice.societal_level') / (1 - param(params, 'prejudice.societal_level')));
  const spread = param(params, 'prejudice.spread');
  const delta = param(params, 'prejudice.contact_effect');
  const lambda = param(params, 'prejudice.recovery_rate');
  for (const host of world.hosts) {
    const baseline = 1 / (1 + Math.exp(-(centre + spread * rng.normal(key, host.index, 0))));
    const afterContact = host.contactsStep > 0 ? host.prejudice * Math.exp(-delta * host.contactsStep) : host.prejudice;
    host.prejudice = afterContact + lambda * (baseline - afterContact);
  }
}

/** 0 heritage only, 1 bilingual, 2 host only. */
function speaks(agent: Agent): number {
  if (agent.hostLanguage < 0.5) return 0;
  return agent.heritageLanguage < 0.5 ? 2 : 1;
}

export function language(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const c = param(params, 'language.shift_rate');
  const plasticity = param(params, 'language.adult_plasticity');
  const a = param(params, 'language.status_exponent');
  const k = param(params, 'language.bilingual_similarity');
  const s = param(params, 'language.host_status');
  const use = param(params, 'language.use_rate');
  const state = new Map<Agent, number>();
  const waiting: Agent[][] = [[], []];
  const adults = [0, 0];
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    state.set(agent, speaks(agent));
    if (agent.ageQuarters < ADULT) continue;
    adults[agent.diaspora] += agent.weight;
    if (agent.hostLanguage < 0.5) waiting[agent.diaspora].push(agent);
  }
  // Course seats to the least proficient first, by bins of 1/128 of proficiency; the boundary bin by chance.
  const cutBin = [64, 64];
  const cutFraction = [0, 0];
  for (let d = 0; d < 2; d++) {
    const histogram = new Array(64).fill(0);
    for (const agent of waiting[d]) histogram[Math.floor(agent.hostLanguage * 2 * 64)] += agent.weight;
    let seats = ((lever(levers, `${DIASPORAS[d]}.language_course_seats`) / 1000) * adults[d]) / world.timeline.stepsPerYear;
    for (let b = 0; b < 64; b++) {
      if (seats >= histogram[b]) {
        seats -= histogram[b];
        continue;
      }
      cutBin[d] = b;
      cutFraction[d] = seats / histogram[b];
      break;
    }
  }
  const key = rng.streamKey(streamId('language'), step);
  const schoolKey = rng.streamKey(streamId('heritage school places'), 0);
  const schoolShare = DIASPORAS.map((diaspora) => Math.min(1, lever(levers, `${diaspora}.heritage_school_places`) / 1000));
  const courseGain = param(params, 'language.course_gain');
  const schoolGain = param(params, 'language.school_gain');
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    const d = agent.diaspora;
    const age = agent.ageQuarters;
    const pupil = age >= 24 && age < ADULT && rng.uniform(schoolKey, agent.id, 0) < schoolShare[d];
    agent.inHeritageSchool = pupil;
    const hostStart = agent.hostLanguage;
    let heritageOnly = 0;
    let hostOnly = agent.contactsHost;
    let bilingual = 0;
    agent.ties.forEach((tie, slot) => {
      if (!agent.metTies[slot] || isHost(tie)) return;
      const other = state.get(tie);
      if (other === 0) heritageOnly++;
      else if (other === 2) hostOnly++;
      else bilingual++;
    });
    const met = heritageOnly + hostOnly + bilingual;
    if (met > 0) {
      const x = heritageOnly / met;
      const y = hostOnly / met;
      const z = bilingual / met;
      const rate = age < ADULT ? c : c * plasticity;
      const now = state.get(agent) as number;
      const u = rng.uniform(key, agent.id, 0);
      let next = now;
      if (now === 0) {
        if (u < 1 - Math.exp(-rate * s * ((hostOnly + k * bilingual) / met) ** a)) next = 1;
      } else if (now === 2) {
        if (u < 1 - Math.exp(-rate * (1 - s) * ((heritageOnly + k * bilingual) / met) ** a)) next = 1;
      } else {
        // A pupil of a heritage school never drops the heritage language.
        const toX = rate * (1 - s) * ((met - hostOnly) / met) ** a;
        const toY = pupil ? 0 : rate * s * ((met - heritageOnly) / met) ** a;
        const total = toX + toY;
        const shift = total > 0 ? 1 - Math.exp(-total) : 0;
        const dropHost = total > 0 ? (shift * toX) / total : 0;
        if (u < dropHost) next = 0;
        else if (u < (pupil ? dropHost : shift)) next = 2;
      }
      if (next !== now) {
        if (now === 0) agent.hostLanguage = 0.5;
        else if (now === 2) agent.heritageLanguage = 0.5;
        else if (next === 0) agent.hostLanguage = JUST_BELOW;
        else agent.heritageLanguage = JUST_BELOW;
      }
      const host = agent.hostLanguage;
      agent.hostLanguage =
        host >= 0.5 ? host + use * (0.5 + 0.5 * (y + z) - host) : Math.min(JUST_BELOW, host + use * (0.5 * (y + z) - host));
      const heritage = agent.heritageLanguage;
      const used =
        heritage >= 0.5
          ? heritage + use * (0.5 + 0.5 * (x + z) - heritage)
          : Math.min(JUST_BELOW, heritage + use * (0.5 * (x + z) - heritage));
      agent.heritageLanguage = pupil && used < heritage ? heritage : used;
    }
    if (age >= ADULT && hostStart < 0.5) {
      const bin = Math.floor(hostStart * 2 * 64);
      if (bin < cutBin[d] || (bin === cutBin[d] && rng.uniform(key, agent.id, 1) < cutFraction[d])) {
        agent.hostLanguage = Math.min(1, agent.hostLanguage + courseGain);
      }
    }
    if (pupil) agent.heritageLanguage += schoolGain * (1 - agent.heritageLanguage);
  }
}

export function acculturation(world: NaiveWorld, params: Params): void {
  const rate = param(params, 'acculturation.rate');
  const contactPull = param(params, 'acculturation.contact_pull');
  const languagePull = param(params, 'acculturation.language_pull');
  const citizenshipPull = param(params, 'acculturation.citizenship_pull');
  const associationPull = param(params, 'acculturation.association_pull');
  const clamp = (x: number) => (x < 0 ? 0 : Math.min(x, 1));
  for (const agent of world.agents) {
    if (!agent?.alive) continue;
    const met = agent.contactsHost + agent.contactsCoethnic;
    const usual = 1 - world.regions[agent.region].enclaveShare;
    const contactTerm = met > 0 ? contactPull * (agent.contactsHost / met - usual) : 0;
    const hostTarget =
      agent.hostAnchor / 127.5 - 0.5 + contactTerm + languagePull * (agent.hostLanguage - 0.5) + (agent.legal === 0 ? citizenshipPull : 0);
    const heritageTarget =
      agent.heritageAnchor / 127.5 -
      0.5 -
      contactTerm +
      languagePull * (agent.heritageLanguage - 0.5) +
      (agent.associationMember ? associationPull : 0);
    agent.hostOrientation += rate * (clamp(hostTarget) - agent.hostOrientation);
    agent.heritageOrientation += rate * (clamp(heritageTarget) - agent.heritageOrientation);
  }
}

export function attitudes(world: NaiveWorld, levers: Levers, params: Params, rng: RandomSource, step: number): void {
  const epsilon = param(params, 'attitudes.confidence_threshold');
  const mu = param(params, 'attitudes.convergence_rate');
  const key = rng.streamKey(streamId('contacts'), step);
  const scale = hostPersonsPerAgent(world, params);
  const clubs = [0, 1].map((d) => participation(levers, params, d));
  const meet = (agent: Agent, host: Host, stepSize: number) => {
    const gap = host.attitude - agent.trustHost;
    if (gap >= epsilon || gap <= -epsilon) return;
    host.attitude -= stepSize * Math.min(agent.weight / scale[host.region], 1) * gap;
    agent.trustHost = agent.trustHost + stepSize * gap;
  };
  for (const agent of world.agents) {
    if (!agent?.alive || agent.contactsHost === 0) continue;
    agent.ties.forEach((tie, k) => {
      if (agent.metTies[k] && isHost(tie)) meet(agent, tie, Math.min(0.5, mu));
    });
    if (agent.kind === STUDENT) {
      const quality = Math.min(0.5, mu * param(params, 'contacts.student_contact_quality'));
      for (const host of extraHosts(world, agent, rng, key, param(params, 'contacts.student_host_contacts'), 3)) meet(agent, host, quality);
    }
    if (agent.associationMember && rng.uniform(key, agent.id, 2) < clubs[agent.diaspora].attendance) {
      const quality = Math.min(0.5, mu * param(params, 'contacts.event_contact_quality'));
      for (const host of extraHosts(world, agent, rng, key, param(params, 'contacts.event_host_contacts'), 67)) meet(agent, host, quality);
    }
  }
}
