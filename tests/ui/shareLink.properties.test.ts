import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../packages/engine/src/index.js';
import { decodeShareToken, shareTokenFromHash } from '../../packages/ui/src/lib/shareLink.js';
import { PROPERTY_RUNS, scenarioInput } from '../support/arbitraries.js';

// Any text in the link's place gives a lab of valid scenarios or a message, never a rejected promise.
// Runs in Node: the lab's decoder uses only web APIs Node has (CompressionStream, atob, TextDecoder).

const packed = (bytes: Uint8Array | string) => deflateRawSync(bytes).toString('base64url');
const envelope = fc.record(
  {
    format: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, fc.jsonValue({ maxDepth: 0 })),
    engineVersion: fc.oneof(fc.string({ maxLength: 60 }), fc.jsonValue({ maxDepth: 1 })),
    scenario: scenarioInput,
    baseline: fc.oneof({ weight: 3, arbitrary: fc.constant({ schemaVersion: 1, name: 'Baseline' }) }, scenarioInput),
  },
  { requiredKeys: ['format', 'scenario', 'baseline'] },
);

const TOKEN = fc.oneof(
  { weight: 4, arbitrary: envelope.map((value) => packed(JSON.stringify(value))) },
  // A link cut short or with one character changed, as a mail client or a hand may leave it.
  envelope.chain((value) => {
    const token = packed(JSON.stringify(value));
    return fc
      .tuple(fc.nat({ max: token.length }), fc.constantFrom('', 'A', '_', '%', '='))
      .map(([at, c]) => token.slice(0, at) + c + token.slice(at + 1));
  }),
  fc.jsonValue({ maxDepth: 2 }).map((value) => packed(JSON.stringify(value) ?? 'null')),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => packed(bytes)),
  fc.string({ maxLength: 80 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,120}$/),
);

describe('share-link decoding on any text (fast-check)', () => {
  it('refuses a link that inflates far beyond a scenario (a "zip bomb")', async () => {
    const decoded = await decodeShareToken(packed(new Uint8Array(2_000_000)));
    expect(decoded).toMatchObject({ ok: false, message: 'the link is damaged (its scenario part does not decompress: too large)' });
  });

  it('gives a lab of two valid scenarios with its notes, or a message; never throws', async () => {
    await fc.assert(
      fc.asyncProperty(TOKEN, async (token) => {
        const decoded = await decodeShareToken(token);
        if (!decoded.ok) return typeof decoded.message === 'string' && decoded.message.length > 0;
        return (
          parseScenario(decoded.lab.scenario).ok &&
          parseScenario(decoded.lab.baseline).ok &&
          decoded.notes.every((note) => typeof note.message === 'string' && note.message.length > 0)
        );
      }),
      PROPERTY_RUNS,
    );
  });

  it('finds the link in any location hash, or none', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (hash) => {
        const token = shareTokenFromHash(hash);
        return token === undefined || typeof token === 'string';
      }),
      PROPERTY_RUNS,
    );
  });
});
