import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, INDICATORS, parseScenario, resolveScenario, type Scenario } from '../../../packages/engine/src/index.js';

// Coarse runs: the invariants must hold at every step whatever the agent count.
const PERSONS_PER_AGENT = 800;
const SCENARIO_DIR = new URL('../../../scenarios/', import.meta.url);

function scenarioFromFile(name: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(new URL(name, SCENARIO_DIR), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return { ...parsed.scenario, personsPerAgent: PERSONS_PER_AGENT };
}

const files = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json') && f !== 'schema.json');
const extremes: Array<[string, Record<string, number>]> = [
  [
    'every barrier and cost at its maximum',
    {
      'uz_in_kz.anti_discrimination': 0,
      'kz_to_uz.remittance_cost_pct': 15,
      'trade.tariff_equivalent_pct': 60,
      'trade.border_delay_days': 10,
      'uz_in_kz.migrant_legal_access': 0,
      'kz_in_uz.repatriation_incentive': 1,
    },
  ],
  [
    'every programme at its maximum',
    {
      'uz_in_kz.language_course_seats': 100,
      'kz_in_uz.heritage_school_places': 1000,
      'uz_to_kz.student_exchange_slots': 20000,
      'bilateral.research_grants': 500,
      'uz_in_kz.credit_access': 1,
      'uz_in_kz.local_voting_rights': 1,
      'trade.cooperation_zone': 1,
    },
  ],
];

const SHARE_KINDS = new Set(['share']);
const BOUNDED_INDEX = new Set(['bilateral.trust_index']);

function checkRun(scenario: Scenario, seed: number): void {
  const resolved = resolveScenario(scenario);
  const simulation = createSimulation(resolved, seed);
  const row = new Float64Array(INDICATORS.length);
  for (let t = 0; t < simulation.stepsTotal; t++) {
    simulation.advance(row, 0);
    INDICATORS.forEach((indicator, i) => {
      const v = row[i];
      const where = `${indicator.id} at step ${t}`;
      expect(Number.isFinite(v), where).toBe(true);
      if (SHARE_KINDS.has(indicator.kind) || BOUNDED_INDEX.has(indicator.id) || indicator.id.endsWith('host_prejudice')) {
        expect(v, where).toBeGreaterThanOrEqual(0);
        expect(v, where).toBeLessThanOrEqual(1);
      } else if (indicator.unit !== 'Pearson r') {
        expect(v, where).toBeGreaterThanOrEqual(0);
      }
    });
  }
  const p = simulation.state.persons;
  const unit = [
    'homeTies',
    'heritageLanguage',
    'hostLanguage',
    'heritageOrientation',
    'hostOrientation',
    'trustHost',
    'trustHome',
    'metPrejudice',
  ] as const;
  for (let i = 0; i < p.end; i++) {
    if (!p.alive[i]) continue;
    for (const column of unit) {
      const v = p[column][i];
      if (!(v >= 0 && v <= 1)) throw new Error(`${column} of slot ${i} is ${v}`);
    }
    if (!(p.income[i] >= 0) || !(p.savings[i] >= 0)) throw new Error(`money of slot ${i}: income ${p.income[i]}, savings ${p.savings[i]}`);
  }
}

describe('invariants at every step', () => {
  it.each(files)('%s: finite, shares in [0, 1], money and stocks never negative', (file) => {
    checkRun(scenarioFromFile(file), 1);
  });
  it.each(extremes)('levers at extremes (%s)', (_name, levers) => {
    const base = scenarioFromFile('baseline.json');
    checkRun({ ...base, levers: { ...base.levers, ...levers } }, 2);
  });
});
