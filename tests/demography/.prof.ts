import fs from 'node:fs';
import { createRandomSource } from '../../packages/engine/src/rng.js';
import { runScenario } from '../../packages/engine/src/run/runScenario.js';
import { parseScenario } from '../../packages/engine/src/scenario/parse.js';
import { resolveScenario } from '../../packages/engine/src/scenario/resolve.js';
import { createInitialState } from '../../packages/engine/src/state/createInitialState.js';

const base = JSON.parse(fs.readFileSync('/work/main/scenarios/baseline.json', 'utf8'));
const parsed = parseScenario(base);
if (!parsed.ok) throw new Error('bad');
const resolved = resolveScenario(parsed.scenario);
for (let k = 0; k < 4; k++) {
  const t0 = performance.now();
  createInitialState(resolved, createRandomSource(k));
  const t1 = performance.now();
  runScenario(resolved, k + 1);
  console.log('init', (t1 - t0).toFixed(1), 'run', (performance.now() - t1).toFixed(1));
}
