import type { Locale } from '@diaspora-sim/analysis';
import { ENGINE_VERSION, parseScenario, type Scenario, type ScenarioInput, type ScenarioNote } from '@diaspora-sim/engine';
import { type LabView, linkedView, viewFrom } from './labView.js';
import { type LinkNote, type LinkProblem, linkNote, linkRefusal } from './shareLinkProblems.js';

/**
 * The whole scenario, baseline and view (chart mode, indicators, year, bands, tab, language, map) in the URL fragment:
 * JSON, deflate-raw, base64url, with the engine version that made the link (each scenario carries its
 * schemaVersion). On the way back everything is checked by the engine's schema, older scenarios through
 * its migrations; a link that fails any step yields a message, never a partial scenario.
 */
export const SHARE_PARAMETER = 'lab';
const FORMAT_VERSION = 2;
/** Links of format 1 (scenario and baseline, no view) still open, with the default view. */
const READABLE_FORMATS = [1, 2];
// A scenario is a few kilobytes; refuse anything that inflates far beyond (a "zip bomb" link).
const MAX_INFLATED_BYTES = 1_000_000;

export interface SharedLab {
  readonly scenario: Scenario;
  readonly baseline: Scenario;
  readonly view: LabView;
}

/**
 * `notes`: what was read differently from how the link was made (migrations, another engine version);
 * a refusal says why in English (`message`) and as data for the reader's language (`problem`).
 */
export type DecodeResult = { ok: true; lab: SharedLab; notes: readonly LinkNote[] } | { ok: false; message: string; problem: LinkProblem };

export async function encodeShareFragment(scenario: ScenarioInput, baseline: ScenarioInput, view: LabView): Promise<string> {
  const json = JSON.stringify({ format: FORMAT_VERSION, engineVersion: ENGINE_VERSION, scenario, baseline, view: linkedView(view) });
  const compressed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${SHARE_PARAMETER}=${toBase64Url(compressed)}`;
}

/** Reads `#lab=...` from a location hash; undefined when the hash holds no shared lab. */
export function shareTokenFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAMETER) ?? undefined;
}

/** `language`: the view's language when the link names none (links made before the lab had languages). */
export async function decodeShareToken(token: string, language?: Locale): Promise<DecodeResult> {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(token);
  } catch {
    return linkRefusal({ code: 'base64', params: {} });
  }
  let json: string;
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch (error) {
    return linkRefusal({ code: 'inflate', params: { detail: (error as Error).message } });
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return linkRefusal({ code: 'json', params: {} });
  }
  if (typeof value !== 'object' || value === null || !READABLE_FORMATS.includes((value as { format?: unknown }).format as number)) {
    return linkRefusal({ code: 'format', params: { format: String((value as { format?: unknown })?.format) } });
  }
  const { scenario, baseline, view, engineVersion } = value as {
    scenario?: unknown;
    baseline?: unknown;
    view?: unknown;
    engineVersion?: unknown;
  };
  const s = parseScenario(scenario);
  if (!s.ok) return linkRefusal({ code: 'scenarioInvalid', params: { issues: s.issues } });
  const b = parseScenario(baseline);
  if (!b.ok) return linkRefusal({ code: 'baselineInvalid', params: { issues: b.issues } });
  return {
    ok: true,
    lab: { scenario: s.scenario, baseline: b.scenario, view: viewFrom(view, language) },
    notes: linkNotes(engineVersion, s.notes, b.notes),
  };
}

// A note that both scenarios share (a migration's summary) is given once; the others say whose they are.
function linkNotes(engineVersion: unknown, scenario: readonly ScenarioNote[], baseline: readonly ScenarioNote[]): LinkNote[] {
  const notes: LinkNote[] = [];
  if (typeof engineVersion === 'string' && engineVersion !== ENGINE_VERSION) {
    notes.push(linkNote({ code: 'engine_version', params: { version: engineVersion.slice(0, 40), current: ENGINE_VERSION } }));
  }
  const inScenario = new Set(scenario.map((n) => n.message));
  const inBaseline = new Set(baseline.map((n) => n.message));
  const seen = new Set<string>();
  for (const note of [...scenario, ...baseline]) {
    if (seen.has(note.message)) continue;
    seen.add(note.message);
    const whose = inScenario.has(note.message) ? (inBaseline.has(note.message) ? undefined : 'scenario') : 'baseline';
    notes.push(linkNote({ code: 'scenario_note', params: whose ? { whose, note } : { note } }));
  }
  return notes;
}

async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Number.POSITIVE_INFINITY) {
  const stream = new Blob([input as BlobPart]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
