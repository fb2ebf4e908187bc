import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../packages/engine/src/index.js';
import { changedLevers } from '../../packages/ui/src/ds-policy-brief/briefFindings.js';

// The brief's "levers changed": schedules that differ in any quarter, valued at the start of the brief's year.
const { $schema: _schema, ...baselineJson } = JSON.parse(readFileSync(new URL('../../scenarios/baseline.json', import.meta.url), 'utf8'));
function scenario(levers: Record<string, unknown>) {
  const parsed = parseScenario({ ...baselineJson, levers: { ...baselineJson.levers, ...levers } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.scenario;
}

describe('changedLevers', () => {
  it('lists levers whose schedules differ, with their values in force in the brief’s year', () => {
    const baseline = scenario({});
    expect(changedLevers(baseline, baseline, 2030)).toEqual([]);
    const stepped = scenario({ 'kz_to_uz.remittance_cost_pct': [[2028, 0.5]] });
    expect(changedLevers(stepped, baseline, 2030)).toEqual([{ id: 'kz_to_uz.remittance_cost_pct', baseline: 2, scenario: 0.5 }]);
    // Changed later than the brief's year: still a lever changed, with equal values that year.
    expect(changedLevers(stepped, baseline, 2025)).toEqual([{ id: 'kz_to_uz.remittance_cost_pct', baseline: 2, scenario: 2 }]);
  });
});
