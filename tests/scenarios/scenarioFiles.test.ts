import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findParameter,
  INDICATOR_IDS,
  parseScenario,
  resolveScenario,
  runScenario,
  type Scenario,
} from '../../packages/engine/src/index.js';

// Every file in scenarios/ validates, states its policy, really changes the levers it names, and
// runs its full length (2021–2045) at a coarse scale.
const DIRECTORY = new URL('../../scenarios/', import.meta.url);
const FILES = readdirSync(DIRECTORY).filter((name) => name.endsWith('.json') && name !== 'schema.json');
const COARSE = 4000;

function load(name: string): { raw: Record<string, unknown>; scenario: Scenario } {
  const raw = JSON.parse(readFileSync(new URL(name, DIRECTORY), 'utf8'));
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return { raw, scenario: parsed.scenario };
}

const baseline = load('baseline.json').scenario;
const baselineRun = runScenario({ ...baseline, personsPerAgent: COARSE }, 1);

it('ships the baseline and at least six what-ifs', () => {
  expect(FILES).toContain('baseline.json');
  expect(FILES.length).toBeGreaterThanOrEqual(7);
});

describe.each(FILES)('%s', (name) => {
  const { raw, scenario } = load(name);

  it('validates, points at the schema and describes its policy over the 2021–2045 quarterly horizon', () => {
    expect(raw.$schema).toBe('./schema.json');
    expect(scenario.description.length).toBeGreaterThan(80);
    expect([scenario.startYear, scenario.endYear, scenario.stepsPerYear]).toEqual([2021, 2045, 4]);
    expect(scenario.seeds).toBeGreaterThanOrEqual(8);
  });

  it('moves every lever it names away from its default by the end of the horizon', () => {
    const resolved = resolveScenario(scenario);
    const last = resolved.timeline.steps - 1;
    for (const id of Object.keys(scenario.levers)) {
      const definition = findParameter(id)!.definition;
      expect(resolved.schedules.get(id)![last], id).not.toBe(definition.default);
      expect(resolved.schedules.get(id)![0], `${id} starts at the 2021 status quo`).toBe(definition.default);
    }
  });

  it('runs its full length at a coarse scale with finite indicators, and differs from the baseline if it is a what-if', () => {
    const run = runScenario({ ...scenario, personsPerAgent: COARSE }, 1);
    expect(run.steps).toBe(100);
    expect(run.values.length).toBe(100 * INDICATOR_IDS.length);
    const population = INDICATOR_IDS.indexOf('uz_in_kz.population');
    for (let t = 0; t < run.steps; t++) expect(run.values[t * INDICATOR_IDS.length + population]).toBeGreaterThan(0);
    const nonFinite = Array.from(run.values).filter((v) => !Number.isFinite(v) && !Number.isNaN(v));
    expect(nonFinite).toEqual([]);
    const sameAsBaseline = run.values.every((v, i) => Object.is(v, baselineRun.values[i]));
    expect(sameAsBaseline).toBe(name === 'baseline.json');
  });
});
