import { describe, expect, it } from 'vitest';
import { GDP_2021, WAGE_2021 } from '../../../packages/engine/src/data/economy.js';
import { combinedGdp, setEconomicContextAtStart } from '../../../packages/engine/src/equations/trade.js';
import { applyEconomicContext } from '../../../packages/engine/src/rules/applyEconomicContext.js';
import { Kind, Legal } from '../../../packages/engine/src/state/codes.js';
import { applyHomeTies } from '../../support/mechanisms.js';
import { createTinyState } from '../../support/tinyState.js';
import { assumptions, rng, stepValues } from './support.js';

const A = assumptions();

describe('economic context', () => {
  it('starts so that the mean over 2021’s quarters is the 2021 figure, then grows by the drivers', () => {
    const state = createTinyState({ persons: [] });
    const drivers = stepValues();
    setEconomicContextAtStart(state.economy, drivers, 4);
    const q = 1.06 ** 0.25;
    expect(state.economy.wageKazakhstan).toBeCloseTo(WAGE_2021.kazakhstan.value * q ** -1.5, 9);
    expect(state.economy.combinedGdpReference).toBeCloseTo(Math.sqrt(197e9 * 69.6e9), 0);
    const kz = [state.economy.gdpKazakhstan];
    applyEconomicContext(state, drivers, assumptions(), rng, 0); // the first quarter keeps the start levels
    expect(state.economy.gdpKazakhstan).toBe(kz[0]);
    for (let step = 1; step < 4; step++) {
      applyEconomicContext(state, drivers, assumptions(), rng, step);
      kz.push(state.economy.gdpKazakhstan);
    }
    expect(kz[1] / kz[0]).toBeCloseTo(q, 12);
    const mean = kz.reduce((a, b) => a + b) / 4;
    expect(mean / GDP_2021.kazakhstan.value).toBeCloseTo(1, 3);
    expect(state.economy.wageUzbekistan / (WAGE_2021.uzbekistan.value * 1.08 ** (-1.5 / 4))).toBeCloseTo(1.08 ** (3 / 4), 9);
  });

  it('responds to a driver: no growth, no change', () => {
    const state = createTinyState({ persons: [] });
    setEconomicContextAtStart(state.economy, stepValues(), 4);
    const before = state.economy.wageUzbekistan;
    applyEconomicContext(state, stepValues({ 'uz.wage_growth_pct': 0 }), assumptions(), rng, 5);
    expect(state.economy.wageUzbekistan).toBe(before);
  });

  it('measures the combined economy as the geometric mean of the two GDPs', () => {
    expect(combinedGdp(4, 9)).toBe(6);
  });
});

describe('home ties', () => {
  const slowdown = A['home_ties.engagement_slowdown'];
  const rate = (fading: number, engagement: number) => 1 - (1 - fading * (1 - slowdown * engagement)) ** 0.25;
  const [first1, second, later3, lift, naturalised] = [
    A['home_ties.target_generation1'],
    A['home_ties.target_generation2'],
    A['home_ties.target_later_generations'],
    A['home_ties.engagement_lift'],
    A['home_ties.naturalisation_factor'],
  ];

  it('relax toward the level of their generation, lifted by engagement, lower for the naturalised', () => {
    const state = createTinyState({
      persons: [
        { kind: Kind.labourMigrant, legal: Legal.temporaryPermit, generation: 1, homeTies: 0.9 },
        { kind: Kind.settled, legal: Legal.citizen, generation: 1, homeTies: 0.9 }, // naturalised
        { kind: Kind.settled, legal: Legal.permanentResident, generation: 1, homeTies: 0.9 },
        { generation: 2, homeTies: 0.2 },
        { generation: 3, homeTies: 0.5 },
      ],
    });
    applyHomeTies(state, stepValues(), assumptions(), rng, 0);
    const e = 0.3;
    const first = rate(A['home_ties.fading_rate_generation1'], e);
    const later = rate(A['home_ties.fading_rate_later'], e);
    const t = state.persons.homeTies;
    expect(t[0]).toBeCloseTo(0.9 + (first1 + lift * e - 0.9) * first, 6);
    expect(t[1]).toBeCloseTo(0.9 + (first1 * naturalised + lift * e - 0.9) * first, 6);
    expect(t[2]).toBeCloseTo(t[0], 6);
    expect(t[3]).toBeCloseTo(0.2 + (second + lift * e - 0.2) * later, 6);
    expect(t[4]).toBeCloseTo(0.5 + (later3 + lift * e - 0.5) * later, 6);
  });

  it('fade more slowly and settle higher with stronger home engagement', () => {
    const make = () => createTinyState({ persons: [{ kind: Kind.labourMigrant, legal: Legal.temporaryPermit, homeTies: 0.95 }] });
    const weak = make();
    const strong = make();
    for (let step = 0; step < 40; step++) {
      applyHomeTies(weak, stepValues({ 'uz_in_kz.home_engagement': 0 }), assumptions(), rng, step);
      applyHomeTies(strong, stepValues({ 'uz_in_kz.home_engagement': 1 }), assumptions(), rng, step);
    }
    expect(strong.persons.homeTies[0]).toBeGreaterThan(weak.persons.homeTies[0]);
    // ten years from 0.95 toward the level of the born abroad at their yearly fading rate, with no engagement
    const fading = A['home_ties.fading_rate_generation1'];
    expect(weak.persons.homeTies[0]).toBeCloseTo(first1 + (0.95 - first1) * (1 - fading) ** 10, 5);
  });
});
