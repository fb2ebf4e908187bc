import { describe, expect, it } from 'vitest';
import { decodeDisposition, encodeDisposition } from '../../../packages/engine/src/equations/social.js';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { Flag, hostTie, Kind, Legal, MAJORITY_PARENT, NewcomerKind, newcomerId } from '../../../packages/engine/src/state/codes.js';
import { initialiseNewcomerSocialTraits } from '../../../packages/engine/src/state/initial/social.js';
import { applyAcculturation, applyAttitudes } from '../../support/mechanisms.js';
import { createTinyState } from '../../support/tinyState.js';
import { defaultLevers, defaultParams } from './support.js';

const rng = createRandomSource(5);
const levers = defaultLevers({ 'uz_in_kz.cultural_events': 0 });
const logistic = (x: number) => 1 / (1 + Math.exp(-x));

// Round pulls for hand computation (log-odds).
const PULLS = defaultParams({
  'acculturation.rate': 0.1,
  'acculturation.contact_pull': 2,
  'acculturation.language_pull': 1,
  'acculturation.citizenship_pull': 0.5,
  'acculturation.association_pull': 0.5,
  'acculturation.discrimination_pull': 1,
});
/** Byte 128 stands for the disposition 0.5 · 6/127.5 = 0.0235294 (the byte nearest 0). */
const NEUTRAL = 128;
const d0 = 0.5 * (6 / 127.5);

describe('applyAcculturation', () => {
  it('moves h and n a tenth of the way to the targets their dispositions and the quarter give', () => {
    const state = createTinyState({
      persons: [
        // Three host contacts of four where 40% is usual: +2·(0.75 − 0.4) = +0.7 on n, −0.7 on h;
        // host language 0.9: +0.4 on n; heritage 0.7: +0.2 on h; a citizen (+0.5 on n) and a member (+0.5 on h).
        {
          contactsHost: 3,
          contactsCoethnic: 1,
          hostLanguage: 0.9,
          heritageLanguage: 0.7,
          legal: Legal.citizen,
          flags: Flag.associationMember,
          hostDisposition: NEUTRAL,
          heritageDisposition: NEUTRAL,
          hostOrientation: 0.5,
          heritageOrientation: 0.5,
        },
        // No contacts this quarter (no contact term), both languages at 0.5, discriminated a quarter ago (−1 on n).
        {
          hostLanguage: 0.5,
          heritageLanguage: 0.5,
          legal: Legal.permanentResident,
          quartersSinceDiscrimination: 1,
          hostDisposition: NEUTRAL,
          heritageDisposition: NEUTRAL,
          hostOrientation: 0.2,
          heritageOrientation: 0.9,
        },
      ],
    });
    applyAcculturation(state, levers, PULLS, rng, 0);
    const p = state.persons;
    expect(p.hostOrientation[0]).toBeCloseTo(0.5 + 0.1 * (logistic(d0 + 0.7 + 0.4 + 0.5) - 0.5), 6);
    expect(p.heritageOrientation[0]).toBeCloseTo(0.5 + 0.1 * (logistic(d0 - 0.7 + 0.2 + 0.5) - 0.5), 6);
    expect(p.hostOrientation[1]).toBeCloseTo(0.2 + 0.1 * (logistic(d0 - 1) - 0.2), 6);
    expect(p.heritageOrientation[1]).toBeCloseTo(0.9 + 0.1 * (logistic(d0) - 0.9), 6);
  });

  it('reaches the target and stays there when nothing changes (no pull toward where a person started)', () => {
    const state = createTinyState({
      persons: [
        {
          legal: Legal.permanentResident,
          hostLanguage: 0.8,
          heritageLanguage: 0.3,
          hostDisposition: 200,
          heritageDisposition: 60,
          hostOrientation: 0.1,
          heritageOrientation: 0.95,
        },
      ],
    });
    for (let t = 0; t < 300; t++) applyAcculturation(state, levers, PULLS, rng, t);
    expect(state.persons.hostOrientation[0]).toBeCloseTo(logistic(decodeDisposition(200) + 0.3), 5);
    expect(state.persons.heritageOrientation[0]).toBeCloseTo(logistic(decodeDisposition(60) - 0.2), 5);
  });

  it('keeps dispositions within a byte’s resolution over [−6, 6]', () => {
    for (const v of [-6, -1.3, 0, 0.37, 2, 6])
      expect(Math.abs(decodeDisposition(encodeDisposition(Float64Array.of(v), 0)) - v)).toBeLessThanOrEqual(3 / 127.5);
  });
});

