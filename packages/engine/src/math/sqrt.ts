import { powerOfTwo } from './bits.js';
import { operands } from './rounding.js';

/**
 * √x, correctly rounded whatever the engine's Math.sqrt returns (ECMAScript leaves even it
 * implementation-approximated). Math.sqrt gives a start r (in practice already the correctly
 * rounded result: every engine uses the hardware instruction); r is then moved up or down by one
 * ulp while an exact test says it is not the nearest double. With u and d the neighbours of r:
 * √x lies above the midpoint of r and u iff x > r·u, below that of d and r iff x <= r·d (every
 * number involved is a multiple of ulp(r)², and the midpoints' squares exceed r·u and r·d by less
 * than that; √x is never exactly a midpoint). r·u is formed exactly by Dekker's product; x - r·u's
 * high part is exact by Sterbenz's lemma. Cost: Math.sqrt plus two exact products. A start that is
 * wrong by more than a few ulps only costs time (Newton's steps, then one ulp per step), never bits.
 */
const SPLIT = 134217729;
// r + r·STEP is the next double above a normal r > 0; r - r·STEP the one below.
const STEP = powerOfTwo(-53) + powerOfTwo(-105);
const SMALL = powerOfTwo(-900);
const LARGE = powerOfTwo(1000);
const CLOSE = powerOfTwo(-20);

// x, r and s of exceedsProduct (no double crosses its call: see rounding.ts operands).
const terms = new Float64Array(3);

/** x > r·s exactly, for r, s near √x: x, r, s from terms. */
function exceedsProduct(): boolean {
  const x = terms[0];
  const r = terms[1];
  const s = terms[2];
  const p = r * s;
  let c = SPLIT * r;
  const r1 = c - (c - r);
  const r2 = r - r1;
  c = SPLIT * s;
  const s1 = c - (c - s);
  const s2 = s - s1;
  return x - p > r1 * s1 - p + r1 * s2 + r2 * s1 + r2 * s2;
}

export function sqrt(x: number): number {
  operands[0] = x;
  sqrtInPlace();
  return operands[0];
}

/** operands[0] = √operands[0], for callers where a call V8 does not inline would box the doubles. */
export function sqrtInPlace(): void {
  let x = operands[0];
  if (!(x > 0 && x < Number.POSITIVE_INFINITY)) {
    operands[0] = x < 0 ? Number.NaN : x;
    return;
  }
  // Keep the exact products clear of underflow and overflow (scalings by even powers of two).
  let scale = 1;
  if (x < SMALL) {
    x *= powerOfTwo(200);
    scale = powerOfTwo(-100);
  } else if (x > LARGE) {
    x *= powerOfTwo(-200);
    scale = powerOfTwo(100);
  }
  let r = Math.sqrt(x);
  // Only a wildly wrong start (no engine known) needs Newton's steps before the exact corrections.
  if (!(r > 0 && r < LARGE)) r = 1;
  while (!(Math.abs(r * r - x) <= x * CLOSE)) r = 0.5 * (r + x / r);
  terms[0] = x;
  // while x > r·(next above r): r moves up; while x <= r·(next below r): down
  for (;;) {
    terms[1] = r;
    terms[2] = r + r * STEP;
    if (!exceedsProduct()) break;
    r += r * STEP;
  }
  for (;;) {
    terms[1] = r;
    terms[2] = r - r * STEP;
    if (exceedsProduct()) break;
    r -= r * STEP;
  }
  operands[0] = r * scale;
}
