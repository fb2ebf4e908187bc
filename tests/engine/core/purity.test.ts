import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENGINE_SRC = new URL('../../../packages/engine/src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine is pure', () => {
  const files = sourceFiles(ENGINE_SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('never uses Math.random', () => {
    for (const { path, text } of files) expect(text.includes('Math.random'), path).toBe(false);
  });

  it('imports no Node module and touches no DOM global', () => {
    for (const { path, text } of files) {
      expect(/from ['"](node:|fs|path|os|worker_threads|child_process)/.test(text), path).toBe(false);
      expect(/\b(document|window|localStorage)\./.test(text), path).toBe(false);
    }
  });

  it('imports seedrandom in rng.ts only', () => {
    const importers = files.filter(({ text }) => /from ['"]seedrandom['"]/.test(text)).map(({ path }) => path.slice(ENGINE_SRC.length));
    expect(importers).toEqual(['rng.ts']);
  });
});
