#!/usr/bin/env node
// `pnpm sim`: runs the bundled command line (dist/main.mjs) in this process, so its exit code is the
// command's. The bundle is rebuilt first when its inputs changed since it was built (a content
// fingerprint of the engine's, analysis' and CLI's sources), so old engine code never runs.
import { bundle, isCurrent } from '../bundle.mjs';

if (!isCurrent()) {
  process.stderr.write('sim: the sources changed since the command line was bundled; bundling it again...\n');
  await bundle();
}
const { runFromCommandLine } = await import('../dist/main.mjs');
runFromCommandLine();
