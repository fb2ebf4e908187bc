import { pow } from '../math/index.js';
import { type Assumptions, param } from './values.js';

/** Enterprises with home-country capital (docs/model.md#home-capital-enterprises): entries and their steady stock. */
export interface EnterpriseCoefficients {
  perThousandLinks: number;
  investmentWeight: number;
  engagementEffect: number;
  exitRate: number;
}

export function readEnterpriseCoefficients(params: Assumptions): EnterpriseCoefficients {
  return {
    perThousandLinks: param(params, 'enterprises.per_thousand_links'),
    investmentWeight: param(params, 'enterprises.investment_weight'),
    engagementEffect: param(params, 'enterprises.engagement_effect'),
    exitRate: param(params, 'enterprises.exit_rate'),
  };
}

/** New enterprises a year for a diaspora with these links (persons), investment (USD a year) and engagement. */
export function enterpriseEntries(links: number, investmentPerYear: number, engagement: number, c: EnterpriseCoefficients): number {
  return (c.perThousandLinks / 1000) * (links + (c.investmentWeight * investmentPerYear) / 1e6) * (1 + c.engagementEffect * engagement);
}

/** The stock at which a quarter's entries and closures balance (as the rule steps them). */
export function steadyEnterprises(entriesPerYear: number, c: EnterpriseCoefficients, stepsPerYear: number): number {
  const closingPerStep = 1 - pow(1 - c.exitRate, 1 / stepsPerYear);
  return closingPerStep > 0 ? entriesPerYear / stepsPerYear / closingPerStep : 0;
}
