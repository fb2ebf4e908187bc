/**
 * Rules sweep the persons in blocks of slots, in slot order, one call per block. A rule runs once a
 * quarter; a single call looping over every agent would be optimised by V8 mid-loop (on-stack
 * replacement) before its rarer branches had ever run, then deoptimised when they do, and left slow
 * for many quarters. Tens of calls per quarter, each over a block, are optimised as ordinary
 * functions with the feedback of whole blocks, and re-optimised quickly after a deoptimisation.
 * The first block of a quarter is short, so that V8 has recorded a call's prologue before the first
 * long block makes the function hot. Blocks change nothing else: the same slots in the same order.
 *
 *   for (let from = 0; from < end; from = blockEnd(from, end)) sweep(…, from, blockEnd(from, end));
 */
export const SWEEP_BLOCK = 4096;
const FIRST_BLOCK = 64;

/** The end of the block that starts at `from` (at most `end`). */
export function blockEnd(from: number, end: number): number {
  return Math.min(end, from === 0 ? FIRST_BLOCK : from + SWEEP_BLOCK);
}
