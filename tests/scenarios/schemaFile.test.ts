import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildScenarioSchema, renderScenarioSchema, SCHEMA_FILE_URL } from '../../packages/cli/src/schema/scenarioSchemaFile.js';
import { ASSUMPTIONS, DRIVERS, LEVERS } from '../../packages/engine/src/index.js';

describe('scenarios/schema.json', () => {
  it('is up to date with the engine schema and catalogue (regenerate: pnpm --filter @diaspora-sim/cli schema)', () => {
    const upToDate = readFileSync(SCHEMA_FILE_URL, 'utf8') === renderScenarioSchema();
    expect(upToDate, 'scenarios/schema.json is stale: run `pnpm --filter @diaspora-sim/cli schema` and commit it').toBe(true);
  });

  it('names every lever, driver and assumption with its range, default and source', () => {
    const schema = buildScenarioSchema() as {
      properties: Record<string, { properties: Record<string, Record<string, unknown>>; additionalProperties: boolean }>;
    };
    const sections = { levers: LEVERS, drivers: DRIVERS, assumptions: ASSUMPTIONS };
    for (const [key, definitions] of Object.entries(sections)) {
      const section = schema.properties[key];
      expect(Object.keys(section.properties)).toEqual(definitions.map((d) => d.id));
      expect(section.additionalProperties).toBe(false);
      for (const d of definitions) {
        const entry = section.properties[d.id];
        expect(entry.default).toBe(d.default);
        expect(entry.description).toContain(d.source);
        const constant = key === 'assumptions' ? entry : (entry.anyOf as Record<string, unknown>[])[0];
        expect([constant.minimum, constant.maximum]).toEqual([d.min, d.max]);
      }
    }
    const remittance = schema.properties.levers.properties['kz_to_uz.remittance_cost_pct'];
    expect(remittance.anyOf).toHaveLength(3);
  });
});
