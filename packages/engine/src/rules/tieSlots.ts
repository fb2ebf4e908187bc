import { TIES_PER_AGENT } from '../state/persons.js';

if (TIES_PER_AGENT !== 10) throw new Error('hostTieSlots is written out for 10 tie slots');

/**
 * Which of the 10 tie slots from `base` hold host ties, as bits (the sign bit of each tie), without
 * branches; small enough for V8 to inline into the passes.
 */
export function hostTieSlots(ties: Int32Array, base: number): number {
  return (
    (ties[base] >>> 31) |
    ((ties[base + 1] >>> 31) << 1) |
    ((ties[base + 2] >>> 31) << 2) |
    ((ties[base + 3] >>> 31) << 3) |
    ((ties[base + 4] >>> 31) << 4) |
    ((ties[base + 5] >>> 31) << 5) |
    ((ties[base + 6] >>> 31) << 6) |
    ((ties[base + 7] >>> 31) << 7) |
    ((ties[base + 8] >>> 31) << 8) |
    ((ties[base + 9] >>> 31) << 9)
  );
}
