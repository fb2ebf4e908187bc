import { calibrationTarget } from './calibrationTargets.js';

/**
 * Reference figures of the labour-migration rule. Arrivals are stated relative to 2021: the wage
 * ratio and the pull of Russia at their 2021 values give the arrivals the stock potential implies.
 */

/** Average monthly wages in 2021, USD (the economic context drivers' sources). */
export const WAGE_KAZAKHSTAN_2021_USD = 580;
export const WAGE_UZBEKISTAN_2021_USD = 250;
export const WAGE_SOURCES =
  'Bureau of National Statistics of Kazakhstan: average monthly wage about 580 USD (2021); Statistics Agency of Uzbekistan: about 250 USD (2021)';

/**
 * Destination shares of Uzbek labour migrants (World Bank 2025): Russia 0.57, Kazakhstan 0.15, the
 * rest elsewhere. With a logit choice, Kazakhstan's share when Russia's attractiveness is multiplied
 * by `pull` is 0.15 / (0.57·pull + 0.43), i.e. 1 / (0.57·pull + 0.43) times its 2021 share.
 */
export const SHARE_TO_RUSSIA = calibrationTarget('uzbek_migrants.share_to_russia').value;

/** Migrant legal access at which the stock potential was observed (the lever's 2021 default). */
export const REFERENCE_LEGAL_ACCESS = 1 - calibrationTarget('uz_in_kz.migrant_irregular_share').value;

/** Kazakhstan's share of Uzbek migrants relative to 2021 when Russia's pull is `pull` (2021 = 1). */
export function kazakhstanShareFactor(pull: number): number {
  return 1 / (SHARE_TO_RUSSIA * pull + (1 - SHARE_TO_RUSSIA));
}