describe('children start from both parents', () => {
  const params = defaultParams();
  const spread = params['acculturation.disposition_spread'];
  function family(father: number, children: number) {
    const persons = [
      {
        hostLanguage: 0.2,
        heritageLanguage: 0.9,
        hostOrientation: 0.3,
        heritageOrientation: 0.8,
        hostDisposition: 100,
        heritageDisposition: 180,
      },
      {
        hostLanguage: 0.8,
        heritageLanguage: 0.7,
        hostOrientation: 0.7,
        heritageOrientation: 0.6,
        hostDisposition: 170,
        heritageDisposition: 120,
      },
      ...Array.from({ length: children }, (_, k) => ({ id: newcomerId(5, NewcomerKind.birth, k), ageQuarters: 0, generation: 2 })),
    ];
    const state = createTinyState({ persons, capacity: persons.length });
    for (let k = 0; k < children; k++) initialiseNewcomerSocialTraits(state, 2 + k, 0, father, params, rng, 5);
    return state.persons;
  }

  it('gives a child languages and orientations halfway between its mother and its father', () => {
    const p = family(1, 1);
    expect(p.hostLanguage[2]).toBeCloseTo(0.5, 6);
    expect(p.heritageLanguage[2]).toBeCloseTo(0.8, 6);
    expect(p.hostOrientation[2]).toBeCloseTo(0.5, 6);
    expect(p.heritageOrientation[2]).toBeCloseTo(0.7, 6);
  });

  it('gives children dispositions around the parents’ mean with the population’s spread restored (σ/√2 of their own)', () => {
    const n = 4000;
    const p = family(1, n);
    const values = Array.from({ length: n }, (_, k) => decodeDisposition(p.hostDisposition[2 + k]));
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    expect(mean).toBeCloseTo((decodeDisposition(100) + decodeDisposition(170)) / 2, 1);
    expect(sd / (spread / Math.SQRT2)).toBeGreaterThan(0.95);
    expect(sd / (spread / Math.SQRT2)).toBeLessThan(1.05);
  });

  it('pulls the child of a host-majority father toward the host language and culture', () => {
    const p = family(MAJORITY_PARENT, 1);
    expect(p.hostLanguage[2]).toBeCloseTo(0.6, 6); // (0.2 + 1) / 2
    expect(p.heritageLanguage[2]).toBeCloseTo(0.45, 6); // 0.9 / 2
    expect(p.hostOrientation[2]).toBeGreaterThan(0.3);
    expect(p.heritageOrientation[2]).toBeLessThan(0.8);
  });
});

describe('applyAttitudes', () => {
  // Opinion exchange alone: no relaxation toward the hosts' own levels in these two.
  const exchangeOnly = defaultParams({ 'attitudes.recovery_rate': 0 });

  it('moves a host and a person toward each other within the confidence threshold only', () => {
    const state = createTinyState({
      persons: [
        { trustHost: 0.5, contactsHost: 1, metTies: 1, ties: [hostTie(0)] },
        { trustHost: 0.5, contactsHost: 1, metTies: 1, ties: [hostTie(1)] },
      ],
      hosts: [{ attitude: 0.6 }, { attitude: 0.9 }],
    });
    applyAttitudes(state, levers, exchangeOnly, rng, 0);
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
    applyAttitudes(state, levers, exchangeOnly, rng, 0);
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

  it('warms a host whose prejudice contact lowered: attitude relaxes toward logistic(logit(own level) + κ·(no-contact prejudice − prejudice))', () => {
    const params = defaultParams({ 'attitudes.recovery_rate': 1, 'attitudes.secondary_transfer': 2 });
    const attitudeWithPrejudice = (prejudice: number) => {
      const state = createTinyState({ persons: [{ contactsHost: 0 }], hosts: [{ attitude: 0.5, prejudice }] });
      applyAttitudes(state, levers, params, rng, 0);
      return state.hosts.attitude[0];
    };
    // The same host (same own level and no-contact prejudice), its prejudice 0.1 or 0.9: κ·0.8 = 1.6 apart in log-odds.
    const logit = (x: number) => Math.log(x / (1 - x));
    expect(logit(attitudeWithPrejudice(0.1)) - logit(attitudeWithPrejudice(0.9))).toBeCloseTo(1.6, 4);
  });
});
