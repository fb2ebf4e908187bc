import { type Assumptions, param } from '../equations/values.js';
import { expInPlace, operands, powInPlace } from '../math/index.js';

/**
 * Chances of the language shifts in a quarter (applyLanguage; docs/model.md#language),
 * tabulated over the counts of contacts met in each state, so that pow and exp run once per run and
 * not per agent. With M contacts met, nX heritage-only, nY host-only (hosts included), nZ bilingual:
 *   X→Z  1 − exp(−r·s·((nY + k·nZ)/M)^a)        Y→Z  1 − exp(−r·(1 − s)·((nX + k·nZ)/M)^a)
 *   Z→X  rate r·(1 − s)·((M − nY)/M)^a           Z→Y  rate r·s·((M − nX)/M)^a
 * (from Z one draw decides: to X below shift·share, to Y below shift), r = c for the young and
 * c × plasticity for adults. Counts above MAX_MET are computed directly (exchange students and event
 * participants, few).
 */
export const MAX_MET = 12;
/** Entries per dimension of the tables: the chance for (adult, M, i, j) is at ((adult·SIDE + M)·SIDE + i)·SIDE + j. */
export const SIDE = MAX_MET + 1;
const SIZE = 2 * SIDE * SIDE * SIDE;

export interface ShiftChances {
  /** X→Z by [young 0 | adult 1][M][nY][nZ]. */
  readonly learnHost: Float64Array;
  /** Y→Z by [age][M][nX][nZ]. */
  readonly learnHeritage: Float64Array;
  /** From Z by [age][M][nX][nY]: below toHeritageOnly the host language is dropped, below leaveBilingual the heritage one. */
  readonly toHeritageOnly: Float64Array;
  readonly leaveBilingual: Float64Array;
  /** From Z for a heritage-school pupil (never drops the heritage language) by [age][M][nY][0]. */
  readonly pupilToHeritageOnly: Float64Array;
  /**
   * The same chances as one table for every state, read without branches: at (((state·2 + age)·SIDE +
   * M)·SIDE + nX)·SIDE + nY (state 3: a pupil's Z) two thresholds, a draw below the first leaving by
   * the first way and below the second by the second: the band (u below none, one, both) and the
   * state pick the next state in NEXT_STATE. The second is never below the first.
   */
  readonly decision: Float64Array;
}

/** The state after a shift decision by [state (3: a pupil's Z)][band]: the band is 0 (no shift), 1 (the second way) or 2 (the first). */
export const NEXT_STATE = Uint8Array.from([0, 1, 1, 1, 2, 0, 2, 1, 1, 1, 1, 0]);

interface Coefficients {
  c: number;
  plasticity: number;
  a: number;
  k: number;
  s: number;
}

let cached: ShiftChances | undefined;
const cachedFor: Coefficients = { c: Number.NaN, plasticity: Number.NaN, a: Number.NaN, k: Number.NaN, s: Number.NaN };
const coefficients: Coefficients = { c: 0, plasticity: 0, a: 0, k: 0, s: 0 };
const scratchChances = new Float64Array(2);

function index(adult: number, met: number, i: number, j: number): number {
  return ((adult * SIDE + met) * SIDE + i) * SIDE + j;
}

function readCoefficients(params: Assumptions): Coefficients {
  coefficients.c = param(params, 'language.shift_rate');
  coefficients.plasticity = param(params, 'language.adult_plasticity');
  coefficients.a = param(params, 'language.status_exponent');
  coefficients.k = param(params, 'language.bilingual_similarity');
  coefficients.s = param(params, 'language.host_status');
  return coefficients;
}

/** The table for these assumptions (rebuilt only when they change). */
export function shiftChances(params: Assumptions): ShiftChances {
  const co = readCoefficients(params);
  const f = cachedFor;
  if (cached && f.c === co.c && f.plasticity === co.plasticity && f.a === co.a && f.k === co.k && f.s === co.s) return cached;
  const table: ShiftChances = {
    learnHost: new Float64Array(SIZE),
    learnHeritage: new Float64Array(SIZE),
    toHeritageOnly: new Float64Array(SIZE),
    leaveBilingual: new Float64Array(SIZE),
    pupilToHeritageOnly: new Float64Array(SIZE),
    decision: new Float64Array(4 * SIZE * 2),
  };
  for (let adult = 0; adult < 2; adult++) {
    for (let met = 1; met <= MAX_MET; met++) {
      for (let i = 0; i <= met; i++) {
        for (let j = 0; i + j <= met; j++) {
          const at = index(adult, met, i, j);
          learnChance(co, adult, met, i, j, true, table.learnHost, at);
          learnChance(co, adult, met, i, j, false, table.learnHeritage, at);
          bilingualChances(co, adult, met, i, j, false, scratchChances);
          table.toHeritageOnly[at] = scratchChances[0];
          table.leaveBilingual[at] = scratchChances[1];
          bilingualChances(co, adult, met, 0, i, true, scratchChances);
          table.pupilToHeritageOnly[at] = scratchChances[0];
        }
      }
    }
  }
  fillDecisions(table);
  Object.assign(cachedFor, co);
  cached = table;
  return table;
}

