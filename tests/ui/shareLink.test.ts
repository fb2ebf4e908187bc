import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, parseScenario, SCHEMA_VERSION, type Scenario } from '../../packages/engine/src/index.js';
import { DEFAULT_VIEW } from '../../packages/ui/src/lib/labView.js';
import { decodeShareToken, encodeShareFragment, shareTokenFromHash } from '../../packages/ui/src/lib/shareLink.js';

// Share links made by the v1 lab (fixtures, written once from tag v1) keep opening, with the notes of
// their migration; links of today round-trip. Runs in Node, whose CompressionStream is the browser's API.
const LINKS: Record<string, string> = JSON.parse(
  readFileSync(new URL('../scenarios/fixtures/v1/share-links.json', import.meta.url), 'utf8'),
);
const SUMMARY = 'schema version 1 read as 2: the model was revised (docs/versions.md)';

async function open(hash: string) {
  const token = shareTokenFromHash(hash);
  if (!token) throw new Error(`no share token in ${hash.slice(0, 20)}`);
  return decodeShareToken(token);
}

function current(name: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(name);
  return parsed.scenario;
}

describe('v1 share links', () => {
  const openable = Object.keys(LINKS).filter((name) => !name.startsWith('unmappable'));

  it('are kept: one per v1 scenario file, one edited in the lab, one that cannot be migrated', () => {
    expect(Object.keys(LINKS)).toHaveLength(10);
  });

  it.each(openable)('%s opens at the current schema version, with the migration notes', async (name) => {
    const decoded = await open(LINKS[name]);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.lab.scenario.schemaVersion).toBe(SCHEMA_VERSION);
    expect(decoded.lab.baseline.schemaVersion).toBe(SCHEMA_VERSION);
    expect(decoded.notes[0].message).toContain(SUMMARY);
    if (name !== 'edited-in-the-lab') {
      // The v1 what-ifs and baseline open as the files shipped today (their levers did not change).
      expect(decoded.lab.scenario).toEqual(current(name));
      expect(decoded.lab.baseline).toEqual(current('baseline'));
      expect(decoded.notes).toHaveLength(1);
    }
  });

  it('says whose each note is, and maps what the lab had edited', async () => {
    const decoded = await open(LINKS['edited-in-the-lab']);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.notes[0].message).toMatch(/^schema version 1 read as 2/);
    expect(decoded.notes.map((note) => note.message)).toContain(
      'scenario: assumption language.course_gain: 0.25 (proficiency points per course seat, v1) mapped to 0.5 (proficiency points per completed course; × 2, as a beginner needed two seats (two quarters of classes) for what is now one course)',
    );
    expect(decoded.lab.scenario.assumptions['demography.life_expectancy_shift']).toBe(2);
    expect(decoded.lab.scenario.levers['uz_in_kz.language_course_seats']).toBe('min(20, 5 + 1.5 * (year - 2021))');
  });

  it('refuses a link that sets an assumption the model no longer has, naming it', async () => {
    const decoded = await open(LINKS['unmappable-threshold']);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok)
      expect(decoded.message).toMatch(
        /^the scenario in the link is not valid: assumptions\["investment\.threshold_months"\]: .*cannot be carried over/,
      );
  });
});

describe('share links of today', () => {
  it('carry the engine version, both scenarios at the current schema version and the view, and open without notes', async () => {
    const scenario = current('remittance-costs-cut');
    const baseline = current('baseline');
    const view = { ...DEFAULT_VIEW, mode: 'difference' as const, year: 2035 };
    const fragment = await encodeShareFragment(scenario, baseline, view);
    const decoded = await open(`#${fragment}`);
    expect(decoded).toEqual({ ok: true, lab: { scenario, baseline, view }, notes: [] });
  });

  it('carry the language; a link without one (made before the lab had languages) keeps the reader’s', async () => {
    const scenario = current('baseline');
    const view = { ...DEFAULT_VIEW, language: 'kk' as const };
    const decoded = await open(`#${await encodeShareFragment(scenario, scenario, view)}`);
    expect(decoded.ok && decoded.lab.view.language).toBe('kk');
    const { language: _language, ...older } = DEFAULT_VIEW;
    const json = JSON.stringify({ format: 2, scenario, baseline: scenario, view: { ...older, year: 2031 } });
    const token = deflateRawSync(Buffer.from(json)).toString('base64url');
    const asRead = await decodeShareToken(token, 'ru');
    expect(asRead.ok && asRead.lab.view).toEqual({ ...DEFAULT_VIEW, year: 2031, language: 'ru' });
    const withoutPreference = await decodeShareToken(token);
    expect(withoutPreference.ok && withoutPreference.lab.view.language).toBe('en');
    const unknown = JSON.stringify({ format: 2, scenario, baseline: scenario, view: { ...DEFAULT_VIEW, language: 'xx' } });
    const odd = await decodeShareToken(deflateRawSync(Buffer.from(unknown)).toString('base64url'), 'uz');
    expect(odd.ok && odd.lab.view.language).toBe('uz');
  });

  it('carry the Map view’s indicator and variant, leaving the defaults out; older links open with the defaults', async () => {
    const scenario = current('baseline');
    const chosen = { ...DEFAULT_VIEW, mapIndicator: 'host_language', mapVariant: 'difference' as const };
    const fragment = await encodeShareFragment(scenario, scenario, chosen);
    const decoded = await open(`#${fragment}`);
    expect(decoded.ok && decoded.lab.view).toEqual(chosen);
    const written = (view: typeof DEFAULT_VIEW) =>
      encodeShareFragment(scenario, scenario, view).then(
        (f) => JSON.parse(inflateRawSync(Buffer.from(f.replace(/^lab=/, ''), 'base64url')).toString()).view,
      );
    expect(await written(chosen)).toMatchObject({ mapIndicator: 'host_language', mapVariant: 'difference' });
    const plain = await written(DEFAULT_VIEW);
    expect(Object.keys(plain)).not.toContain('mapIndicator');
    expect(Object.keys(plain)).not.toContain('mapVariant');
    // A link made before the Map view's choices were kept, and one naming what the lab does not know.
    const { mapIndicator: _indicator, mapVariant: _variant, ...older } = DEFAULT_VIEW;
    for (const view of [older, { ...older, mapIndicator: 'no_such_indicator', mapVariant: 'sideways' }]) {
      const json = JSON.stringify({ format: 2, scenario, baseline: scenario, view });
      const read = await decodeShareToken(deflateRawSync(Buffer.from(json)).toString('base64url'));
      expect(read.ok && [read.lab.view.mapIndicator, read.lab.view.mapVariant]).toEqual(['remittances_usd', 'scenario']);
    }
  });

  it('say so when made with another engine version', async () => {
    const json = JSON.stringify({ format: 1, engineVersion: '9.9.9', scenario: current('baseline'), baseline: current('baseline') });
    const decoded = await open(`#lab=${deflateRawSync(Buffer.from(json)).toString('base64url')}`);
    expect(decoded.ok && decoded.notes.map((note) => note.message)).toEqual([
      `the link was made with diaspora-sim engine 9.9.9 and runs here on engine ${ENGINE_VERSION}, so its results may differ from those its author saw`,
    ]);
  });
});
