import { ENGINE_VERSION, type Scenario } from '@diaspora-sim/engine';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Reproducibility stamps: what reproduces an exported number (engine version, scenario, seeds,
 * scale). The command line's summaries and the lab's exports stamp with these same functions, so the
 * same scenario gets the same stamp wherever it ran.
 */
export interface ReproducibilityStamp {
  readonly engineVersion: string;
  /** scenarioSha256 of the validated scenario. */
  readonly scenarioSha256: string;
  readonly seeds: readonly number[];
  readonly personsPerAgent: number;
}

/** JSON with object keys sorted and no whitespace (undefined members dropped, as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 of a text's UTF-8 bytes, as 64 hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * A scenario's identity: SHA-256 of its canonical JSON, without `$schema` (an editor's hint, not
 * part of the scenario).
 */
export function scenarioSha256(scenario: Scenario): string {
  const { $schema: _editorHint, ...content } = scenario;
  return sha256Hex(canonicalJson(content));
}

export function reproducibilityStamp(scenario: Scenario): ReproducibilityStamp {
  return {
    engineVersion: ENGINE_VERSION,
    scenarioSha256: scenarioSha256(scenario),
    seeds: Array.from({ length: scenario.seeds }, (_, i) => scenario.seed + i),
    personsPerAgent: scenario.personsPerAgent,
  };
}

/** One line for a chart or a report: "diaspora-sim engine 0.2.0 · scenario sha256 … · seeds 1–8 · …". */
export function stampText(stamp: ReproducibilityStamp): string {
  const s = stamp.seeds;
  const seeds = s.length === 1 ? `seed ${s[0]}` : `seeds ${s[0]}–${s[s.length - 1]}`;
  return `diaspora-sim engine ${stamp.engineVersion} · scenario sha256 ${stamp.scenarioSha256.slice(0, 16)} · ${seeds} · ${stamp.personsPerAgent} persons per agent`;
}
