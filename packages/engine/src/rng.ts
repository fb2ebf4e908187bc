import seedrandom from 'seedrandom';
import { cosInPlace, logInPlace, operands, sqrtInPlace } from './math/index.js';

/**
 * The engine's only source of randomness: a counter-based generator. Every number is a pure
 * function of (run seed, stream, step, agent id, draw number), so a baseline and a scenario run
 * with the same seed share the draws of every agent present in both (common random numbers),
 * whatever order agents are visited in and however many workers run.
 *
 * Usage in a rule: `const key = rng.streamKey(STREAM, step)` once per step, then
 * `rng.uniform(key, agentId, draw)` per agent and draw.
 */
export interface RandomSource {
  /** The run's key in every draw (uniformDrawInto's last argument): the fused passes draw with it directly. */
  readonly runKey: number;
  /**
   * A stream's key for a step. Keys (and runKey) are signed 32-bit integers: the draws only XOR them,
   * and a number past 2^31 handed to a call V8 does not inline would be allocated.
   */
  streamKey(stream: number, step: number): number;
  /** Uniform in [0, 1). */
  uniform(key: number, agentId: number, draw: number): number;
  /**
   * The same draw into out[index]: for callers V8 does not inline `uniform` into, where the double
   * it returns would be allocated.
   */
  uniformInto(out: Float64Array, index: number, key: number, agentId: number, draw: number): void;
  /** Standard normal (Box–Muller over draws 2·draw and 2·draw + 1). */
  normal(key: number, agentId: number, draw: number): number;
  /**
   * The same normal into out[index]: for callers V8 does not inline `normal` into, where the double
   * it returns would be allocated.
   */
  normalInto(out: Float64Array, index: number, key: number, agentId: number, draw: number): void;
}

/** Stream id from a rule's name (FNV-1a), computed once at module load. */
export function streamId(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// A well-mixed 32-bit finaliser (low-bias, after Wellons' hash prospector).
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x21f0aaad);
  x ^= x >>> 15;
  x = Math.imul(x, 0x735a2d97);
  x ^= x >>> 15;
  return x >>> 0;
}

const TWO_POW_32 = 4294967296;

/**
 * The draw: uniform in [0, 1) as a pure function of (stream key, agent id, draw number, run key),
 * mix32(mix32(key ^ id·φ) + (draw + 1)·c ^ runKey) written out in 32-bit integer steps, into
 * out[index]. This is its one definition: `uniformDraw` and `uniform` call it, and
 * scripts/generatePasses.ts splices its body into the fused passes as an expression (a long loop body
 * exhausts V8's inlining budget, and a double returned by a call that is not inlined is allocated).
 * Hence its shape: one `let h`, assignments to h, one assignment to out[index]. It hands its result
 * through a Float64Array, so that a call of it that V8 does not inline allocates nothing.
 */
export function uniformDrawInto(out: Float64Array, index: number, key: number, agentId: number, draw: number, runKey: number): void {
  let h = key ^ Math.imul(agentId, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
  h = (h ^ (h >>> 15)) + Math.imul(draw + 1, 0x85ebca77);
  h ^= runKey;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
  out[index] = ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

const drawn = new Float64Array(1);

/** uniformDrawInto's draw returned (allocated where V8 does not inline this call). */
export function uniformDraw(key: number, agentId: number, draw: number, runKey: number): number {
  uniformDrawInto(drawn, 0, key, agentId, draw, runKey);
  return drawn[0];
}

export function createRandomSource(seed: number): RandomSource {
  // seedrandom turns the run seed into two 32-bit keys; everything after is hashing.
  const seeder = seedrandom.alea(`diaspora-sim/${seed}`);
  const key0 = seeder.int32() >>> 0;
  const runKey = seeder.int32() | 0;
  const uniform = (key: number, agentId: number, draw: number): number => uniformDraw(key, agentId, draw, runKey);
  const uniformInto = (out: Float64Array, index: number, key: number, agentId: number, draw: number): void =>
    uniformDrawInto(out, index, key, agentId, draw, runKey);
  const uniforms = new Float64Array(2);
  // sqrt(-2·log u1)·cos(2π·u2), through the math functions' operands so that no double crosses a call.
  const normalInto = (out: Float64Array, index: number, key: number, agentId: number, draw: number): void => {
    uniformDrawInto(uniforms, 0, key, agentId, 2 * draw, runKey);
    uniformDrawInto(uniforms, 1, key, agentId, 2 * draw + 1, runKey);
    const u1 = uniforms[0] || 1 / TWO_POW_32;
    const u2 = uniforms[1];
    operands[0] = u1;
    logInPlace();
    operands[0] = -2 * operands[0];
    sqrtInPlace();
    const radius = operands[0];
    operands[0] = 2 * Math.PI * u2;
    cosInPlace();
    out[index] = radius * operands[0];
  };
  const normalOut = new Float64Array(1);
  return {
    runKey,
    streamKey: (stream, step) => mix32(mix32(key0 ^ stream) + Math.imul(step + 1, 0xc2b2ae35)) | 0,
    uniform,
    uniformInto,
    normal(key, agentId, draw) {
      normalInto(normalOut, 0, key, agentId, draw);
      return normalOut[0];
    },
    normalInto,
  };
}
