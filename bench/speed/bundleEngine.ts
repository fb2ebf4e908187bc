import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { V1_ROOT } from './v1Build.js';

/**
 * An engine as it ships: its sources bundled into one plain ES module (as the command line's bundle
 * and the lab's worker are), so that every engine is measured the same way. (Run from its TypeScript
 * modules through tsx, each imported constant is a module binding V8 loads and checks at each use:
 * bigger bytecode, so V8's inlining budget covers less, e.g. not the exact exp.)
 */
const OUT = fileURLToPath(new URL('../.build/engines/', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The checkout an engine comes from: this one, v1's (bench/.v1), or the one named after `@`. */
export function engineRoot(engine: string): string {
  const [name, other] = engine.split('@');
  return other ?? (name === 'v1' ? V1_ROOT : REPO);
}

export function bundleEngine(root: string, name: string): string {
  mkdirSync(OUT, { recursive: true });
  const outfile = `${OUT}${name.replace(/[^a-zA-Z0-9]+/g, '_')}.mjs`;
  const engine = `${root}/packages/engine/src`;
  buildSync({
    stdin: {
      contents: `export * from '${engine}/index.ts';\nexport { memberIndexBytes } from '${engine}/state/network.ts';\n`,
      resolveDir: engine,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
