import { DIASPORA_LABEL, DIASPORAS, type DiasporaId } from './definition.js';

/**
 * What each lever is for, and how strongly the evidence says it should work: the lever's main
 * indicator, the sign of its effect and the range its size should fall in, at the lever's default
 * (a small step either side), with the basis of the range. docs/validation.md sets the model's
 * measured effects beside these (`pnpm docs:validation`) and a test checks that each lies in range.
 *
 * The size is an elasticity (relative change of the indicator over relative change of the lever) for
 * levers whose default is above zero, and a semi-elasticity (relative change of the indicator per
 * unit of the lever) for switches whose default is zero.
 */
export type EffectMeasure = 'elasticity' | 'semi-elasticity';
export type EffectBasis = 'literature' | 'derived' | 'assumption';

export interface LeverEffect {
  readonly lever: string;
  readonly indicator: string;
  /** Calendar year the effect is measured in. */
  readonly year: number;
  /** The lever is moved to default − step and default + step, within its range (a switch: 0 and 1). */
  readonly step: number;
  readonly measure: EffectMeasure;
  /** Inclusive range of the measure the evidence supports, signed. */
  readonly range: readonly [number, number];
  readonly basis: EffectBasis;
  /** The study or the reasoning behind the range, in a sentence. */
  readonly source: string;
}

function integrationEffects(d: DiasporaId): LeverEffect[] {
  const who = DIASPORA_LABEL[d];
  return [
    {
      lever: `${d}.naturalization_wait_years`,
      indicator: `${d}.naturalised_share`,
      year: 2030,
      step: 1,
      measure: 'elasticity',
      range: [-1, -0.01],
      basis: 'derived',
      source: `Shorter residence requirements raise naturalisation among the newly eligible (Gathmann and Keller 2018, Germany 15 to 8 years). The wait delays every permanent resident: where those born abroad are mostly recent settlers the naturalised share falls nearly in proportion to a longer wait (elasticity toward −1); where they settled long ago, hardly at all (toward 0). ${who} born abroad include both`,
    },
    {
      lever: `${d}.local_voting_rights`,
      indicator: `${d}.advocacy_rate`,
      year: 2030,
      step: 1,
      measure: 'semi-elasticity',
      range: [0.0005, 0.05],
      basis: 'derived',
      source:
        'Local votes for non-citizen residents raise their participation (Ferwerda, Finseraas and Bergh 2018, Norway); only permanent residents gain it, a few per cent of settled adults here, so the community-wide rate moves by their share times the effect',
    },
    {
      lever: `${d}.anti_discrimination`,
      indicator: `${d}.discrimination_rate`,
      year: 2030,
      step: 0.05,
      measure: 'elasticity',
      range: [-0.4, -0.05],
      basis: 'derived',
      source:
        'Enforcement scales the event chance by 1 − e·enforcement (e 0.3–0.9, model brief): at 0.3 an elasticity of −e·0.3/(1 − e·0.3), −0.1 to −0.37, for the share with at least one event a little less',
    },
    {
      lever: `${d}.language_course_seats`,
      indicator: `${d}.host_language`,
      year: 2030,
      step: 2,
      measure: 'elasticity',
      range: [0.01, 0.1],
      basis: 'derived',
      source:
        'About half of course takers reach everyday proficiency (BAMF integration course statistics; assumption range 0.3–0.8): 5 seats a year per 1,000 adults for nine years make 0.7–1.8% of adults newly proficient against a base of 60–70% (elasticity 0.01–0.03), and new speakers draw their contacts toward the language (up to about three times that)',
    },
    {
      lever: `${d}.credential_recognition`,
      indicator: `${d}.employment_rate`,
      year: 2030,
      step: 0.1,
      measure: 'elasticity',
      range: [0.0005, 0.05],
      basis: 'derived',
      source:
        'Recognition raises the employment and wages of immigrants with foreign qualifications (Brücker, Glitz, Lerche and Romiti 2021, Germany); only skilled members born abroad hold foreign diplomas, a few per cent of the settled',
    },
    {
      lever: `${d}.migrant_legal_access`,
      indicator: `${d}.migrant_legal_share`,
      year: 2030,
      step: 0.05,
      measure: 'elasticity',
      range: [0.7, 1.1],
      basis: 'derived',
      source:
        'Access sets the legal share of each new arrival; with stays of about 2.5 years the stock follows within a few years (IOM: 27% of foreign workers in Kazakhstan irregular)',
    },
    {
      lever: `${d}.credit_access`,
      indicator: `${d}.businesses`,
      year: 2030,
      step: 0.05,
      measure: 'elasticity',
      range: [0.05, 0.5],
      basis: 'literature',
      source:
        'Access to credit raises business entry (Banerjee, Duflo, Glennerster and Kinnan 2015: microcredit raises business creation modestly; Kerr and Nanda 2009: banking deregulation raised entry), most would-be owners here finance themselves',
    },
    {
      lever: `${d}.home_engagement`,
      indicator: `${d}.investment_usd`,
      year: 2030,
      step: 0.1,
      measure: 'elasticity',
      range: [0.05, 0.5],
      basis: 'assumption',
      source:
        'No evaluation of diaspora programmes measures it; diaspora FDI elasticities of 0.1–0.5 (Javorcik, Özden, Spatareanu and Neagu 2011) bound a plausible response of diaspora investment to facilitation',
    },
  ];
}

