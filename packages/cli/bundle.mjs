// The command line as two plain JavaScript files run by node, so that `pnpm sim` starts at once:
// dist/main.mjs (the CLI) and dist/worker.mjs (the engine's worker for worker_threads), each with
// everything it imports (engine, analysis, zod, the parts of mathjs the expressions use) in one
// file. `pnpm install` builds them (the root's prepare script); bin/sim.mjs rebuilds them whenever
// their inputs changed, so a stale bundle never runs. Plain JavaScript: it runs before anything
// else is built.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(CLI, '../..');
export const DIST = join(CLI, 'dist');
const FINGERPRINT_FILE = join(DIST, 'fingerprint.txt');

/** Everything the bundle is made from: the three packages' sources and manifests, the lockfile, this script. */
function inputs() {
  const files = [join(ROOT, 'pnpm-lock.yaml'), join(CLI, 'bundle.mjs')];
  for (const name of ['engine', 'analysis', 'cli']) {
    const directory = join(ROOT, 'packages', name);
    files.push(join(directory, 'package.json'));
    const walk = (path) => {
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const full = join(path, entry.name);
        if (entry.isDirectory()) walk(full);
        else files.push(full);
      }
    };
    walk(join(directory, 'src'));
  }
  return files.sort();
}

/** A hash of the inputs' names and contents. */
export function fingerprint() {
  const hash = createHash('sha256');
  for (const file of inputs()) {
    hash.update(relative(ROOT, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Whether dist/ holds the bundle of the current sources. */
export function isCurrent() {
  try {
    return readFileSync(FINGERPRINT_FILE, 'utf8') === fingerprint();
  } catch {
    return false;
  }
}

/**
 * Builds dist/ (into a temporary folder, then swapped in). Processes that find the bundle stale at
 * the same time (tests running `pnpm sim` side by side) take turns through a lock folder, and a later
 * one finds the bundle current and leaves it.
 */
export async function bundle({ force = false } = {}) {
  const lock = `${DIST}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed process is taken over after a minute.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 60_000)
        rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    if (!force && isCurrent()) return;
    await build(fingerprint());
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function build(print) {
  const esbuild = await import('esbuild');
  const temporary = `${DIST}.partial-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: { main: join(CLI, 'src/main.ts'), worker: join(CLI, 'src/workers/nodeEndpointBootstrap.ts') },
    outdir: temporary,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // ES module builds where a package has one (jsonc-parser's main is a UMD build that requires at run time).
    mainFields: ['module', 'main'],
    target: 'node20',
    minify: true,
    // Lazily loaded commands stay in their own files, loaded when used.
    splitting: true,
    // Chunks beside the entries, so that a chunk finds ./worker.mjs beside it too.
    chunkNames: '[name]-[hash]',
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
    // The CLI starts its worker threads from the bundled worker beside it (see createNodeEngineWorker).
    define: { BUNDLED_WORKER_ENTRY: '"./worker.mjs"' },
    // CommonJS dependencies bundled into ESM may call require (seedrandom's optional crypto).
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  writeFileSync(join(temporary, 'fingerprint.txt'), print);
  rmSync(DIST, { recursive: true, force: true });
  renameSync(temporary, DIST);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bundle({ force: !process.argv.includes('--if-stale') });
}
