import { DIASPORA_LABEL, DIASPORAS, type DiasporaId } from './definition.js';

/**
 * Indicators reported each step. Stocks are measured at the end of the step; flows are the quarter's
 * flow times steps per year (a yearly rate); money is nominal USD.
 */
export type IndicatorKind = 'stock' | 'flow' | 'share' | 'index';

export interface IndicatorDefinition {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: IndicatorKind;
  readonly description: string;
  /** In the model's contract (the brief's 37 and the enterprises with home-country capital); the others are added for accounting and diagnosis. */
  readonly contract: boolean;
}

type Template = Omit<IndicatorDefinition, 'id' | 'label'> & { key: string; label: string };

const PER_DIASPORA: readonly Template[] = [
  {
    key: 'population',
    label: 'Settled population',
    unit: 'persons',
    kind: 'stock',
    contract: true,
    description: 'Settled members whatever their legal status (what a census of ethnic groups counts).',
  },
  {
    key: 'migrants',
    label: 'Sojourners present',
    unit: 'persons',
    kind: 'stock',
    contract: true,
    description: 'Labour migrants (with or without legal status) and exchange students present.',
  },
  {
    key: 'remittances_usd',
    label: 'Remittances home, all channels',
    unit: 'USD per year',
    kind: 'flow',
    contract: true,
    description:
      "Money sent to the home country through formal and informal channels, before the channels' costs: settled members and labour migrants (students send nothing).",
  },
  {
    key: 'remittances_formal_usd',
    label: 'Recorded remittances home',
    unit: 'USD per year',
    kind: 'flow',
    contract: true,
    description: 'Money sent home through banks and money-transfer systems: what official statistics record.',
  },
  {
    key: 'investment_usd',
    label: 'Investment at home',
    unit: 'USD per year',
    kind: 'flow',
    contract: true,
    description:
      'Money diaspora members send home to invest (houses, land, businesses) out of their savings, before the transfer cost: settled members and labour migrants.',
  },
  {
    key: 'businesses',
    label: 'Diaspora-owned businesses',
    unit: 'businesses',
    kind: 'stock',
    contract: true,
    description:
      'Small businesses owned by settled diaspora members in the host country (owners counted as persons; one owner, one business).',
  },
  {
    key: 'trade_links',
    label: 'Cross-border trade links',
    unit: 'links',
    kind: 'stock',
    contract: true,
    description:
      'Persons among diaspora business owners who trade with the home country (an expected count: the share of owners trading, summed).',
  },
  {
    key: 'knowledge_transfer',
    label: 'Knowledge-transfer collaborations',
    unit: 'collaborations per year',
    kind: 'flow',
    contract: true,
    description:
      'Collaborations with the home country started in the year by skilled members, exchange alumni and students, plus funded joint research (an expected count).',
  },
  {
    key: 'home_capital_enterprises',
    label: 'Enterprises with home-country capital',
    unit: 'enterprises',
    kind: 'stock',
    contract: true,
    description:
      "Enterprises registered in the host country with capital from the diaspora's home country: the count both countries' statistics agencies publish.",
  },
  {
    key: 'advocacy_rate',
    label: 'Civic participation and advocacy',
    unit: 'share of settled adults',
    kind: 'share',
    contract: true,
    description: 'Share of settled adults (18 and over) active in civic life or advocacy; labour migrants and students are not counted.',
  },
  {
    key: 'integration_share',
    label: 'Integration (Berry)',
    unit: 'share of settled adults',
    kind: 'share',
    contract: true,
    description:
      'Share of settled adults (18 and over) with both heritage and host orientation at 0.5 or above; labour migrants and students are not counted.',
  },
  {
    key: 'assimilation_share',
    label: 'Assimilation (Berry)',
    unit: 'share of settled adults',
    kind: 'share',
    contract: true,
    description:
      'Share of settled adults (18 and over) with host orientation high and heritage orientation low; labour migrants and students are not counted.',
  },
  {
    key: 'separation_share',
    label: 'Separation (Berry)',
    unit: 'share of settled adults',
    kind: 'share',
    contract: true,
    description:
      'Share of settled adults (18 and over) with heritage orientation high and host orientation low; labour migrants and students are not counted.',
  },
  {
    key: 'marginalization_share',
    label: 'Marginalisation (Berry)',
    unit: 'share of settled adults',
    kind: 'share',
    contract: true,
    description: 'Share of settled adults (18 and over) with both orientations low; labour migrants and students are not counted.',
  },
  {
    key: 'heritage_language_youth',
    label: 'Heritage language among the young',
    unit: 'share of under-18s',
    kind: 'share',
    contract: true,
    description: 'Share of settled members under 18 proficient (0.5 or above) in the heritage language.',
  },
  {
    key: 'heritage_school_pupils',
    label: 'Heritage-school pupils',
    unit: 'pupils',
    kind: 'stock',
    contract: true,
    description: 'Children aged 6–17 in heritage-medium or mixed schools.',
  },
  {
    key: 'host_language',
    label: 'Host-language proficiency',
    unit: 'share of settled adults',
    kind: 'share',
    contract: true,
    description:
      "Share of settled adults (18 and over) proficient (0.5 or above) in the host country's state language; labour migrants and students are not counted.",
  },
  {
    key: 'discrimination_rate',
    label: 'Reported discrimination',
    unit: 'share of settled adults per year',
    kind: 'share',
    contract: true,
    description:
      'Share of settled adults (18 and over) who met at least one discrimination event in the last four quarters; labour migrants and students are not counted.',
  },
  // Accounting and diagnosis (not in the contract).
  {
    key: 'births',
    label: 'Births',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'Children born to settled members.',
  },
  {
    key: 'deaths_settled',
    label: 'Deaths of settled members',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'Deaths among the settled.',
  },
  {
    key: 'deaths_sojourners',
    label: 'Deaths of sojourners',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'Deaths among labour migrants and students.',
  },
  {
    key: 'arrivals',
    label: 'Arrivals of sojourners',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'Labour migrants and exchange students arriving.',
  },
  {
    key: 'departures',
    label: 'Departures of sojourners',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'Labour migrants and students leaving at the end of their stay.',
  },
  {
    key: 'returns_to_kin_state',
    label: 'Settled members returning home',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'Settled members moving for good to the home (kin) country.',
  },
  {
    key: 'transfers_to_settled',
    label: 'Sojourners who settle',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'Labour migrants and students who stay for good (a transfer, not an arrival).',
  },
  {
    key: 'family_arrivals',
    label: 'Family members joining settling migrants',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'Partners and children who join a labour migrant when the migrant settles (settled arrivals).',
  },
  {
    key: 'births_to_majority',
    label: 'Children of mixed couples counted with the majority',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'Children of a diaspora member and a host-majority partner who belong to the majority (not in the diaspora).',
  },
  {
    key: 'students',
    label: 'Exchange students present',
    unit: 'persons',
    kind: 'stock',
    contract: false,
    description: "Exchange students of this diaspora's home country studying in the host country.",
  },
  {
    key: 'student_arrivals',
    label: 'Exchange students arriving',
    unit: 'persons per year',
    kind: 'flow',
    contract: false,
    description: 'New exchange students admitted.',
  },
  {
    key: 'employment_rate',
    label: 'Employment rate',
    unit: 'share of settled adults 18–64',
    kind: 'share',
    contract: false,
    description: 'Share of settled members aged 18–64 employed (labour migrants have their own rate).',
  },
  {
    key: 'money_home_usd',
    label: 'Money reaching home',
    unit: 'USD per year',
    kind: 'flow',
    contract: false,
    description:
      'Remittances and investment that reach the home country, after the transfer cost of the formal channel and the cost of informal channels.',
  },
  {
    key: 'naturalised_share',
    label: 'Naturalised, of those born abroad',
    unit: 'share of settled adults born abroad',
    kind: 'share',
    contract: false,
    description: "Share of settled adults born abroad who hold the host country's citizenship (and so gave up the home country's).",
  },
  {
    key: 'migrant_legal_share',
    label: 'Labour migrants with legal status',
    unit: 'share of labour migrants',
    kind: 'share',
    contract: false,
    description: 'Share of labour migrants present who hold a work permit or other legal status.',
  },
  {
    key: 'migrant_employment_rate',
    label: 'Employment rate of labour migrants',
    unit: 'share of labour migrants',
    kind: 'share',
    contract: false,
    description: 'Share of labour migrants present who are employed.',
  },
  {
    key: 'host_prejudice',
    label: 'Host-majority prejudice',
    unit: 'index 0–1',
    kind: 'index',
    contract: false,
    description:
      'Mean prejudice toward the diaspora among the host majority of its regions (each region weighted by its majority population).',
  },
  {
    key: 'contact_prejudice_correlation',
    label: 'Contact–prejudice correlation',
    unit: 'Pearson r',
    kind: 'index',
    contract: false,
    description: 'Correlation across host-majority agents between contacts with the diaspora over the last year and prejudice.',
  },
];

