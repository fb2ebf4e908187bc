import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../../../packages/engine/src/rng.js';
import { generatePass, type KernelSource, spliceBody } from '../../../scripts/generatePasses.js';
import { DRAW_STATE, drawTemplate, RUN_KEY } from '../../../scripts/passes/inlineDraw.js';
import * as fixtures from './fixtures/kernelsToRefuse.js';

/** The pass generator refuses, with the reason, what would make fused and reference steps differ or a body depend on its module. */
const FILE = fileURLToPath(new URL('./fixtures/kernelsToRefuse.ts', import.meta.url));
// biome-ignore lint/performance/noDynamicNamespaceImportAccess: a test picks a fixture by its export name (no bundle to shake).
const source = (exportName: keyof typeof fixtures): KernelSource => ({ kernel: fixtures[exportName], exportName, file: FILE });

describe('the pass generator', () => {
  it.each([
    ['readsModuleScope', "LOCAL_RATE comes from the module's scope"],
    ['assignsStep', 's.rate is assigned'],
    ['writesAnotherAgent', "p.savings is written at another agent's index"],
    ['usesExactMath', 'Math.exp is not exactly specified'],
    ['drawsNormal', 'rng.normal is not written in'],
    ['drawsWithACall', 'the arguments of rng.uniform must be plain values'],
  ] as const)('refuses %s', async (name, message) => {
    await expect(spliceBody(source(name), 'persons')).rejects.toThrow(message);
  });

  it('splices a body: columns and step values as locals, constants written in, return as a break', async () => {
    const body = await spliceBody(source('writesSavings'), 'persons');
    expect(body.code).toContain('p$ageQuarters[i] < 72 /* ADULT_QUARTERS */');
    expect(body.code).toContain('break writesSavings;');
    expect(body.code).toContain('p$savings[i] *= 1 - writesSavings$rate');
    expect([...body.writes]).toEqual(['savings']);
  });

  it("refuses a pass where one kernel reads other agents' values of a column another kernel writes", async () => {
    const sources = new Map(
      [fixtures.writesSavings, fixtures.readsPartnersSavings].map((k, n) => [
        k,
        source(n === 0 ? 'writesSavings' : 'readsPartnersSavings'),
      ]),
    );
    const phase = { kind: 'persons', name: 'test', kernels: [fixtures.writesSavings, fixtures.readsPartnersSavings] } as const;
    await expect(generatePass(phase, sources)).rejects.toThrow(
      'readsPartnersSavings reads p.savings of other agents, which writesSavings writes',
    );
  });
});

describe('the draw written into the passes', () => {
  it("is rng.ts's uniformDrawInto: the same bits as rng.uniform for any key, id and draw", () => {
    const [before, keyToId, idToDraw, after] = drawTemplate(
      fileURLToPath(new URL('../../../packages/engine/src/rng.ts', import.meta.url)),
    ).pieces;
    const rng = createRandomSource(7);
    const inline = new Function(
      'key',
      'id',
      'draw',
      `const ${RUN_KEY} = ${rng.runKey}; let ${DRAW_STATE} = 0; return ${before}key${keyToId}id${idToDraw}draw${after};`,
    ) as (key: number, id: number, draw: number) => number;
    for (let n = 0; n < 1000; n++) {
      const key = rng.streamKey(n % 7, n);
      const id = (n * 2654435761) >>> 0;
      expect(inline(key, id, n % 5)).toBe(rng.uniform(key, id, n % 5));
    }
  });
});
