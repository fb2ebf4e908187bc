import { describe, expect, it } from 'vitest';
import { Diaspora, Flag, Kind, Legal, NewcomerKind, newcomerId, Skill } from '../../../packages/engine/src/state/codes.js';
import { initialiseEconomy, initialiseNewcomerEconomicTraits } from '../../../packages/engine/src/state/initial/economy.js';
import { createTinyState, type PersonSpec } from '../../support/tinyState.js';
import { assumptions, rng, stepValues } from './support.js';

const A = assumptions();

describe('initial economy', () => {
  const people: PersonSpec[] = [];
  for (let i = 0; i < 3000; i++) {
    people.push({
      generation: 3,
      skill: i % 3,
      hostLanguage: 0.7,
      heritageOrientation: 0.6,
      hostOrientation: 0.6,
      trustHome: 0.5,
      quartersInHost: 30 * 4,
      weight: 2,
    });
    people.push({ kind: Kind.labourMigrant, legal: Legal.temporaryPermit, hostLanguage: 0.3, quartersInHost: 6, weight: 2 });
    people.push({ diaspora: Diaspora.kz_in_uz, region: 1, generation: 3, hostLanguage: 0.6, skill: Skill.mid, quartersInHost: 30 * 4 });
  }
  const state = createTinyState({ persons: people, capacity: people.length + 10 });
  initialiseEconomy(state, stepValues(), assumptions(), rng);
  const p = state.persons;

  it('sets the economy: mid-2021 GDP and wages, the gravity references, and trade at the 2021 turnover', () => {
    const e = state.economy;
    expect(e.wageKazakhstan).toBeCloseTo(580 * 1.06 ** (-1.5 / 4), 6);
    expect(e.combinedGdpReference).toBeCloseTo(Math.sqrt(197e9 * 69.6e9), 0);
    expect(e.tradeLinksReference).toBe(e.tradeLinks[0] + e.tradeLinks[1]);
    expect(e.tradeLinks[0]).toBeGreaterThan(0);
    expect(e.tradeAdjustment).toBe(1);
    // first quarter: GDP a little below the 2021 mean, links and costs at their reference
    expect(e.tradeUsd / 3.9e9).toBeCloseTo(Math.sqrt(1.06 ** (-1.5 / 4) * 1.07 ** (-1.5 / 4)), 9);
    expect(e.knowledgeCommunityReference[0]).toBeGreaterThan(0);
  });

  it('employs migrants more than settled members, pays only the employed, and leaves money non-negative', () => {
    const share = (test: (i: number) => boolean) => {
      let hit = 0;
      let all = 0;
      for (let i = 0; i < p.end; i++) {
        if (!test(i)) continue;
        all++;
        if (p.flags[i] & Flag.employed) hit++;
      }
      return hit / all;
    };
    const migrants = share((i) => p.kind[i] === Kind.labourMigrant);
    const settled = share((i) => p.kind[i] === Kind.settled && p.diaspora[i] === 0);
    expect(migrants).toBeGreaterThan(0.8);
    expect(settled).toBeGreaterThan(0.5);
    expect(settled).toBeLessThan(migrants);
    for (let i = 0; i < p.end; i++) {
      expect((p.flags[i] & Flag.employed) !== 0).toBe(p.income[i] > 0);
      expect(p.savings[i]).toBeGreaterThanOrEqual(0);
      expect(p.homeTies[i]).toBeGreaterThanOrEqual(0);
      expect(p.homeTies[i]).toBeLessThanOrEqual(1);
    }
  });

  it('gives recent migrants strong home ties and settled later generations weak ones', () => {
    let migrantTies = 0;
    let settledTies = 0;
    for (let i = 0; i < 3000; i++) {
      settledTies += p.homeTies[3 * i];
      migrantTies += p.homeTies[3 * i + 1];
    }
    expect(migrantTies / 3000).toBeGreaterThan(0.8);
    expect(settledTies / 3000).toBeCloseTo(A['home_ties.target_later_generations'] + A['home_ties.engagement_lift'] * 0.3, 1);
  });

  it('gives a few per cent of settled adults a business, some of them trading with home', () => {
    let owners = 0;
    let links = 0;
    for (let i = 0; i < p.end; i++) {
      if (p.flags[i] & Flag.businessOwner) owners++;
      links += p.tradeLinkShare[i];
      if (p.tradeLinkShare[i] > 0) expect(p.flags[i] & Flag.businessOwner).toBe(Flag.businessOwner);
    }
    expect(owners / 6000).toBeGreaterThan(0.02);
    expect(owners / 6000).toBeLessThan(0.2);
    expect(links).toBeGreaterThan(0);
    expect(links).toBeLessThan(owners);
  });

  it('gives a newborn part of its mother’s ties and a new labour migrant strong ties and usually a job', () => {
    const s = createTinyState({
      persons: [
        { homeTies: 0.5, flags: Flag.employed | Flag.associationMember },
        { id: newcomerId(3, NewcomerKind.birth, 0), ageQuarters: 0, generation: 2, flags: Flag.associationMember | Flag.civicActive },
        { id: newcomerId(3, NewcomerKind.labourMigrant, 0), kind: Kind.labourMigrant, legal: Legal.temporaryPermit },
      ],
    });
    s.economy.wageKazakhstan = 600;
    initialiseNewcomerEconomicTraits(s, 1, 0, stepValues(), assumptions(), rng, 3);
    expect(s.persons.homeTies[1]).toBeCloseTo(0.5 * A['home_ties.inheritance'], 6);
    expect(s.persons.flags[1]).toBe(Flag.associationMember); // other engineers' flags untouched, economic ones cleared
    initialiseNewcomerEconomicTraits(s, 2, -1, stepValues(), assumptions({ 'employment.intercept': 40 }), rng, 3);
    expect(s.persons.homeTies[2]).toBeGreaterThan(0.5);
    expect(s.persons.flags[2] & Flag.employed).toBe(Flag.employed);
    expect(s.persons.income[2]).toBeCloseTo(12 * 600 * A['income.migrant_wage_ratio'], 3);
  });
});
