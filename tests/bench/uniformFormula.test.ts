import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../../packages/engine/src/rng.js';

// The engine's dependency, from the engine package (pnpm keeps it out of the root's reach).
const seedrandom = createRequire(import.meta.url)('../../packages/engine/node_modules/seedrandom') as {
  alea(seed: string): { int32(): number };
};

/** The reference composition rng.ts had before uniform() was written out in 32-bit steps for speed. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x >>> 0;
}

describe('the written-out uniform()', () => {
  it('gives the same numbers as mix32(mix32(key ^ id·φ) + (draw + 1)·c ^ key1) / 2^32', () => {
    let checked = 0;
    for (const seed of [1, 2, 99]) {
      const rng = createRandomSource(seed);
      const seeder = seedrandom.alea(`diaspora-sim/${seed}`);
      seeder.int32();
      const key1 = seeder.int32() >>> 0;
      for (let s = 0; s < 20; s++) {
        const key = rng.streamKey(s * 7919, s);
        for (const id of [0, 1, 12345, 0x7fffffff, 0x80000000, 0x80000000 + 77 * 0x400000 + 3, 0xffffffff]) {
          for (let draw = 0; draw < 70; draw += 3) {
            const h = mix32((mix32(key ^ Math.imul(id, 0x9e3779b1)) + Math.imul(draw + 1, 0x85ebca77)) ^ key1);
            expect(rng.uniform(key, id, draw)).toBe(h / 4294967296);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(3 * 20 * 7 * 24);
  });
});
