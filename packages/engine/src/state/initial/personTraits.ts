import {
  FIRST_GENERATION_LEGAL_SHARES,
  MIGRANT_AGE_MIN_YEARS,
  MIGRANT_AGE_SPAN_YEARS,
  STUDENT_AGE_MIN_YEARS,
  STUDENT_AGE_SPAN_YEARS,
} from '../../data/initialPopulation.js';
import { logInPlace, operands, pow } from '../../math/index.js';
import { NEVER_DISCRIMINATED, PERSON_COLUMN_NAMES, type Persons, TIES_PER_AGENT } from '../persons.js';

/**
 * Traits drawn the same way at the start and for newcomers, each from one uniform u, so that the
 * caller chooses the stream and draw number (and common random numbers hold).
 */

// The columns of the last Persons seen, by element type: a loop over one type is monomorphic (a
// keyed lookup per column per newcomer, or one loop over columns of four types, is slow).
let columnsOf: Persons | undefined;
let bytes: Uint8Array<ArrayBuffer>[] = [];
let shorts: Uint16Array<ArrayBuffer>[] = [];
let words: Uint32Array<ArrayBuffer>[] = [];
let references: Int32Array<ArrayBuffer>[] = [];
let floats: Float32Array<ArrayBuffer>[] = [];

/** Clears every column of a (possibly reused) slot: numbers to 0, slot references to -1 (none). */
export function resetPerson(p: Persons, slot: number): void {
  if (columnsOf !== p) {
    const columns: ArrayBufferView[] = PERSON_COLUMN_NAMES.map((name) => p[name]);
    bytes = columns.filter((c): c is Uint8Array<ArrayBuffer> => c instanceof Uint8Array);
    shorts = columns.filter((c): c is Uint16Array<ArrayBuffer> => c instanceof Uint16Array);
    words = columns.filter((c): c is Uint32Array<ArrayBuffer> => c instanceof Uint32Array);
    references = columns.filter((c): c is Int32Array<ArrayBuffer> => c instanceof Int32Array);
    floats = columns.filter((c): c is Float32Array<ArrayBuffer> => c instanceof Float32Array);
    const typed = bytes.length + shorts.length + words.length + references.length + floats.length;
    if (typed !== columns.length) throw new Error('a column of an unexpected type');
    columnsOf = p;
  }
  for (let c = 0; c < bytes.length; c++) bytes[c][slot] = 0;
  for (let c = 0; c < shorts.length; c++) shorts[c][slot] = 0;
  for (let c = 0; c < words.length; c++) words[c][slot] = 0;
  // Slot references (partner, parent): -1 is none.
  for (let c = 0; c < references.length; c++) references[c][slot] = -1;
  for (let c = 0; c < floats.length; c++) floats[c][slot] = 0;
  p.quartersSinceDiscrimination[slot] = NEVER_DISCRIMINATED;
  // No ties: each slot points at the person itself (a loop: the builtin fill allocated on every call).
  const ties = p.ties;
  for (let k = slot * TIES_PER_AGENT; k < (slot + 1) * TIES_PER_AGENT; k++) ties[k] = slot;
}

/** Generation 1, 2 or 3 from shares. */
export function drawGeneration(shares: readonly [number, number, number], u: number): number {
  return u < shares[0] ? 1 : u < shares[0] + shares[1] ? 2 : 3;
}

/** Legal status (codes.Legal order) of a settled member born abroad. */
export function drawFirstGenerationLegal(u: number): number {
  let cumulative = 0;
  for (let k = 0; k < FIRST_GENERATION_LEGAL_SHARES.length - 1; k++) {
    cumulative += FIRST_GENERATION_LEGAL_SHARES[k];
    if (u < cumulative) return k;
  }
  return FIRST_GENERATION_LEGAL_SHARES.length - 1;
}

/** Skill (codes.Skill) from shares (low, mid, high). */
export function drawSkill(shares: readonly [number, number, number], u: number): number {
  return u < shares[0] ? 0 : u < shares[0] + shares[1] ? 1 : 2;
}

/**
 * Labour migrants are 18–45, most in their twenties (u^1.5 skews the span toward its start); u is
 * draws[index] (rng.uniformInto: a call V8 does not inline would box a double argument).
 */
export function drawMigrantAge(draws: Float64Array, index: number): number {
  return Math.floor((MIGRANT_AGE_MIN_YEARS + MIGRANT_AGE_SPAN_YEARS * pow(draws[index], 1.5)) * 4);
}

export function drawStudentAge(u: number): number {
  return Math.floor((STUDENT_AGE_MIN_YEARS + STUDENT_AGE_SPAN_YEARS * u) * 4);
}

/**
 * A geometric number of quarters (at least 1) with the given mean: the same chance of ending each
 * quarter; u is draws[index] (rng.uniformInto: a call V8 does not inline would box a double argument).
 */
export function geometricQuarters(meanQuarters: number, draws: Float64Array, index: number): number {
  if (meanQuarters <= 1) return 1;
  const stayOn = 1 - 1 / meanQuarters;
  // log(1 - u) / log(stayOn), through the math functions' operands (no double crosses a call)
  operands[0] = 1 - draws[index];
  logInPlace();
  const numerator = operands[0];
  operands[0] = stayOn;
  logInPlace();
  return Math.min(65535, 1 + Math.floor(numerator / operands[0]));
}
