import { ADULT_QUARTERS } from '../equations/ages.js';
import type { Persons } from './persons.js';

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
