import { describe, expect, it } from 'vitest';
import { HOST_PROFICIENT_SHARE } from '../../../packages/engine/src/data/socialPriors.js';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import {
  DISCRIMINATION_MEMORY_QUARTERS,
  heritageTargetLogit,
  hostTargetLogit,
  readAcculturationCoefficients,
} from '../../../packages/engine/src/rules/applyAcculturation.js';
import { decodeDisposition, languageState, Speaks } from '../../../packages/engine/src/rules/socialShared.js';
import { parseScenario } from '../../../packages/engine/src/scenario/parse.js';
import { resolveScenario } from '../../../packages/engine/src/scenario/resolve.js';
import { Kind, Legal, NO_PARENT } from '../../../packages/engine/src/state/codes.js';
import { createInitialState } from '../../../packages/engine/src/state/createInitialState.js';
import { initialiseNewcomerSocialTraits } from '../../../packages/engine/src/state/initial/social.js';
import { NEVER_DISCRIMINATED } from '../../../packages/engine/src/state/persons.js';
import baselineJson from '../../../scenarios/baseline.json' with { type: 'json' };
import { createTinyState } from '../../support/tinyState.js';
import { defaultParams } from './support.js';

const parsed = parseScenario({ ...baselineJson, personsPerAgent: 160 });
if (!parsed.ok) throw new Error('baseline does not parse');
const resolved = resolveScenario(parsed.scenario);
const params = resolved.assumptions;
const state = createInitialState(resolved, createRandomSource(1));
const p = state.persons;
const ADULT = 18 * 4;

