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
}

export function createEconomy(): EconomyState {
  return { gdpKazakhstan: 0, gdpUzbekistan: 0, wageKazakhstan: 0, wageUzbekistan: 0, tradeUsd: 0, tradeLinksReference: 0, tradeLinks: 0 };
}
