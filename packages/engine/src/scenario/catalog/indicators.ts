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
  /** In the model brief's contract (the 37); the others are added for accounting and diagnosis. */
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
    description: 'Money sent to the home country through formal and informal channels.',
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
    description: "Diaspora members' investment in the home country from their savings.",
  },
  {
    key: 'businesses',
    label: 'Diaspora-owned businesses',
    unit: 'businesses',
    kind: 'stock',
    contract: true,
    description: 'Businesses owned by diaspora members in the host country.',
  },
  {
    key: 'trade_links',
    label: 'Cross-border trade links',
    unit: 'links',
    kind: 'stock',
    contract: true,
    description: 'Diaspora businesses trading with the home country.',
  },
  {
    key: 'knowledge_transfer',
    label: 'Knowledge-transfer collaborations',
    unit: 'collaborations per year',
    kind: 'flow',
    contract: true,
    description: 'Collaborations with the home country started by skilled members, exchange alumni and funded research.',
  },
  {
    key: 'advocacy_rate',
    label: 'Civic participation and advocacy',
    unit: 'share of adults',
    kind: 'share',
    contract: true,
    description: 'Share of adults taking part in civic life or advocacy in a year.',
  },
  {
    key: 'integration_share',
    label: 'Integration (Berry)',
    unit: 'share of adults',
    kind: 'share',
    contract: true,
    description: 'Share with both heritage and host orientation at 0.5 or above.',
  },
  {
    key: 'assimilation_share',
    label: 'Assimilation (Berry)',
    unit: 'share of adults',
    kind: 'share',
    contract: true,
    description: 'Share with host orientation high and heritage orientation low.',
  },
  {
    key: 'separation_share',
    label: 'Separation (Berry)',
    unit: 'share of adults',
    kind: 'share',
    contract: true,
    description: 'Share with heritage orientation high and host orientation low.',
  },
  {
    key: 'marginalization_share',
    label: 'Marginalisation (Berry)',
    unit: 'share of adults',
    kind: 'share',
    contract: true,
    description: 'Share with both orientations low.',
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
    unit: 'share of adults',
    kind: 'share',
    contract: true,
    description: "Share of adults proficient (0.5 or above) in the host country's state language.",
  },
  {
    key: 'discrimination_rate',
    label: 'Reported discrimination',
    unit: 'share of adults per year',
    kind: 'share',
    contract: true,
    description: 'Share of adults who met at least one discrimination event in the last four quarters.',
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
    unit: 'share of adults 18–64',
    kind: 'share',
    contract: false,
    description: 'Share of working-age members employed.',
  },
  {
    key: 'host_prejudice',
    label: 'Host-majority prejudice',
    unit: 'index 0–1',
    kind: 'index',
    contract: false,
    description: 'Mean prejudice toward the diaspora among the host-majority sample.',
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
    description: "Mean attitude toward the other country over both host majorities' samples.",
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
