import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, INDICATOR_IDS, parseScenario, resolveScenario } from '../../../packages/engine/src/index.js';

// The columns are sized from a projection of the run (state/capacity.ts) so that they need not grow:
// growing copies them, with both copies resident. Whole runs of scenarios that grow the most.
describe('the columns’ capacity', () => {
  it.each(['baseline', 'full-cooperation', 'exchange-expansion'])('holds every slot %s uses, without growing', (name) => {
    const text = readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8');
    const parsed = parseScenario({ ...JSON.parse(text), personsPerAgent: 400 });
    if (!parsed.ok) throw new Error(`${name}.json does not parse`);
    const simulation = createSimulation(resolveScenario(parsed.scenario), 1);
    const capacity = simulation.state.persons.capacity;
    const row = new Float64Array(INDICATOR_IDS.length);
    while (simulation.step < simulation.stepsTotal) simulation.advance(row, 0);
    expect(simulation.state.persons.capacity).toBe(capacity);
    expect(simulation.state.persons.end).toBeLessThan(capacity);
  });
});
