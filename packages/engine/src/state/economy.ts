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
  /**
   * Trade relative to its 2021 relation with the two economies' size: it adjusts each quarter part of
   * the way toward what links, trade costs and the cooperation zone imply (1 in the 2021 status quo).
   */
  tradeAdjustment: number;
  /** Diaspora trade links (weighted) at the start, the gravity relation's reference. */
  tradeLinksReference: number;
  /** Trade links (persons trading with the home country) now, by diaspora. */
  tradeLinks: Float64Array;
  /** Combined GDP of 2021 (geometric mean of the two, USD per year), the gravity relation's reference. */
  combinedGdpReference: number;
  /** Trade-cost equivalent τ of the 2021 status quo (share), the gravity relation's reference. */
  tradeCostReference: number;
  /** Per diaspora: connected skilled members and alumni (weighted by home ties) at the start, knowledge transfer's reference. */
  knowledgeCommunityReference: Float64Array;
  /** Per diaspora: enterprises registered in the host country with capital from the diaspora's home country. */
  homeCapitalEnterprises: Float64Array;
}

export function createEconomy(): EconomyState {
  return {
    gdpKazakhstan: 0,
    gdpUzbekistan: 0,
    wageKazakhstan: 0,
    wageUzbekistan: 0,
    tradeUsd: 0,
    tradeAdjustment: 1,
    tradeLinksReference: 0,
    tradeLinks: new Float64Array(2),
    combinedGdpReference: 0,
    tradeCostReference: 0,
    knowledgeCommunityReference: new Float64Array(2),
    homeCapitalEnterprises: new Float64Array(2),
  };
}

/** Both diasporas' trade links. */
export function totalTradeLinks(economy: EconomyState): number {
  let total = 0;
  for (let d = 0; d < economy.tradeLinks.length; d++) total += economy.tradeLinks[d];
  return total;
}
