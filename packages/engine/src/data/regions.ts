import { Diaspora } from '../state/codes.js';
import type { Region } from '../state/regions.js';

/** A region with what initialisation needs beyond the Region the rules read. */
export interface RegionData extends Region {
  /** Share of the diaspora's exchange students studying here (sums to 1 per diaspora). */
  readonly studentShare: number;
}

const UZ = Diaspora.uz_in_kz;
const KZ = Diaspora.kz_in_uz;

/**
 * Regions where each diaspora lives, uz_in_kz first, then kz_in_uz (each diaspora's regions are
 * contiguous; the network and the host sample rely on it). Only the Turkestan settled share rests on a
 * regional figure (378,000 in April 2023, taken back to 2021 at the community's 2.5% a year growth:
 * about 360,000 of 614,000 = 0.585); every other share, enclave share and wage level is an
 * assumption, stated so in `source`. Wage levels are relative to the host country's average wage.
 */
export const REGIONS: readonly RegionData[] = [
  {
    name: 'Turkestan region',
    diaspora: UZ,
    settledShare: 0.585,
    migrantShare: 0.15,
    studentShare: 0.3,
    enclaveShare: 0.7,
    wageLevel: 0.65,
    source:
      'Settled share: BNS regional figure 378,000 (2023) back-projected to 2021. Enclave share (Uzbek-majority districts such as Saryagash, Sairam), migrant and student shares (Yassawi University in Turkestan), wage level: assumptions',
  },
  {
    name: 'Shymkent',
    diaspora: UZ,
    settledShare: 0.3,
    migrantShare: 0.2,
    studentShare: 0.25,
    enclaveShare: 0.55,
    wageLevel: 0.8,
    source:
      'Assumption: second Uzbek centre of Kazakhstan (about 0.18 million); shares, enclave share and wage level not from a published table',
  },
  {
    name: 'Zhambyl region',
    diaspora: UZ,
    settledShare: 0.04,
    migrantShare: 0.05,
    studentShare: 0.05,
    enclaveShare: 0.35,
    wageLevel: 0.75,
    source: 'Assumption: small community around Taraz',
  },
  {
    name: 'Almaty (city and region)',
    diaspora: UZ,
    settledShare: 0.03,
    migrantShare: 0.35,
    studentShare: 0.3,
    enclaveShare: 0.25,
    wageLevel: 1.35,
    source: 'Assumption: few settled Uzbeks, the main labour market for migrants and the main university city',
  },
  {
    name: 'Other regions of Kazakhstan',
    diaspora: UZ,
    settledShare: 0.045,
    migrantShare: 0.25,
    studentShare: 0.1,
    enclaveShare: 0.2,
    wageLevel: 1.05,
    source: 'Assumption: remainder, including Astana (migrant construction work)',
  },
  {
    name: 'Tashkent region (with the city)',
    diaspora: KZ,
    settledShare: 0.3,
    migrantShare: 0.6,
    studentShare: 0.75,
    enclaveShare: 0.45,
    wageLevel: 1.25,
    source: 'Assumption: no regional breakdown of the 2021 figure found; large Kazakh communities in Bostanliq, Zangiota and the capital',
  },
  {
    name: 'Karakalpakstan',
    diaspora: KZ,
    settledShare: 0.35,
    migrantShare: 0.1,
    studentShare: 0.1,
    enclaveShare: 0.6,
    wageLevel: 0.8,
    source: 'Assumption: the largest compact Kazakh settlements of Uzbekistan',
  },
  {
    name: 'Jizzakh region',
    diaspora: KZ,
    settledShare: 0.07,
    migrantShare: 0.05,
    studentShare: 0.03,
    enclaveShare: 0.4,
    wageLevel: 0.75,
    source: 'Assumption',
  },
  {
    name: 'Syrdarya region',
    diaspora: KZ,
    settledShare: 0.05,
    migrantShare: 0.05,
    studentShare: 0.02,
    enclaveShare: 0.35,
    wageLevel: 0.8,
    source: 'Assumption',
  },
  {
    name: 'Navoi region',
    diaspora: KZ,
    settledShare: 0.09,
    migrantShare: 0.1,
    studentShare: 0.03,
    enclaveShare: 0.45,
    wageLevel: 1.3,
    source: 'Assumption: Kazakh villages of the Kyzylkum; mining wages above average',
  },
  {
    name: 'Bukhara region',
    diaspora: KZ,
    settledShare: 0.05,
    migrantShare: 0.05,
    studentShare: 0.04,
    enclaveShare: 0.35,
    wageLevel: 0.9,
    source: 'Assumption',
  },
  {
    name: 'Other regions of Uzbekistan',
    diaspora: KZ,
    settledShare: 0.09,
    migrantShare: 0.05,
    studentShare: 0.03,
    enclaveShare: 0.3,
    wageLevel: 0.9,
    source: 'Assumption: remainder (Samarkand, Kashkadarya, Fergana valley)',
  },
];
