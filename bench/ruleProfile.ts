import { writeIndicators } from '../packages/engine/src/observe/indicators.js';
import { createRandomSource } from '../packages/engine/src/rng.js';
import { runHostKernel, runPersonKernel } from '../packages/engine/src/rules/runKernel.js';
import { INDICATOR_IDS } from '../packages/engine/src/scenario/catalog/index.js';
import { resolveScenario } from '../packages/engine/src/scenario/resolve.js';
import { createInitialState } from '../packages/engine/src/state/createInitialState.js';
import type { SimulationState } from '../packages/engine/src/state/simulationState.js';
import { STEP_PLAN } from '../packages/engine/src/step/plan.js';
import { BASELINE, liveAgents, PERSONS_2021 } from './measure.js';

/**
 * Where a step's time goes: the reference step (step/referenceStep.ts: each rule, and each kernel
 * of a pass over all agents) with a clock around each, and the indicators' writing (the same phases,
 * order, inputs and draws; tests/bench checks that its indicators equal the simulation's). Times are
 * per step, summed over the measured steps after a warm-up. The fused step runs the kernels of a
 * pass in one loop, which this profile does not show: engine.bench.ts measures both.
 */
type Unit = {
  name: string;
  run: (
    state: SimulationState,
    levers: Record<string, number>,
    params: Readonly<Record<string, number>>,
    rng: ReturnType<typeof createRandomSource>,
    t: number,
  ) => void;
};

const UNITS: Unit[] = STEP_PLAN.flatMap((phase): Unit[] => {
  if (phase.kind === 'rule') return [{ name: phase.name, run: phase.apply }];
  if (phase.kind === 'persons')
    return phase.kernels.map((k) => ({ name: k.name, run: (s, l, p, r, t) => runPersonKernel(k, s, l, p, r, t) }));
  return phase.kernels.map((k) => ({ name: k.name, run: (s, l, p, r, t) => runHostKernel(k, s, l, p, r, t) }));
});
export interface RuleTime {
  name: string;
  secondsPerStep: number;
  share: number;
}

export function stepper(agents: number, seed = 1) {
  const personsPerAgent = Math.max(1, PERSONS_2021 / agents);
  const resolved = resolveScenario({ ...BASELINE, personsPerAgent });
  const rng = createRandomSource(seed);
  const params = resolved.assumptions;
  const state = createInitialState(resolved, rng);
  const stepValues: Record<string, number> = {};
  const schedules = [...resolved.schedules.entries()];
  const names = [...UNITS.map((u) => u.name), 'indicators (written)'];
  const elapsed = new Float64Array(names.length);
  let step = 0;
  let started = 0n;
  const clock = (r: number, phase: 0 | 1) => {
    if (phase === 0) started = process.hrtime.bigint();
    else elapsed[r] += Number(process.hrtime.bigint() - started);
  };
  const row = new Float64Array(INDICATOR_IDS.length);
  return {
    state,
    names,
    /** Runs rule r alone once more at the current step (for isolated measurements; mutates the state). */
    applyRule(r: number): void {
      if (r === UNITS.length) writeIndicators(state, row, 0);
      else UNITS[r].run(state, stepValues, params, rng, Math.max(0, step - 1));
    },
    elapsed,
    row,
    get step() {
      return step;
    },
    advance(): void {
      this.advanceMeasuring(clock);
    },
    /** One step, calling `around(r, 0)` before and `around(r, 1)` after rule r (r = the number of units: the indicators). */
    advanceMeasuring(around: (r: number, phase: 0 | 1) => void): void {
      for (const [id, values] of schedules) stepValues[id] = values[step];
      state.tallies.fill(0);
      state.newcomersThisStep.fill(0);
      for (let r = 0; r < UNITS.length; r++) {
        around(r, 0);
        UNITS[r].run(state, stepValues, params, rng, step);
        around(r, 1);
      }
      around(UNITS.length, 0);
      writeIndicators(state, row, 0);
      around(UNITS.length, 1);
      step++;
    },
  };
}

/** Seconds per step of each rule and of the observer at about `agents` agents, with shares of the total. */
export function profileRules(agents: number, steps: number, warmup: number): { agents: number; rules: RuleTime[] } {
  const run = stepper(agents);
  for (let t = 0; t < warmup; t++) run.advance();
  run.elapsed.fill(0);
  let agentSum = 0;
  for (let t = 0; t < steps; t++) {
    agentSum += liveAgents(run.state.persons);
    run.advance();
  }
  let total = 0;
  for (const ns of run.elapsed) total += ns;
  const rules = run.names.map((name, r) => ({ name, secondsPerStep: run.elapsed[r] / 1e9 / steps, share: run.elapsed[r] / total }));
  return { agents: agentSum / steps, rules };
}