describe('initial social traits (2021)', () => {
  it('gives everyone at least one language, at the priors’ shares', () => {
    let speechless = 0;
    for (let i = 0; i < p.end; i++) if (p.heritageLanguage[i] < 0.5 && p.hostLanguage[i] < 0.5) speechless++;
    expect(speechless).toBe(0);
    for (const d of [0, 1]) {
      let settledAdults = 0;
      let hostProficient = 0;
      for (let i = 0; i < p.end; i++) {
        if (p.diaspora[i] !== d || p.kind[i] !== Kind.settled || p.ageQuarters[i] < ADULT) continue;
        settledAdults++;
        if (languageState(p.heritageLanguage[i], p.hostLanguage[i]) !== Speaks.heritageOnly) hostProficient++;
      }
      expect(Math.abs(hostProficient / settledAdults - HOST_PROFICIENT_SHARE[d][Kind.settled])).toBeLessThan(0.03);
    }
  });

  it('starts every orientation at the target its dispositions and traits give (contacts at their usual mix)', () => {
    const c = readAcculturationCoefficients(params);
    let worst = 0;
    for (let i = 0; i < p.end; i += 7) {
      const discriminated = p.quartersSinceDiscrimination[i] < DISCRIMINATION_MEMORY_QUARTERS;
      const host = hostTargetLogit(
        decodeDisposition(p.hostDisposition[i]),
        p.hostLanguage[i],
        p.legal[i] === Legal.citizen,
        discriminated,
        c,
      );
      const heritage = heritageTargetLogit(decodeDisposition(p.heritageDisposition[i]), p.heritageLanguage[i], false, c);
      worst = Math.max(
        worst,
        Math.abs(1 / (1 + Math.exp(-host)) - p.hostOrientation[i]),
        Math.abs(1 / (1 + Math.exp(-heritage)) - p.heritageOrientation[i]),
      );
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it('gives settled adults Berry shares near Berry, Phinney, Sam and Vedder 2006 (what the disposition means were fitted to)', () => {
    const count = [0, 0, 0, 0];
    let adults = 0;
    for (let i = 0; i < p.end; i++) {
      if (p.kind[i] !== Kind.settled || p.ageQuarters[i] < ADULT) continue;
      adults++;
      const h = p.heritageOrientation[i] >= 0.5;
      const n = p.hostOrientation[i] >= 0.5;
      count[h && n ? 0 : n ? 1 : h ? 2 : 3]++;
    }
    const shares = count.map((k) => k / adults);
    const berry = [0.364, 0.187, 0.225, 0.224];
    shares.forEach((s, k) => {
      expect(Math.abs(s - berry[k])).toBeLessThan(0.03);
    });
  });

  it('gives settled members born abroad less host language than those born here', () => {
    const share = (firstGeneration: boolean) => {
      let n = 0;
      let proficient = 0;
      for (let i = 0; i < p.end; i++) {
        if (p.kind[i] !== Kind.settled || p.ageQuarters[i] < ADULT || (p.generation[i] === 1) !== firstGeneration) continue;
        n++;
        if (p.hostLanguage[i] >= 0.5) proficient++;
      }
      return proficient / n;
    };
    expect(share(true)).toBeLessThan(share(false) - 0.1);
  });

  it('starts with a discrimination history and hosts whose prejudice falls with their contacts', () => {
    let adults = 0;
    let recent = 0;
    let outsideHistory = 0;
    for (let i = 0; i < p.end; i++) {
      if (p.ageQuarters[i] < ADULT) continue;
      adults++;
      if (p.quartersSinceDiscrimination[i] < 3) recent++;
      if (p.quartersSinceDiscrimination[i] >= 12 && p.quartersSinceDiscrimination[i] !== NEVER_DISCRIMINATED) outsideHistory++;
    }
    expect(outsideHistory).toBe(0);
    // Events in the last three quarters before 2021 (the first step adds the fourth).
    expect(recent / adults).toBeGreaterThan(0.08);
    expect(recent / adults).toBeLessThan(0.3);
    const h = state.hosts;
    let sx = 0;
    let sy = 0;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    let outOfRange = 0;
    for (let j = 0; j < h.count; j++) {
      if (!(h.prejudice[j] > 0 && h.prejudice[j] < 1 && h.attitude[j] > 0 && h.attitude[j] < 1)) outOfRange++;
      sx += h.contactsYear[j];
      sy += h.prejudice[j];
      sxy += h.contactsYear[j] * h.prejudice[j];
      sxx += h.contactsYear[j] ** 2;
      syy += h.prejudice[j] ** 2;
    }
    expect(outOfRange).toBe(0);
    const n = h.count;
    const r = (sxy - (sx * sy) / n) / Math.sqrt((sxx - (sx * sx) / n) * (syy - (sy * sy) / n));
    expect(r).toBeLessThan(-0.05);
  });
});

describe('social traits of newcomers', () => {
  const tiny = () =>
    createTinyState({
      persons: [
        {
          heritageLanguage: 0.7,
          hostLanguage: 0.3,
          heritageOrientation: 0.8,
          hostOrientation: 0.2,
          heritageDisposition: 200,
          hostDisposition: 50,
          trustHost: 0.4,
          trustHome: 0.9,
        },
        { kind: Kind.student, ageQuarters: 20 * 4, id: 0x80000000 + 5 },
        { kind: Kind.student, ageQuarters: 20 * 4, id: 0x80000000 + 6 },
      ],
    });
  const rng = createRandomSource(8);
  const traits = (s: ReturnType<typeof tiny>, i: number) => [
    s.persons.heritageLanguage[i],
    s.persons.hostLanguage[i],
    s.persons.heritageOrientation[i],
    s.persons.hostOrientation[i],
    s.persons.heritageDisposition[i],
    s.persons.hostDisposition[i],
    s.persons.trustHost[i],
    s.persons.trustHome[i],
  ];

  it("gives a newborn with no father recorded its mother's languages, orientations and trust, and dispositions near hers", () => {
    const s = tiny();
    initialiseNewcomerSocialTraits(s, 1, 0, NO_PARENT, defaultParams(), rng, 3);
    const child = traits(s, 1);
    const mother = traits(s, 0);
    expect([child[0], child[1], child[2], child[3], child[6], child[7]]).toEqual([
      mother[0],
      mother[1],
      mother[2],
      mother[3],
      mother[6],
      mother[7],
    ]);
  });

  it("draws an arrival's traits from its own id only (common random numbers)", () => {
    const a = tiny();
    const b = tiny();
    initialiseNewcomerSocialTraits(a, 1, NO_PARENT, NO_PARENT, defaultParams(), rng, 3);
    initialiseNewcomerSocialTraits(b, 2, NO_PARENT, NO_PARENT, defaultParams(), rng, 3);
    initialiseNewcomerSocialTraits(b, 1, NO_PARENT, NO_PARENT, defaultParams(), rng, 3);
    expect(traits(b, 1)).toEqual(traits(a, 1));
    expect(traits(b, 2)).not.toEqual(traits(b, 1));
    expect(a.persons.heritageLanguage[1] >= 0.5 || a.persons.hostLanguage[1] >= 0.5).toBe(true);
  });
});
