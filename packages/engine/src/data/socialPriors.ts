/**
 * Priors for the social traits of persons at the start (2021) and of arriving labour migrants and
 * students. Nothing measures these for the two diasporas; each figure says where it comes from.
 * Indexed [diaspora][kind] with codes.Diaspora (uz_in_kz, kz_in_uz) and codes.Kind (settled,
 * labour migrant, student).
 */

/**
 * Acculturation strategies of immigrant youth in 13 countries: Berry, Phinney, Sam and Vedder 2006,
 * Applied Psychology 55 (5,366 respondents): integration 36.4%, national (assimilation) 18.7%, ethnic
 * (separation) and diffuse (marginalisation) the remainder, about 22.5% and 22.4%. No survey of these
 * groups was found: the dispositions' means and correlation are fitted so that the settled adults'
 * shares in 2021 come near these (docs/calibration.md), and the shares move from there.
 */
export const BERRY_SHARES = { integration: 0.364, assimilation: 0.187, separation: 0.225, marginalization: 0.224 } as const;

/**
 * Shares proficient (0.5 or above) in the heritage language and in the host state language, by kind.
 * Assumptions: the Uzbeks of southern Kazakhstan are an old community with Uzbek-medium schools
 * (heritage kept by about 90%), most also speak Kazakh, a close Turkic language (about 60%); the
 * Kazakhs of Uzbekistan likewise keep Kazakh (about 85%, some 400 Kazakh-medium schools) and most
 * speak Uzbek (about 70%). Labour migrants and students arrive speaking their own language and learn
 * the host language on the job or at university (30–50%). For comparison, 44.9% of Kazakhstan's
 * population reported two languages and 28.6% three in the 2021 census.
 */
export const HERITAGE_PROFICIENT_SHARE: readonly (readonly number[])[] = [
  [0.9, 0.99, 0.99],
  [0.85, 0.99, 0.99],
];
export const HOST_PROFICIENT_SHARE: readonly (readonly number[])[] = [
  [0.6, 0.3, 0.5],
  [0.7, 0.3, 0.4],
];

/**
 * Host-language share proficient among settled members born abroad, by diaspora (those born in the
 * host country take the rest of the settled share). Assumption: between the labour migrants' 30% and
 * the settled average; every survey of immigrants finds the born abroad less proficient than their
 * children (e.g. Chiswick and Miller 2015).
 */
export const FIRST_GENERATION_HOST_PROFICIENT_SHARE: readonly number[] = [0.4, 0.45];

/** Spread of trust (in the host and in the home country) and of host attitudes on the log-odds scale. Assumption. */
export const TRUST_SPREAD = 0.7;
/** Median trust in the home country's institutions. Assumption (no survey of the diasporas). */
export const HOME_TRUST_MEDIAN = 0.5;