/** table.decision from the other tables (see ShiftChances.decision). */
function fillDecisions(table: ShiftChances): void {
  for (let adult = 0; adult < 2; adult++) {
    for (let met = 1; met <= MAX_MET; met++) {
      for (let nX = 0; nX <= met; nX++) {
        for (let nY = 0; nX + nY <= met; nY++) {
          const nZ = met - nX - nY;
          const toX = table.toHeritageOnly[index(adult, met, nX, nY)];
          const firstWays = [
            table.learnHost[index(adult, met, nY, nZ)],
            toX,
            table.learnHeritage[index(adult, met, nX, nZ)],
            table.pupilToHeritageOnly[index(adult, met, nY, 0)],
          ];
          const secondWays = [firstWays[0], Math.max(toX, table.leaveBilingual[index(adult, met, nX, nY)]), firstWays[2], firstWays[3]];
          for (let state = 0; state < 4; state++) {
            const at = 2 * index(state * 2 + adult, met, nX, nY);
            table.decision[at] = firstWays[state];
            table.decision[at + 1] = secondWays[state];
          }
        }
      }
    }
  }
}

/**
 * Into out[index]: the chance a monolingual takes up the other language (the host language if toHost,
 * status s, else the heritage language, status 1 − s), `speakers` monolingual speakers of it and
 * `bilinguals` met of `met`. pow and exp through operands, the result into an array: a double passed
 * to or returned from a call V8 does not inline is allocated (this runs per person above MAX_MET).
 */
function learnChance(
  co: Coefficients,
  adult: number,
  met: number,
  speakers: number,
  bilinguals: number,
  toHost: boolean,
  out: Float64Array,
  index: number,
): void {
  const rate = adult ? co.c * co.plasticity : co.c;
  const status = toHost ? co.s : 1 - co.s;
  operands[0] = (speakers + co.k * bilinguals) / met;
  operands[1] = co.a;
  powInPlace();
  operands[0] = -rate * status * operands[0];
  expInPlace();
  out[index] = 1 - operands[0];
}

/** Into out: [chance of dropping the host language, chance of dropping either] for a bilingual. */
function bilingualChances(co: Coefficients, adult: number, met: number, nX: number, nY: number, pupil: boolean, out: Float64Array): void {
  const rate = adult ? co.c * co.plasticity : co.c;
  // pow and exp through operands (a double crossing a call V8 does not inline is allocated).
  operands[0] = (met - nY) / met;
  operands[1] = co.a;
  powInPlace();
  const toX = rate * (1 - co.s) * operands[0];
  let toY = 0;
  if (!pupil) {
    operands[0] = (met - nX) / met;
    operands[1] = co.a;
    powInPlace();
    toY = rate * co.s * operands[0];
  }
  const total = toX + toY;
  let shift = 0;
  if (total > 0) {
    operands[0] = -total;
    expInPlace();
    shift = 1 - operands[0];
  }
  out[0] = total > 0 ? (shift * toX) / total : 0;
  out[1] = shift;
}

/**
 * Into out[0]: the X→Z (status s) or Y→Z (status 1 − s) chance; `speakers` monolinguals of the other
 * language met, `bilinguals` bilinguals (into an array: a returned double would be allocated).
 */
export function learnChanceOf(
  table: ShiftChances,
  params: Assumptions,
  toHost: boolean,
  adult: number,
  met: number,
  speakers: number,
  bilinguals: number,
  out: Float64Array,
): void {
  if (met <= MAX_MET) out[0] = (toHost ? table.learnHost : table.learnHeritage)[index(adult, met, speakers, bilinguals)];
  else learnChance(readCoefficients(params), adult, met, speakers, bilinguals, toHost, out, 0);
}

/** Into out: [drop host, drop either] chances for a bilingual who met nX heritage-only and nY host-only of `met`. */
export function bilingualChancesOf(
  table: ShiftChances,
  params: Assumptions,
  adult: number,
  met: number,
  nX: number,
  nY: number,
  pupil: boolean,
  out: Float64Array,
): void {
  if (met <= MAX_MET) {
    if (pupil) {
      out[0] = table.pupilToHeritageOnly[index(adult, met, nY, 0)];
      out[1] = out[0];
    } else {
      const at = index(adult, met, nX, nY);
      out[0] = table.toHeritageOnly[at];
      out[1] = table.leaveBilingual[at];
    }
    return;
  }
  bilingualChances(readCoefficients(params), adult, met, nX, nY, pupil, out);
}
