import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createSimulation, INDICATOR_IDS, parseScenario, resolveScenario } from '../packages/engine/src/index.js';
import { PERSON_COLUMN_NAMES } from '../packages/engine/src/state/persons.js';

/**
 * Golden outputs that every performance change must keep bit-identical: the full indicator series
 * (all values, all steps) of a few runs, hashed per step, plus a digest of the final state (every
 * person column of the live agents, as doubles, in slot order; the tie slots; the hosts).
 *
 *   npx tsx bench/golden.ts            compare with bench/golden.json (exit 1 on any difference)
 *   npx tsx bench/golden.ts --record   write bench/golden.json (only before an optimisation)
 */
const RUNS = [
  { scenario: 'baseline.json', seed: 1, personsPerAgent: 160 },
  { scenario: 'baseline.json', seed: 2, personsPerAgent: 160 },
  { scenario: 'full-cooperation.json', seed: 1, personsPerAgent: 160 },
  { scenario: 'backsliding.json', seed: 1, personsPerAgent: 160 },
  // Larger and shorter: about 80,000 agents for 12 quarters (scale-dependent paths: buckets, growth).
  { scenario: 'baseline.json', seed: 3, personsPerAgent: 20, endYear: 2023 },
] as const;

interface GoldenRun {
  name: string;
  /** sha256 of each step's indicator row (first 16 hex digits). */
  steps: string[];
  series: string;
  finalState: string;
}

const GOLDEN_FILE = new URL('./golden.json', import.meta.url);

function hash(bytes: ArrayBufferView | string): string {
  const h = createHash('sha256');
  h.update(typeof bytes === 'string' ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return h.digest('hex').slice(0, 16);
}

function runOne(run: (typeof RUNS)[number]): GoldenRun {
  const json = JSON.parse(readFileSync(new URL(`../scenarios/${run.scenario}`, import.meta.url), 'utf8'));
  const parsed = parseScenario({ ...json, personsPerAgent: run.personsPerAgent, ...('endYear' in run ? { endYear: run.endYear } : {}) });
  if (!parsed.ok) throw new Error(`${run.scenario} does not parse`);
  const simulation = createSimulation(resolveScenario(parsed.scenario), run.seed);
  const width = INDICATOR_IDS.length;
  const series = new Float64Array(simulation.stepsTotal * width);
  const steps: string[] = [];
  for (let t = 0; t < simulation.stepsTotal; t++) {
    simulation.advance(series, t * width);
    steps.push(hash(series.subarray(t * width, (t + 1) * width)));
  }
  return {
    name: `${run.scenario} seed ${run.seed} at ${run.personsPerAgent} persons per agent, ${simulation.stepsTotal} steps`,
    steps,
    series: hash(series),
    finalState: stateDigest(simulation.state),
  };
}

function stateDigest(state: ReturnType<typeof createSimulation>['state']): string {
  const p = state.persons;
  const h = createHash('sha256');
  const live: number[] = [];
  for (let i = 0; i < p.end; i++) if (p.alive[i] === 1) live.push(i);
  const values = new Float64Array(live.length);
  for (const name of PERSON_COLUMN_NAMES) {
    const column = p[name];
    for (let k = 0; k < live.length; k++) values[k] = column[live[k]];
    h.update(name);
    h.update(new Uint8Array(values.buffer));
  }
  const ties = new Int32Array(live.length * 10);
  for (let k = 0; k < live.length; k++) ties.set(p.ties.subarray(live[k] * 10, live[k] * 10 + 10), k * 10);
  h.update(new Uint8Array(ties.buffer));
  for (const column of [state.hosts.prejudice, state.hosts.attitude, state.hosts.contactsYear])
    h.update(new Uint8Array(column.slice().buffer));
  return h.digest('hex').slice(0, 16);
}

const record = process.argv.includes('--record');
const results = RUNS.map(runOne);
if (record) {
  writeFileSync(GOLDEN_FILE, `${JSON.stringify(results, null, 1)}\n`);
  for (const r of results) console.log(`recorded ${r.name}: ${r.series} / state ${r.finalState}`);
} else {
  const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as GoldenRun[];
  let failed = false;
  results.forEach((r, k) => {
    const g = golden[k];
    const firstStep = r.steps.findIndex((s, t) => s !== g.steps[t]);
    const ok = r.series === g.series && r.finalState === g.finalState && g.name === r.name;
    if (!ok) failed = true;
    console.log(
      `${ok ? 'same     ' : 'DIFFERENT'} ${r.name}` +
        (firstStep >= 0 ? ` (first different step ${firstStep})` : '') +
        (r.finalState !== g.finalState ? ' (final state differs)' : ''),
    );
  });
  if (failed) process.exit(1);
}
