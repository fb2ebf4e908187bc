import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Links in comments and docs resolve: every `docs/…`, `tests/…` and `packages/…` path named in the code, the
 * scripts, the benchmarks, the tests and the documentation exists, and every `docs/model.md#…` link
 * names an anchor or heading of docs/model.md (v1 pointed eleven rules at a docs/submodels/ that never existed).
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const SEARCHED = ['packages', 'scripts', 'bench', 'tests', 'docs', 'README.md'];
const SKIPPED = new Set(['node_modules', 'dist', 'fixtures', 'messages']);
const PATH = /\b(?:docs|tests|packages)\/[A-Za-z0-9_/.-]+\.(?:md|png|svg|ts|mjs|json)(?:#[a-z0-9-]+)?/g;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return /\.(ts|mjs|md)$/.test(path) ? [path] : [];
  // Hidden folders are build output (bench/.build, bench/.v1: v1's sources name v1's paths).
  return readdirSync(path)
    .filter((name) => !SKIPPED.has(name) && !name.startsWith('.'))
    .flatMap((name) => filesUnder(join(path, name)));
}

function anchorsOf(markdown: string): Set<string> {
  const ids = [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
  // GitHub's heading slugs: lower case, punctuation dropped, spaces to hyphens.
  const headings = [...markdown.matchAll(/^#+ (.+)$/gm)].map((m) =>
    m[1]
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, '')
      .replace(/ /g, '-'),
  );
  return new Set([...ids, ...headings]);
}

const named = new Map<string, string>();
for (const file of SEARCHED.flatMap((entry) => filesUnder(join(ROOT, entry)))) {
  for (const match of readFileSync(file, 'utf8').matchAll(PATH)) {
    if (!named.has(match[0])) named.set(match[0], file.slice(ROOT.length));
  }
}

describe('paths named in code and docs', () => {
  it('finds the links it is meant to check', () => {
    expect(named.size).toBeGreaterThan(20);
  });

  it('names only files that exist', () => {
    const missing = [...named]
      .filter(([path]) => !existsSync(join(ROOT, path.split('#')[0])))
      .map(([path, where]) => `${path} (named in ${where})`);
    expect(missing).toEqual([]);
  });

  it('names only anchors docs/model.md has', () => {
    const anchors = anchorsOf(readFileSync(join(ROOT, 'docs/model.md'), 'utf8'));
    const missing = [...named]
      .filter(([path]) => path.startsWith('docs/model.md#') && !anchors.has(path.split('#')[1]))
      .map(([path, where]) => `${path} (named in ${where})`);
    expect(missing).toEqual([]);
  });
});
