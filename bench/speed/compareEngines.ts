import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildV1 } from './v1Build.js';

/**
 * Engines measured side by side: each round runs every engine once, each in its own child process,
 * in an order rotated between rounds, so machine load falls on all of them alike; the figures are
 * medians over rounds. `tsx bench/speed/compareEngines.ts [agents] [rounds] [engines…]`.
 */
/** `fused@<checkout>` / `reference@<checkout>`: the engine of another checkout, for A/B runs of a change. */
export type Engine = 'fused' | 'reference' | 'v1' | `${'fused' | 'reference'}@${string}`;

export interface EngineFigures {
  engine: Engine;
  agents: number;
  nsPerAgentStep: number;
  /** Every round's figure, for the spread. */
  rounds: number[];
  youngBytesPerQuarter: number;
}

const CHILD = fileURLToPath(new URL('./engineChild.ts', import.meta.url));

export function measureEngine(engine: Engine, agents: number, warmup: number, steps: number, nodeFlags: string[] = []) {
  // A young generation large enough that no scavenge runs in the measured quarters: its growth is then what they allocated.
  const flags = ['--expose-gc', '--min-semi-space-size=256', '--max-semi-space-size=256', ...nodeFlags, '--import', 'tsx'];
  const out = execFileSync(process.execPath, [...flags, CHILD, engine, String(agents), String(warmup), String(steps)], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { agents: number; nsPerAgentStep: number; youngBytesPerQuarter: number };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export function compareEngines(engines: readonly Engine[], agents: number, rounds: number, warmup: number, steps: number): EngineFigures[] {
  if (engines.includes('v1')) buildV1();
  const runs = new Map<Engine, Array<ReturnType<typeof measureEngine>>>(engines.map((e) => [e, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < engines.length; k++) {
      const engine = engines[(k + round) % engines.length];
      runs.get(engine)?.push(measureEngine(engine, agents, warmup, steps));
    }
  }
  return engines.map((engine) => {
    const measured = runs.get(engine) ?? [];
    const ns = measured.map((m) => m.nsPerAgentStep);
    return {
      engine,
      agents: median(measured.map((m) => m.agents)),
      nsPerAgentStep: median(ns),
      rounds: ns,
      youngBytesPerQuarter: median(measured.map((m) => m.youngBytesPerQuarter)),
    };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [agentsArg, roundsArg, ...named] = process.argv.slice(2);
  const engines = (named.length > 0 ? named : ['fused', 'reference', 'v1']) as Engine[];
  const figures = compareEngines(engines, Number(agentsArg ?? 1e5), Number(roundsArg ?? 3), 10, 10);
  for (const f of figures) {
    const ratios = figures.map((g) => `${(g.nsPerAgentStep / f.nsPerAgentStep).toFixed(2)}× ${g.engine}`).join(', ');
    console.log(
      `${f.engine.padEnd(10)} ${f.nsPerAgentStep.toFixed(0).padStart(6)} ns/agent-step (rounds ${f.rounds.map((r) => r.toFixed(0)).join(' ')}), ` +
        `${(1e9 / f.nsPerAgentStep).toExponential(2)} agent-steps/s, ${f.youngBytesPerQuarter.toFixed(0)} B/quarter; speed vs: ${ratios}`,
    );
  }
}
