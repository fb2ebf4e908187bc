/** Country-level quantities the rules share, updated from the drivers each step. */
export interface EconomyState {
  /** Nominal GDP, USD per year. */
  gdpKazakhstan: number;
  gdpUzbekistan: number;
  /** Average monthly wage, USD. */
  wageKazakhstan: number;
  wageUzbekistan: number;
  /** Bilateral trade turnover at this step's rate, USD per year. */
  tradeUsd: number;
  /** Diaspora trade links (weighted) in the first step, the gravity relation's reference. */
  tradeLinksReference: number;
  /** Trade links (weighted) now, both diasporas. */
  tradeLinks: number;
  /** Combined GDP of 2021 (geometric mean of the two, USD per year), the gravity relation's reference. */
  combinedGdpReference: number;
  /** Trade-cost equivalent τ of the 2021 status quo (share), the gravity relation's reference. */
  tradeCostReference: number;
  /** Per diaspora: connected skilled members and alumni (weighted by home ties) at the start, knowledge transfer's reference. */
  knowledgeCommunityReference: Float64Array;
}

export function createEconomy(): EconomyState {
  return {
    gdpKazakhstan: 0,
    gdpUzbekistan: 0,
    wageKazakhstan: 0,
    wageUzbekistan: 0,
    tradeUsd: 0,
    tradeLinksReference: 0,
    tradeLinks: 0,
    combinedGdpReference: 0,
    tradeCostReference: 0,
    knowledgeCommunityReference: new Float64Array(2),
  };
}
