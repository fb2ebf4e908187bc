import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../../packages/engine/src/rng.js';
import { applyAcculturation } from '../../packages/engine/src/rules/applyAcculturation.js';
import { applyAttitudes } from '../../packages/engine/src/rules/applyAttitudes.js';
import { decodeAnchor, encodeAnchor } from '../../packages/engine/src/rules/socialShared.js';
import { Flag, hostTie, Kind, Legal } from '../../packages/engine/src/state/codes.js';
import { createTinyState } from '../support/tinyState.js';
import { defaultLevers, defaultParams } from './support.js';

const rng = createRandomSource(5);
const params = defaultParams();
const levers = defaultLevers({ 'uz_in_kz.cultural_events': 0 });

describe('applyAcculturation', () => {
  it('relaxes h and n toward anchor + contact, language, citizenship and association pulls', () => {
    const anchor = encodeAnchor(0.5);
    const state = createTinyState({
      persons: [
        // Three host contacts of four in a region where 40% is usual; host-proficient citizen; member.
        {
          contactsHost: 3,
          contactsCoethnic: 1,
          hostLanguage: 0.9,
          heritageLanguage: 0.7,
          legal: Legal.citizen,
          flags: Flag.associationMember,
          hostAnchor: anchor,
          heritageAnchor: anchor,
          hostOrientation: 0.5,
          heritageOrientation: 0.5,
        },
        // No contacts this quarter: no contact term; a non-citizen at the threshold of both languages.
        {
          hostLanguage: 0.5,
          heritageLanguage: 0.5,
          legal: Legal.permanentResident,
          hostAnchor: anchor,
          heritageAnchor: anchor,
          hostOrientation: 0.2,
          heritageOrientation: 0.9,
        },
      ],
    });
    applyAcculturation(state, levers, params, rng, 0);
    const p = state.persons;
    const a = decodeAnchor(anchor);
    const contact = 0.5 * (0.75 - 0.4);
    expect(p.hostOrientation[0]).toBeCloseTo(0.5 + 0.05 * (a + contact + 0.2 * 0.4 + 0.1 - 0.5), 6);
    expect(p.heritageOrientation[0]).toBeCloseTo(0.5 + 0.05 * (a - contact + 0.2 * 0.2 + 0.1 - 0.5), 6);
    expect(p.hostOrientation[1]).toBeCloseTo(0.2 + 0.05 * (a - 0.2), 6);
    expect(p.heritageOrientation[1]).toBeCloseTo(0.9 + 0.05 * (a - 0.9), 6);
  });

  it('keeps anchors within a byte’s resolution', () => {
    for (const v of [-0.5, 0, 0.37, 1, 1.5]) expect(Math.abs(decodeAnchor(encodeAnchor(v)) - v)).toBeLessThan(0.004);
  });
});

describe('applyAttitudes', () => {
  it('moves a host and a person toward each other within the confidence threshold only', () => {
    const state = createTinyState({
      persons: [
        { trustHost: 0.5, contactsHost: 1, metTies: 1, ties: [hostTie(0)] },
        { trustHost: 0.5, contactsHost: 1, metTies: 1, ties: [hostTie(1)] },
      ],
      hosts: [{ attitude: 0.6 }, { attitude: 0.9 }],
    });
    applyAttitudes(state, levers, params, rng, 0);
    // A host agent stands for 4 × 2 persons / 2 hosts = 4 persons; a person of weight 1 is a quarter of them.
    expect(state.hosts.attitude[0]).toBeCloseTo(0.6 - 0.3 * 0.25 * 0.1, 6);
    expect(state.persons.trustHost[0]).toBeCloseTo(0.5 + 0.3 * 0.1, 6);
    expect(state.hosts.attitude[1]).toBeCloseTo(0.9, 6);
    expect(state.persons.trustHost[1]).toBeCloseTo(0.5, 6);
  });

  it('lets an exchange student meet classmates at the higher quality, one encounter after another', () => {
    const state = createTinyState({
      persons: [{ kind: Kind.student, weight: 2, trustHost: 0.6, contactsHost: 6, metTies: 0 }],
      hosts: [{ attitude: 0.4 }],
    });
    applyAttitudes(state, levers, params, rng, 0);
    let x = 0.6;
    let a = 0.4;
    const share = 2 / (4 * 2); // weight over host persons per agent (4 × 2 / 1)
    for (let e = 0; e < 6; e++) {
      const gap = a - x;
      a -= 0.5 * share * gap; // μ × quality = 0.6, capped at 0.5
      x += 0.5 * gap;
    }
    expect(state.hosts.attitude[0]).toBeCloseTo(a, 5);
    expect(state.persons.trustHost[0]).toBeCloseTo(x, 5);
  });
});
