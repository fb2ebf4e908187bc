import { type AssumptionChange, type MigrationStep, migrateAssumptions } from './step.js';

/**
 * Schema 1 (model v1, git tag v1) to schema 2 (model v2, issue 7). Levers and drivers kept their ids,
 * units and ranges; the assumptions below changed id, unit or meaning, or were removed. Assumptions
 * added in v2 need nothing: a v1 file does not set them, so their defaults apply. docs/versions.md
 * gives the reason for each decision.
 */
const ORIENTATION_TO_LOG_ODDS = (value: number) => value * 4;
const LOG_ODDS = '× 4, as one unit of orientation is about 4 log-odds near the middle';

export const V1_TO_V2_CHANGES: readonly AssumptionChange[] = [
  {
    decision: 'map',
    id: 'acculturation.contact_pull',
    before: { unit: 'orientation per share of contacts', default: 0.5, min: 0, max: 1 },
    to: 'acculturation.contact_pull',
    after: { unit: 'log-odds per share of contacts', default: 2, min: 0, max: 4 },
    map: ORIENTATION_TO_LOG_ODDS,
    how: LOG_ODDS,
  },
  {
    decision: 'map',
    id: 'acculturation.language_pull',
    before: { unit: 'orientation per proficiency point', default: 0.2, min: 0, max: 0.5 },
    to: 'acculturation.language_pull',
    after: { unit: 'log-odds per proficiency point', default: 1.5, min: 0, max: 3 },
    map: ORIENTATION_TO_LOG_ODDS,
    how: LOG_ODDS,
  },
  {
    decision: 'map',
    id: 'acculturation.citizenship_pull',
    before: { unit: 'orientation', default: 0.1, min: 0, max: 0.3 },
    to: 'acculturation.citizenship_pull',
    after: { unit: 'log-odds', default: 0.4, min: 0, max: 1.2 },
    map: ORIENTATION_TO_LOG_ODDS,
    how: LOG_ODDS,
  },
  {
    decision: 'map',
    id: 'acculturation.association_pull',
    before: { unit: 'orientation', default: 0.1, min: 0, max: 0.3 },
    to: 'acculturation.association_pull',
    after: { unit: 'log-odds', default: 0.4, min: 0, max: 1.2 },
    map: ORIENTATION_TO_LOG_ODDS,
    how: LOG_ODDS,
  },
  {
    decision: 'map',
    id: 'language.course_gain',
    before: { unit: 'proficiency points per course seat', default: 0.3, min: 0.1, max: 0.5 },
    to: 'language.course_gain',
    after: { unit: 'proficiency points per completed course', default: 0.6, min: 0.4, max: 0.8 },
    map: (value) => value * 2,
    how: '× 2, as a beginner needed two seats (two quarters of classes) for what is now one course',
  },
  {
    decision: 'map',
    id: 'demography.life_expectancy',
    before: { unit: 'years', default: 72, min: 60, max: 85 },
    to: 'demography.life_expectancy_shift',
    after: { unit: 'years beside the WPP 2024 path', default: 0, min: -3, max: 3 },
    map: (value) => value - 72,
    how: "minus v1's constant 72: the departure from it is kept, now from the projection",
  },
  {
    decision: 'map',
    id: 'demography.total_fertility',
    before: { unit: 'children per woman', default: 3, min: 1, max: 5 },
    to: 'demography.fertility_shift',
    after: { unit: 'children per woman beside the WPP 2024 path', default: 0, min: -0.5, max: 0.5 },
    map: (value) => value - 3,
    how: "minus v1's constant 3: the departure from it is kept, now from the projection",
  },
  {
    decision: 'keep',
    id: 'remittances.migrant_share',
    before: { unit: 'share of income', default: 0.64, min: 0.2, max: 0.8 },
    after: { unit: 'share of income', default: 0.7, min: 0.3, max: 1 },
    note: 'it now counts all money sent home (remittances and investment), not remittances alone; the default, recalibrated to the same 2023 recorded remittances, is now 0.7',
  },
  {
    decision: 'keep',
    id: 'remittances.settled_share',
    before: { unit: 'share of income', default: 0.1, min: 0, max: 0.4 },
    after: { unit: 'share of income', default: 0.1, min: 0, max: 0.4 },
    note: 'it now counts all money sent home (to kin and to invest), not remittances alone',
  },
  {
    decision: 'keep',
    id: 'remittances.total_cost_elasticity',
    before: { unit: 'elasticity', default: 0.3, min: 0, max: 1 },
    after: { unit: 'elasticity', default: 0.3, min: 0, max: 1 },
    note: 'it now applies to all money sent home (every channel, remittances and investment)',
  },
  {
    decision: 'keep',
    id: 'remittances.cost_offset_pct',
    before: { unit: '%', default: 1, min: 0.1, max: 5 },
    after: { unit: '%', default: 1, min: 0.1, max: 5 },
    note: 'it now applies to all money sent home (every channel, remittances and investment)',
  },
  {
    decision: 'keep',
    id: 'investment.engagement_effect',
    before: { unit: 'multiple per unit', default: 1, min: 0, max: 3 },
    after: { unit: 'multiple per unit', default: 1, min: 0, max: 3 },
    note: 'it now multiplies the share of money sent home that is invested, not a chance of investing savings',
  },
  {
    decision: 'keep',
    id: 'investment.credit_multiplier',
    before: { unit: 'multiple', default: 2, min: 1, max: 5 },
    after: { unit: 'multiple', default: 2, min: 1, max: 5 },
    note: 'it now multiplies the share of money sent home that is invested, not a chance of investing savings',
  },
  {
    decision: 'keep',
    id: 'return.kz_in_uz_base_rate',
    before: { unit: 'per year', default: 0.0195, min: 0, max: 0.1 },
    after: { unit: 'per year', default: 0.0182, min: 0, max: 0.1 },
    note: 'it is now the yearly chance that a household moves (members return together), not a person; the default, refitted, is now 0.0182',
  },
  {
    decision: 'refuse',
    id: 'discrimination.orientation_drop',
    before: { unit: 'share of host orientation per event', default: 0.05, min: 0, max: 0.2 },
    why: 'discrimination no longer cuts host orientation by a share at each event; it lowers the target orientation on the log-odds scale for four quarters (acculturation.discrimination_pull, default 0.6), and no value of one gives the effect of the other',
  },
  {
    decision: 'refuse',
    id: 'attitudes.member_trust_premium',
    before: { unit: 'index 0–1', default: 0.1, min: 0, max: 0.2 },
    why: 'the trust premium of cultural-association members is gone from the model; trust moves with contact and events only',
  },
  {
    decision: 'refuse',
    id: 'investment.base_rate',
    before: { unit: 'probability per quarter', default: 0.06, min: 0, max: 0.3 },
    why: 'investment is no longer a chance each quarter of investing savings; it is a share of the money a household sends home (investment.base_share, default 0.15)',
  },
  {
    decision: 'refuse',
    id: 'investment.share_invested',
    before: { unit: 'share of savings', default: 0.5, min: 0.1, max: 1 },
    why: 'investment no longer takes a share of savings; it is a share of the money a household sends home (investment.base_share, default 0.15)',
  },
  {
    decision: 'refuse',
    id: 'investment.threshold_months',
    before: { unit: 'months of host average wage', default: 3, min: 1, max: 36 },
    why: 'investment no longer waits for savings above a threshold; it is a share of the money a household sends home (investment.base_share, default 0.15)',
  },
];

export const V1_TO_V2: MigrationStep = {
  from: 1,
  to: 2,
  summary:
    'the model was revised (docs/versions.md): levers and drivers are unchanged; assumptions the file does not set take the revised defaults, so results differ from those of v1',
  migrate: (input) => migrateAssumptions(input, V1_TO_V2_CHANGES, { from: 1, to: 2 }),
};
