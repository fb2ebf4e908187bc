import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, INDICATOR_IDS, parseScenario, resolveScenario } from '../../../packages/engine/src/index.js';
import { PERSON_COLUMN_NAMES } from '../../../packages/engine/src/state/persons.js';

/**
 * The fused passes (step/passes/*.generated.ts) are the reference step's kernels spliced into one
 * loop per pass: every shipped scenario must give the same bits both ways, indicators every quarter
 * and every column of the final state. Extreme levers reach the rare paths (courses, students'
 * classmates, business starts) that a status-quo run barely visits.
 */
const SCENARIO_DIR = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json') && f !== 'schema.json');

function resolved(file: string, levers: Record<string, number> = {}) {
  const parsed = parseScenario(JSON.parse(readFileSync(new URL(file, SCENARIO_DIR), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
  const scenario = parsed.scenario;
  return resolveScenario({ ...scenario, personsPerAgent: 1500, endYear: 2025, levers: { ...scenario.levers, ...levers } });
}

function run(file: string, reference: boolean, levers?: Record<string, number>) {
  const simulation = createSimulation(resolved(file, levers), 5, { reference });
  const rows = new Float64Array(simulation.stepsTotal * INDICATOR_IDS.length);
  for (let t = 0; t < simulation.stepsTotal; t++) simulation.advance(rows, t * INDICATOR_IDS.length);
  return { rows, state: simulation.state };
}

function expectSameBits(file: string, levers?: Record<string, number>): void {
  const fused = run(file, false, levers);
  const reference = run(file, true, levers);
  // Object.is tells NaN from NaN and 0 from −0 the way the bits do.
  const firstDifference = fused.rows.findIndex((v, k) => !Object.is(v, reference.rows[k]));
  expect(firstDifference, firstDifference >= 0 ? INDICATOR_IDS[firstDifference % INDICATOR_IDS.length] : '').toBe(-1);
  const p = fused.state.persons;
  const q = reference.state.persons;
  expect(p.end).toBe(q.end);
  for (const column of [...PERSON_COLUMN_NAMES, 'ties'] as const) {
    const a = p[column] as ArrayLike<number>;
    const b = q[column] as ArrayLike<number>;
    let same = true;
    for (let k = 0; k < a.length && same; k++) same = Object.is(a[k], b[k]);
    expect(same, column).toBe(true);
  }
  for (const column of ['prejudice', 'attitude', 'contactsYear'] as const) {
    expect(Array.from(fused.state.hosts[column]), column).toEqual(Array.from(reference.state.hosts[column]));
  }
}

describe('fused passes against the reference step', () => {
  it.each(files)('give the same bits for %s', (file) => expectSameBits(file));

  it('give the same bits with every programme at its maximum (courses, schools, exchanges, events)', () => {
    expectSameBits('baseline.json', {
      'uz_in_kz.language_course_seats': 100,
      'kz_in_uz.language_course_seats': 100,
      'uz_in_kz.heritage_school_places': 1000,
      'uz_to_kz.student_exchange_slots': 20000,
      'kz_to_uz.student_exchange_slots': 20000,
      'uz_in_kz.cultural_events': 50,
      'uz_in_kz.credit_access': 1,
    });
  });

  it('are current with the kernels and step/plan.ts (pnpm generate:passes --check)', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generatePasses.ts', '--check'], { encoding: 'utf8' });
    expect(output).toContain('passes current');
  });
});
