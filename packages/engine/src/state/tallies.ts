import { DIASPORA_COUNT } from './codes.js';

/**
 * Flows counted by the rules during a step, per diaspora (persons weighted, money in USD per quarter).
 * Zeroed at the start of every step; the observer turns them into yearly rates.
 */
export const Tally = {
  births: 0,
  deathsSettled: 1,
  deathsSojourners: 2,
  arrivals: 3,
  departures: 4,
  returnsToKinState: 5,
  transfersToSettled: 6,
  studentArrivals: 7,
  remittancesTotal: 8,
  remittancesFormal: 9,
  investment: 10,
  knowledgeTransfer: 11,
  discriminationEvents: 12,
  /** Family members joining a labour migrant who settles (settled arrivals). */
  familyArrivals: 13,
  /** Children of mixed couples counted with the host majority (not created). */
  birthsToMajority: 14,
  /** Money that reaches the home country: remittances and investment net of what the channels cost (USD). */
  moneyHome: 15,
} as const;
export const TALLY_COUNT = 16;

export function createTallies(): Float64Array {
  return new Float64Array(DIASPORA_COUNT * TALLY_COUNT);
}

export function addTally(tallies: Float64Array, diaspora: number, tally: number, amount: number): void {
  tallies[diaspora * TALLY_COUNT + tally] += amount;
}

export function readTally(tallies: Float64Array, diaspora: number, tally: number): number {
  return tallies[diaspora * TALLY_COUNT + tally];
}
