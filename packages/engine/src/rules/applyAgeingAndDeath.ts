import { MAX_AGE_QUARTERS, quarterlyDeathProbabilities } from '../data/vitalRates.js';
import { type RandomSource, streamId } from '../rng.js';
import { Kind } from '../state/codes.js';
import { removePerson, type SimulationState } from '../state/simulationState.js';
import { addTally, Tally } from '../state/tallies.js';
import { param, type Rule } from './rule.js';
import { blockEnd } from './sweep.js';

const STREAM = streamId('ageing and death');
const DRAW_DEATH = 0;

// The death table of the last (life expectancy, slope) pair, so no lookup allocates per step.
let tableLifeExpectancy = Number.NaN;
let tableSlope = Number.NaN;
let deathProbability: Float64Array = new Float64Array(0);

/**
 * Everyone ages a quarter; each person dies with the Gompertz probability of their age at the start
 * of the quarter (data/vitalRates.ts). Deaths of settled members and of sojourners are tallied apart.
 */
export const applyAgeingAndDeath: Rule = (state, _levers, params, rng, step) => {
  const lifeExpectancy = param(params, 'demography.life_expectancy');
  const slope = param(params, 'demography.gompertz_slope');
  if (lifeExpectancy !== tableLifeExpectancy || slope !== tableSlope) {
    deathProbability = quarterlyDeathProbabilities(lifeExpectancy, slope);
    tableLifeExpectancy = lifeExpectancy;
    tableSlope = slope;
  }
  streamKey[0] = rng.streamKey(STREAM, step);
  const end = state.persons.end;
  for (let from = 0; from < end; from = blockEnd(from, end)) ageEveryone(state, rng, from, blockEnd(from, end));
};

const MAX_AGE = MAX_AGE_QUARTERS;

const streamKey = new Float64Array(1);

function ageEveryone(state: SimulationState, rng: RandomSource, from: number, to: number): void {
  const key = streamKey[0];
  const p = state.persons;
  const { alive, ageQuarters, quartersInHost, id } = p;
  const dying = deathProbability;
  for (let i = from; i < to; i++) {
    if (alive[i] === 0) continue;
    const age = ageQuarters[i];
    if (rng.uniform(key, id[i], DRAW_DEATH) < dying[age]) {
      die(state, i);
      continue;
    }
    ageQuarters[i] = age < MAX_AGE ? age + 1 : MAX_AGE;
    if (quartersInHost[i] < 0xffff) quartersInHost[i]++;
  }
}

function die(state: SimulationState, slot: number): void {
  const p = state.persons;
  removePerson(state, slot);
  addTally(state.tallies, p.diaspora[slot], p.kind[slot] === Kind.settled ? Tally.deathsSettled : Tally.deathsSojourners, p.weight[slot]);
}
