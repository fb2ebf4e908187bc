/**
 * Rules sweep the persons in blocks of this many slots, in slot order, one call per block. A rule
 * runs once a quarter; a single call looping over every agent would be optimised by V8 mid-loop (on
 * stack replacement) before its rarer branches had ever run, then deoptimised when they do, and left
 * slow for many quarters. Tens of calls per quarter, each over a block, are optimised as ordinary
 * functions with the feedback of whole blocks, and re-optimised quickly after a deoptimisation.
 * Blocks change nothing else: the same slots in the same order.
 */
export const SWEEP_BLOCK = 4096;
