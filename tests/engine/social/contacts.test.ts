import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { Flag, hostTie, Kind } from '../../../packages/engine/src/state/codes.js';
import { applyContacts } from '../../support/mechanisms.js';
import { createTinyState, type PersonSpec } from '../../support/tinyState.js';
import { defaultLevers, defaultParams } from './support.js';

const ALL_TIES = defaultParams({ 'contacts.ties_met_per_quarter': 10 });
const NO_EVENTS = defaultLevers({ 'uz_in_kz.cultural_events': 0, 'kz_in_uz.cultural_events': 0 });
const rng = createRandomSource(3);

describe('applyContacts', () => {
  it('counts host and co-ethnic contacts, the prejudice met, and host contacts per host person', () => {
    const state = createTinyState({
      persons: [
        { weight: 10, ties: [hostTie(0), hostTie(1), 1, 2, 1, 2, 1, 2, 1, 2] },
        { weight: 20 }, // ties to itself: no contacts
        { weight: 30 },
      ],
      hosts: [
        { prejudice: 0.2, contactsYear: 1 },
        { prejudice: 0.6, contactsYear: 0 },
      ],
    });
    applyContacts(state, NO_EVENTS, ALL_TIES, rng, 0);
    const p = state.persons;
    expect([p.contactsHost[0], p.contactsCoethnic[0], p.metTies[0]]).toEqual([2, 8, 0x3ff]);
    expect(p.metPrejudice[0]).toBeCloseTo(0.4, 6);
    expect([p.contactsHost[1], p.contactsCoethnic[1], p.metTies[1], p.metPrejudice[1]]).toEqual([0, 0, 0, 0]);
    // A host agent stands for 4 (Kazakhs per Uzbek) × 60 diaspora persons / 2 host agents = 120 persons.
    expect(state.hosts.contactsStep[0]).toBeCloseTo(10 / 120, 6);
    expect(state.hosts.contactsStep[1]).toBeCloseTo(10 / 120, 6);
    expect(state.hosts.contactsYear[0]).toBeCloseTo(0.75 + 10 / 120, 6);
    expect(state.hosts.contactsYear[1]).toBeCloseTo(10 / 120, 6);
  });

  it('gives exchange students extra host contacts of higher quality', () => {
    const state = createTinyState({
      persons: [{ weight: 8, kind: Kind.student, ties: [hostTie(0), 1] }, { weight: 8 }],
      hosts: [{}, {}, {}],
    });
    applyContacts(state, NO_EVENTS, ALL_TIES, rng, 0);
    const p = state.persons;
    // Five host ties in ten slots, plus six classmates.
    expect(p.contactsHost[0]).toBe(5 + 6);
    expect(p.contactsCoethnic[0]).toBe(5);
    const scale = (4 * 16) / 3;
    const total = state.hosts.contactsStep.reduce((a, b) => a + b, 0);
    expect(total * scale).toBeCloseTo(8 * (5 + 6 * 2), 4);
  });

  it('meets each tie with chance (ties met per quarter)/k in steps of 1/64', () => {
    const persons: PersonSpec[] = Array.from({ length: 3000 }, (_, i) => ({ ties: [(i + 1) % 3000] }));
    const state = createTinyState({ persons });
    applyContacts(state, NO_EVENTS, defaultParams({ 'contacts.ties_met_per_quarter': 4 }), rng, 7);
    let met = 0;
    for (let i = 0; i < 3000; i++) met += state.persons.contactsCoethnic[i];
    // round(0.4 × 64) / 64 = 26/64; 30,000 ties, sd about 0.003.
    expect(met / 30_000).toBeCloseTo(26 / 64, 2);
  });

  it('makes a stable share of adults association members, growing with events, and gives attendees event contacts', () => {
    const persons: PersonSpec[] = Array.from({ length: 4000 }, (_, i) => ({ ageQuarters: i < 3000 ? 30 * 4 : 10 * 4 }));
    const state = createTinyState({ persons, hosts: [{}, {}] });
    const members = (events: number, step: number) => {
      applyContacts(state, defaultLevers({ 'uz_in_kz.cultural_events': events }), defaultParams(), rng, step);
      return Array.from(state.persons.flags, (f, i) => (i < 4000 && f & Flag.associationMember ? 1 : 0));
    };
    const few = members(2, 0);
    const fewLater = members(2, 5);
    const many = members(20, 6);
    const count = (m: number[]) => m.reduce((a, b) => a + b, 0);
    expect(fewLater).toEqual(few);
    // 2 events × 250 participants per 10,000 members: 5% of the 3,000 adults; children never.
    expect(count(few) / 3000).toBeGreaterThan(0.035);
    expect(count(few) / 3000).toBeLessThan(0.065);
    expect(count(few.slice(3000))).toBe(0);
    // 20 events: 50% (the cap), a superset of the 5%.
    expect(count(many) / 3000).toBeGreaterThan(0.46);
    expect(few.every((m, i) => m === 0 || many[i] === 1)).toBe(true);
    // Members attend an event in a quarter with chance 1/4 (one event a year each) and meet 3 hosts there.
    let attending = 0;
    for (let i = 0; i < 3000; i++) {
      if (!many[i]) continue;
      const extra = state.persons.contactsHost[i];
      expect([0, 3]).toContain(extra);
      if (extra === 3) attending++;
    }
    expect(attending / count(many)).toBeGreaterThan(0.2);
    expect(attending / count(many)).toBeLessThan(0.3);
  });
});
