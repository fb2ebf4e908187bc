import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findParameter, migrateScenario, parseScenario, SCHEMA_VERSION } from '../../../packages/engine/src/index.js';
import { V1_TO_V2_CHANGES } from '../../../packages/engine/src/scenario/migrations/v1ToV2.js';

// Scenario files of schema version 1 (tag v1) and the shipped ones of today open, the old ones with
// notes saying what was mapped to what; what cannot be mapped is refused, naming it and why.
const V1 = new URL('../../scenarios/fixtures/v1/', import.meta.url);
const SHIPPED = new URL('../../../scenarios/', import.meta.url);
const V1_FILES = readdirSync(V1).filter((name) => name.endsWith('.json') && name !== 'share-links.json');
const SHIPPED_FILES = readdirSync(SHIPPED).filter((name) => name.endsWith('.json') && name !== 'schema.json');
const SUMMARY = /^schema version 1 read as 2: the model was revised \(docs\/versions\.md\)/;

const read = (folder: URL, name: string) => JSON.parse(readFileSync(new URL(name, folder), 'utf8'));
const minimalV1 = (assumptions: Record<string, unknown>) => ({ schemaVersion: 1, name: 'v1', assumptions });

function opened(input: unknown) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return { ...parsed, notes: parsed.notes.map((note) => note.message) };
}

