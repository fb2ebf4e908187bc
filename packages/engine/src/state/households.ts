import type { Persons } from './persons.js';

/** Adults are 18 or older (the age of majority in both countries): minors move with a parent. */
export const ADULT_QUARTERS = 18 * 4;

/**
 * The adult a minor lives with: the parent if alive (a parent who died this quarter is replaced by
 * that parent's surviving diaspora partner, as the network repair will do), and if that parent is a
 * minor too (a teenage mother), the adult she lives with; -1 for an orphan.
 */
export function householdAdultOf(p: Persons, child: number): number {
  let a = child;
  for (let depth = 0; depth < 4 && p.ageQuarters[a] < ADULT_QUARTERS; depth++) {
    const g = p.parent[a];
    if (g < 0) return -1;
    if (p.alive[g] !== 0) a = g;
    else {
      const other = p.partner[g];
      if (other < 0 || p.alive[other] === 0) return -1;
      a = other;
    }
  }
  return p.ageQuarters[a] >= ADULT_QUARTERS ? a : -1;
}