function perDiaspora(d: DiasporaId): IndicatorDefinition[] {
  return PER_DIASPORA.map(({ key, label, ...rest }) => ({ ...rest, id: `${d}.${key}`, label: `${label} (${DIASPORA_LABEL[d]})` }));
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  ...DIASPORAS.flatMap(perDiaspora),
  {
    id: 'bilateral.trade_usd',
    label: 'Bilateral trade turnover',
    unit: 'USD per year',
    kind: 'flow',
    contract: true,
    description: 'Exports plus imports between Kazakhstan and Uzbekistan.',
  },
  {
    id: 'bilateral.trust_index',
    label: 'Bilateral trust',
    unit: 'index 0–1',
    kind: 'index',
    contract: true,
    description:
      "Mean attitude toward the other country of the host majorities in the diasporas' regions (Kazakhs toward Uzbekistan, Uzbeks toward Kazakhstan), each region weighted by its majority population.",
  },
  {
    id: 'bilateral.exchange_participants',
    label: 'Exchange students present',
    unit: 'persons',
    kind: 'stock',
    contract: true,
    description: 'Exchange students present, both directions.',
  },
];

export const INDICATOR_IDS: readonly string[] = INDICATORS.map((i) => i.id);
export const INDICATOR_INDEX: ReadonlyMap<string, number> = new Map(INDICATOR_IDS.map((id, i) => [id, i]));
export const PER_DIASPORA_KEYS: readonly string[] = PER_DIASPORA.map((t) => t.key);