function refusal(input: unknown): string[] {
  const parsed = parseScenario(input);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('v1 scenario files (fixtures from tag v1)', () => {
  it('are kept: the eight shipped files and two saved from the v1 lab', () => {
    expect(V1_FILES).toHaveLength(10);
    for (const name of SHIPPED_FILES) expect(V1_FILES).toContain(name);
  });

  it.each(V1_FILES.filter((name) => !name.startsWith('unmappable')))('%s opens at the current schema version, with its notes', (name) => {
    const raw = read(V1, name);
    expect(raw.schemaVersion).toBe(1);
    const { scenario, notes } = opened(raw);
    expect(scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(notes[0]).toMatch(SUMMARY);
    expect(scenario.levers).toEqual(raw.levers ?? {});
  });

  it('maps what the v1 lab saved: units converted, a removed assumption at its default dropped, each with a note', () => {
    const { scenario, notes } = opened(read(V1, 'edited-in-the-lab.json'));
    expect(scenario.assumptions).toEqual({
      'acculturation.language_pull': 1.2,
      'acculturation.contact_pull': 2.4,
      'language.course_gain': 0.5,
      'demography.life_expectancy_shift': 2,
      'remittances.migrant_share': 0.6,
    });
    expect(notes.slice(1)).toEqual([
      'assumption acculturation.language_pull: 0.3 (orientation per proficiency point, v1) mapped to 1.2 (log-odds per proficiency point; × 4, as one unit of orientation is about 4 log-odds near the middle); the default is now 1.5',
      'assumption acculturation.contact_pull: 0.6 (orientation per share of contacts, v1) mapped to 2.4 (log-odds per share of contacts; × 4, as one unit of orientation is about 4 log-odds near the middle)',
      'assumption language.course_gain: 0.25 (proficiency points per course seat, v1) mapped to 0.5 (proficiency points per completed course; × 2, as a beginner needed two seats (two quarters of classes) for what is now one course)',
      "assumption demography.life_expectancy: 74 (years, v1) mapped to demography.life_expectancy_shift 2 (years beside the WPP 2024 path; minus v1's constant 72: the departure from it is kept, now from the projection)",
      'assumption remittances.migrant_share: 0.6 kept; it now counts all money sent home (remittances and investment), not remittances alone; the default, recalibrated to the same 2023 recorded remittances, is now 0.7',
      'assumption investment.base_rate: 0.06 (the v1 default) dropped: investment is no longer a chance each quarter of investing savings; it is a share of the money a household sends home (investment.base_share, default 0.15)',
    ]);
  });

  it('refuses a v1 file that sets an assumption the model no longer has, naming it and why', () => {
    expect(refusal(read(V1, 'unmappable-orientation-drop.json'))).toEqual([
      'assumptions["discrimination.orientation_drop"]: assumption discrimination.orientation_drop: 0.1 (share of host orientation per event, v1) cannot be carried over: discrimination no longer cuts host orientation by a share at each event; it lowers the target orientation on the log-odds scale for four quarters (acculturation.discrimination_pull, default 0.6), and no value of one gives the effect of the other. Remove it to open the file with this model',
    ]);
    const [threshold] = refusal(minimalV1({ 'investment.threshold_months': 6 }));
    expect(threshold).toMatch(
      /^assumptions\["investment\.threshold_months"\]: .*6 \(months of host average wage, v1\) cannot be carried over/,
    );
  });
});

describe('the shipped scenarios of today', () => {
  it.each(SHIPPED_FILES)('%s opens without notes and round-trips through its validated form', (name) => {
    const raw = read(SHIPPED, name);
    expect(raw.schemaVersion).toBe(SCHEMA_VERSION);
    const first = opened(raw);
    expect(first.notes).toEqual([]);
    const again = opened(JSON.parse(JSON.stringify(first.scenario)));
    expect(again).toEqual(first);
  });
});

describe('the v1 to v2 step, decision by decision (docs/versions.md)', () => {
  const changes = V1_TO_V2_CHANGES;

  it('covers every id documented, and the documentation covers every id', () => {
    const doc = readFileSync(new URL('../../../docs/versions.md', import.meta.url), 'utf8');
    for (const change of changes) expect(doc, change.id).toContain(`\`${change.id}\``);
  });

  it('maps or keeps into ids of the current catalogue, refuses only ids it no longer has, and frozen copies match it', () => {
    for (const change of changes) {
      if (change.decision === 'refuse') {
        expect(findParameter(change.id), change.id).toBeUndefined();
        continue;
      }
      const target = change.decision === 'map' ? change.to : change.id;
      const definition = findParameter(target)?.definition;
      expect(definition, target).toBeDefined();
      expect([change.after.default, change.after.min, change.after.max], target).toEqual([
        definition!.default,
        definition!.min,
        definition!.max,
      ]);
    }
  });

  it('opens every v1 default, and each end of the v1 range maps inside the current range or is refused by name', () => {
    for (const change of changes) {
      const atDefault = parseScenario(minimalV1({ [change.id]: change.before.default }));
      expect(atDefault.ok, change.id).toBe(true);
      for (const value of [change.before.min, change.before.max]) {
        const result = parseScenario(minimalV1({ [change.id]: value }));
        if (!result.ok) expect(result.issues[0].message, change.id).toMatch(new RegExp(`^assumption ${change.id.replace('.', '\\.')}: `));
      }
    }
  });

  it('refuses, naming the id, a value outside its v1 range, a non-number, or a mapping onto an id the file sets too', () => {
    expect(refusal(minimalV1({ 'acculturation.language_pull': 0.6 }))[0]).toContain('0.6 is outside its v1 range 0 to 0.5');
    expect(refusal(minimalV1({ 'language.course_gain': '0.3' }))[0]).toContain('assumption language.course_gain: expected a number');
    expect(refusal(minimalV1({ 'demography.total_fertility': 3.2, 'demography.fertility_shift': 0.1 }))[0]).toContain(
      'maps to demography.fertility_shift, which the file sets too',
    );
    expect(refusal(minimalV1({ 'demography.total_fertility': 4 }))[0]).toContain(
      'maps to demography.fertility_shift 1 (children per woman beside the WPP 2024 path',
    );
  });

  it('shows a converted value as it would be written (72.3 − 72 is 0.3), and leaves the input untouched', () => {
    const input = minimalV1({ 'demography.life_expectancy': 72.3, 'trade.unknown': 1 });
    const migrated = migrateScenario(input);
    expect(migrated.ok && migrated.input.assumptions).toEqual({ 'demography.life_expectancy_shift': 0.3, 'trade.unknown': 1 });
    expect(input.assumptions).toEqual({ 'demography.life_expectancy': 72.3, 'trade.unknown': 1 });
  });
});
