import { describe, expect, it } from 'vitest';
import { prejudiceBaseline } from '../../../packages/engine/src/equations/social.js';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { Flag, Kind } from '../../../packages/engine/src/state/codes.js';
import { NEVER_DISCRIMINATED } from '../../../packages/engine/src/state/persons.js';
import { readTally, Tally } from '../../../packages/engine/src/state/tallies.js';
import { applyDiscrimination, applyPrejudice } from '../../support/mechanisms.js';
import { createTinyState, type PersonSpec } from '../../support/tinyState.js';
import { defaultLevers, defaultParams } from './support.js';

const rng = createRandomSource(4);

describe('applyDiscrimination', () => {
  it('turns a certain event into a reset counter, a tally and lower trust (host orientation moves through acculturation only)', () => {
    const state = createTinyState({
      persons: [
        { weight: 7, contactsHost: 2, metPrejudice: 1, hostOrientation: 0.8, trustHost: 0.5, quartersSinceDiscrimination: 9 },
        { weight: 5, contactsHost: 0, hostOrientation: 0.8, trustHost: 0.5, quartersSinceDiscrimination: 5 },
        { weight: 5, contactsHost: 0, trustHost: 0.6 },
        { weight: 5, contactsHost: 0, trustHost: 0.6, kind: Kind.student, quartersSinceDiscrimination: NEVER_DISCRIMINATED - 1 },
        { weight: 5, contactsHost: 0, trustHost: 0.6, flags: Flag.associationMember },
      ],
    });
    const levers = defaultLevers({ 'uz_in_kz.anti_discrimination': 0 });
    applyDiscrimination(state, levers, defaultParams({ 'discrimination.base_rate': 1 }), rng, 0);
    const p = state.persons;
    expect(p.quartersSinceDiscrimination[0]).toBe(0);
    expect(p.hostOrientation[0]).toBeCloseTo(0.8, 6);
    expect(p.trustHost[0]).toBeCloseTo(0.5 * 0.9, 6);
    expect(readTally(state.tallies, 0, Tally.discriminationEvents)).toBe(7);
    // No host contact, no event: the counter counts up (saturating), trust recovers toward the kind's usual level.
    expect(p.quartersSinceDiscrimination[1]).toBe(6);
    expect(p.hostOrientation[1]).toBeCloseTo(0.8, 6);
    expect(p.trustHost[1]).toBeCloseTo(0.5 + 0.05 * (0.6 - 0.5), 6);
    expect(p.quartersSinceDiscrimination[2]).toBe(NEVER_DISCRIMINATED);
    expect(p.trustHost[2]).toBeCloseTo(0.6, 6);
    expect(p.quartersSinceDiscrimination[3]).toBe(NEVER_DISCRIMINATED);
    expect(p.trustHost[3]).toBeCloseTo(0.6 + 0.05 * (0.75 - 0.6), 6);
    // Members of cultural associations recover toward the same level (no premium: trust moves through contact).
    expect(p.trustHost[4]).toBeCloseTo(0.6, 6);
  });

  it('happens with chance base × prejudice met × (1 − e × enforcement)', () => {
    const persons: PersonSpec[] = Array.from({ length: 20_000 }, () => ({ contactsHost: 1, metPrejudice: 0.4 }));
    const state = createTinyState({ persons });
    const levers = defaultLevers({ 'uz_in_kz.anti_discrimination': 0.5 });
    applyDiscrimination(state, levers, defaultParams({ 'discrimination.base_rate': 0.5 }), rng, 3);
    // 0.5 × 0.4 × (1 − 0.6 × 0.5) = 0.14; sd of the share 0.0025.
    const share = readTally(state.tallies, 0, Tally.discriminationEvents) / 20_000;
    expect(share).toBeGreaterThan(0.14 - 0.008);
    expect(share).toBeLessThan(0.14 + 0.008);
  });
});

describe('applyPrejudice', () => {
  it('lowers prejudice by the contact effect and drifts it back toward the host’s own level', () => {
    const state = createTinyState({
      persons: [{}],
      hosts: [
        { prejudice: 0.5, contactsStep: 2 },
        { prejudice: 0.1, contactsStep: 0 },
      ],
    });
    const params = defaultParams();
    applyPrejudice(state, defaultLevers(), params, rng, 0);
    const delta = params['prejudice.contact_effect'];
    const lambda = params['prejudice.recovery_rate'];
    const expected = (p: number, c: number, host: number) => {
      const after = p * Math.exp(-delta * c);
      return after + lambda * (prejudiceBaseline(rng, params, host) - after);
    };
    expect(state.hosts.prejudice[0]).toBeCloseTo(expected(0.5, 2, 0), 6);
    expect(state.hosts.prejudice[1]).toBeCloseTo(expected(0.1, 0, 1), 6);
  });

  it('spreads the no-contact levels around the societal level', () => {
    const params = defaultParams();
    const levels = Array.from({ length: 4000 }, (_, j) => prejudiceBaseline(rng, params, j)).sort((a, b) => a - b);
    expect(levels[2000]).toBeCloseTo(params['prejudice.societal_level'], 1);
    expect(levels[0]).toBeGreaterThan(0);
    expect(levels[3999]).toBeLessThan(1);
  });
});