function exchangeEffects(d: DiasporaId): LeverEffect[] {
  return [
    {
      lever: `${d}.heritage_school_places`,
      indicator: `${d}.heritage_language_youth`,
      year: 2030,
      step: 50,
      measure: 'elasticity',
      range: [0.02, 0.5],
      basis: 'derived',
      source:
        'Heritage-medium schooling keeps the language (Portes and Hao 1998: bilingual schooling and fluency among the second generation); places reach school-age children only, about two thirds of the under-18s',
    },
    {
      lever: `${d}.cultural_events`,
      indicator: `${d}.advocacy_rate`,
      year: 2030,
      step: 1,
      measure: 'elasticity',
      range: [0.005, 0.2],
      basis: 'assumption',
      source:
        'Members of cultural associations take part in civic life far more (Putnam 2000; Fennema and Tillie 1999 on ethnic associations); events add members, a small share of adults at 2 events per 10,000',
    },
  ];
}

const REMITTANCE_SOURCE =
  'Freund and Spatafora 2008 and Kpodar and Imam 2024: recorded remittances fall with the cost of sending at an elasticity of about −1 (−0.5 to −1.5)';

export const LEVER_EFFECTS: readonly LeverEffect[] = [
  ...DIASPORAS.flatMap(integrationEffects),
  {
    lever: 'kz_in_uz.repatriation_incentive',
    indicator: 'kz_in_uz.returns_to_kin_state',
    year: 2030,
    step: 0.2,
    measure: 'elasticity',
    range: [0.4, 1.2],
    basis: 'derived',
    source:
      'Most resettlement of Kazakhs from Uzbekistan runs through the kandas programme (quotas, benefits); the model assumes 80% of returns depend on it (return.incentive_dependence), so returns move almost in proportion',
  },
  {
    lever: 'kz_to_uz.remittance_cost_pct',
    indicator: 'uz_in_kz.remittances_formal_usd',
    year: 2030,
    step: 0.5,
    measure: 'elasticity',
    range: [-1.5, -0.5],
    basis: 'literature',
    source: REMITTANCE_SOURCE,
  },
  {
    lever: 'uz_to_kz.remittance_cost_pct',
    indicator: 'kz_in_uz.remittances_formal_usd',
    year: 2030,
    step: 0.5,
    measure: 'elasticity',
    range: [-1.5, -0.5],
    basis: 'literature',
    source: REMITTANCE_SOURCE,
  },
  {
    lever: 'trade.tariff_equivalent_pct',
    indicator: 'bilateral.trade_usd',
    year: 2035,
    step: 2,
    measure: 'elasticity',
    range: [-1, -0.15],
    basis: 'literature',
    source:
      'Trade elasticity θ of 2–8 (Simonovska and Waugh 2014; Head and Mayer 2014) gives −θ·τ/(1 + τ) at a 15% tariff equivalent, −0.26 to −1, reached over years (Boehm, Levchenko and Pandalai-Nayar 2023)',
  },
  {
    lever: 'trade.border_delay_days',
    indicator: 'bilateral.trade_usd',
    year: 2035,
    step: 0.5,
    measure: 'elasticity',
    range: [-0.3, -0.015],
    basis: 'literature',
    source:
      'Each day costs 0.6–2.1% ad valorem (Hummels and Schaur 2013), times the trade elasticity of 2–8: −θ·cost·days/(1 + τ), −0.02 to −0.29 at 2 days',
  },
  {
    lever: 'trade.cooperation_zone',
    indicator: 'bilateral.trade_usd',
    year: 2035,
    step: 1,
    measure: 'semi-elasticity',
    range: [0.01, 0.3],
    basis: 'assumption',
    source:
      'One border zone is far smaller than a free-trade agreement, whose effect in gravity estimates is +20–40% (Baier and Bergstrand 2007); assumed 0–30%',
  },
  {
    lever: 'uz_to_kz.student_exchange_slots',
    indicator: 'bilateral.trust_index',
    year: 2030,
    step: 500,
    measure: 'elasticity',
    range: [0.0001, 0.02],
    basis: 'derived',
    source:
      'Contact lowers prejudice (Pettigrew and Tropp 2006, r = −0.21) and spreads to attitudes toward the other country more weakly (secondary transfer, Pettigrew 2009); a few thousand students meet a small fraction of several million hosts, so the population mean moves little',
  },
  {
    lever: 'kz_to_uz.student_exchange_slots',
    indicator: 'bilateral.trust_index',
    year: 2030,
    step: 100,
    measure: 'elasticity',
    range: [0.00002, 0.01],
    basis: 'derived',
    source:
      'As for the other direction, with a smaller intake (about 250 a year) among a larger host majority (Uzbeks around the Kazakh regions)',
  },
  ...DIASPORAS.flatMap(exchangeEffects),
  {
    lever: 'bilateral.research_grants',
    indicator: 'uz_in_kz.knowledge_transfer',
    year: 2030,
    step: 5,
    measure: 'elasticity',
    range: [0.005, 0.1],
    basis: 'derived',
    source:
      'Each funded joint project is one collaboration (by definition of the lever), shared between the diasporas by their brokers; 20 projects against several hundred collaborations a year',
  },
];
