import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleEngine, engineRoot } from './bundleEngine.js';
import { buildV1 } from './v1Build.js';

/**
 * Engines measured side by side, each bundled as it ships (bundleEngine.ts): each round runs every engine once, each in its own child process,
 * in an order rotated between rounds, so machine load falls on all of them alike. The time reported
 * is each engine's fastest round (other work on a shared machine only ever adds time), with every
 * round kept for the spread. Allocation is measured apart, once per engine, in a child whose young
 * generation is large enough that no scavenge runs in the measured quarters (so its growth is what
 * they allocated; timing runs keep V8's default heap).
 * `tsx bench/speed/compareEngines.ts [agents] [rounds] [engines…]`.
 */
/** `fused@<checkout>` / `reference@<checkout>`: the engine of another checkout, for A/B runs of a change. */
export type Engine = 'fused' | 'reference' | 'v1' | `${'fused' | 'reference'}@${string}`;

interface ChildFigures {
  agents: number;
  nsPerAgentStep: number;
  youngBytesPerQuarter: number;
  bytesPerAgent: number;
  bytesPerAgentWithIndex: number;
  /** The persons' whole buffer (spare capacity included) and the hosts, per live agent. */
  reservedBytesPerAgent: number;
  /** The child's resident memory after the run less before the simulation was created, per live agent. */
  residentBytesPerAgent: number;
  heapUsedPerAgent: number;
}

export interface EngineFigures extends ChildFigures {
  engine: Engine;
  /** Every round's figure, for the spread. */
  rounds: number[];
}

const CHILD = fileURLToPath(new URL('./engineChild.ts', import.meta.url));
const LARGE_YOUNG_GENERATION = ['--expose-gc', '--min-semi-space-size=256', '--max-semi-space-size=256'];

function measureEngine(
  engine: Engine,
  bundle: string,
  agents: number,
  warmup: number,
  steps: number,
  nodeFlags: string[] = [],
): ChildFigures {
  const args = [...nodeFlags, '--import', 'tsx', CHILD, engine, bundle, String(agents), String(warmup), String(steps)];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export interface Comparison {
  agents: number;
  rounds: number;
  warmup: number;
  steps: number;
  /** Quarters of warm-up before the allocation is measured (0: not measured). */
  allocationWarmup?: number;
}

export function compareEngines(engines: readonly Engine[], how: Comparison): EngineFigures[] {
  if (engines.includes('v1')) buildV1();
  const bundles = new Map(engines.map((e) => [e, bundleEngine(engineRoot(e), e)]));
  const bundleOf = (e: Engine) => bundles.get(e) ?? '';
  const runs = new Map<Engine, ChildFigures[]>(engines.map((e) => [e, []]));
  for (let round = 0; round < how.rounds; round++) {
    for (let k = 0; k < engines.length; k++) {
      const engine = engines[(k + round) % engines.length];
      runs.get(engine)?.push(measureEngine(engine, bundleOf(engine), how.agents, how.warmup, how.steps));
    }
  }
  return engines.map((engine) => {
    const measured = runs.get(engine) ?? [];
    const ns = measured.map((m) => m.nsPerAgentStep);
    const allocation = how.allocationWarmup
      ? measureEngine(engine, bundleOf(engine), how.agents, how.allocationWarmup, 10, LARGE_YOUNG_GENERATION).youngBytesPerQuarter
      : Number.NaN;
    return {
      engine,
      agents: median(measured.map((m) => m.agents)),
      nsPerAgentStep: Math.min(...ns),
      rounds: ns,
      youngBytesPerQuarter: allocation,
      bytesPerAgent: median(measured.map((m) => m.bytesPerAgent)),
      bytesPerAgentWithIndex: median(measured.map((m) => m.bytesPerAgentWithIndex)),
      reservedBytesPerAgent: median(measured.map((m) => m.reservedBytesPerAgent)),
      residentBytesPerAgent: median(measured.map((m) => m.residentBytesPerAgent)),
      heapUsedPerAgent: median(measured.map((m) => m.heapUsedPerAgent)),
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [agentsArg, roundsArg, ...named] = process.argv.slice(2);
  const engines = (named.length > 0 ? named : ['fused', 'reference', 'v1']) as Engine[];
  // ALLOCATION_WARMUP=30: also the heap allocated per quarter after that many quarters (one more child per engine).
  const allocationWarmup = Number(process.env.ALLOCATION_WARMUP ?? 0);
  // BENCH_WARMUP / BENCH_STEPS: longer rounds at small sizes (10 quarters of 10^4 agents take ~0.1 s, too short to compare).
  const figures = compareEngines(engines, {
    agents: Number(agentsArg ?? 1e5),
    rounds: Number(roundsArg ?? 3),
    warmup: Number(process.env.BENCH_WARMUP ?? 10),
    steps: Number(process.env.BENCH_STEPS ?? 10),
    allocationWarmup,
  });
  for (const f of figures) {
    const ratios = figures.map((g) => `${(g.nsPerAgentStep / f.nsPerAgentStep).toFixed(2)}× ${g.engine}`).join(', ');
    const spread = f.rounds.map((r) => r.toFixed(0)).join(' ');
    const sorted = [...f.rounds].sort((a, b) => a - b);
    const median = (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
    console.log(
      `${f.engine.padEnd(10)} ${f.nsPerAgentStep.toFixed(0).padStart(6)} ns/agent-step, median ${median.toFixed(0)} (rounds ${spread}); speed vs: ${ratios}`,
    );
    const memory = `${f.bytesPerAgent.toFixed(0)} bytes per live agent (reserved ${f.reservedBytesPerAgent.toFixed(0)}, resident ${f.residentBytesPerAgent.toFixed(0)})`;
    const allocated = allocationWarmup > 0 ? `; ${f.youngBytesPerQuarter.toFixed(0)} bytes allocated per quarter` : '';
    console.log(`${''.padEnd(10)} ${memory}${allocated}`);
  }
}
