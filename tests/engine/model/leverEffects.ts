import { expect, it } from 'vitest';
import { measureLeverEffect } from '../../../packages/analysis/src/index.js';
import { LEVER_EFFECTS, type LeverEffect } from '../../../packages/engine/src/index.js';

import { baseline, MODEL_TEST_SCALE } from './support.js';

/**
 * Every lever, at its default, moved a small step either way in paired runs (8 seeds): its main
 * indicator moves in the documented direction, with a 90% interval that excludes zero, by an amount
 * inside the range the evidence supports (LEVER_EFFECTS; docs/validation.md sets the table out).
 */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

export function checkLeverEffects(select: (effect: LeverEffect) => boolean): void {
  const base = baseline({ personsPerAgent: MODEL_TEST_SCALE });
  // The baseline runs, shared by every effect of the file.
  const runs = new Map();
  for (const effect of LEVER_EFFECTS.filter(select)) {
    it(`${effect.lever} moves ${effect.indicator} by a ${effect.measure} in [${effect.range.join(', ')}] (${effect.year})`, () => {
      const measured = measureLeverEffect(effect, base, SEEDS, runs);
      const shown = (x: number) => x.toPrecision(3);
      console.log(`${effect.lever}: ${shown(measured.estimate)} (90% ${shown(measured.low)} to ${shown(measured.high)})`);
      expect(measured.low > 0 || measured.high < 0, 'the interval excludes zero').toBe(true);
      expect(Math.sign(measured.estimate)).toBe(Math.sign(effect.range[0]));
      expect(measured.estimate).toBeGreaterThanOrEqual(effect.range[0]);
      expect(measured.estimate).toBeLessThanOrEqual(effect.range[1]);
    });
  }
}
