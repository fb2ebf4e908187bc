import type { Assumptions, StepValues } from '../equations/values.js';
import type { RandomSource } from '../rng.js';
import type { Hosts } from '../state/hosts.js';
import type { Persons } from '../state/persons.js';
import type { SimulationState } from '../state/simulationState.js';

/**
 * A mechanism written as a kernel: its per-step setup and its per-agent body, each defined once.
 * The reference step (run/referenceStep.ts) runs the kernels one loop after another; the fused passes
 * (passes/*.generated.ts) are the same bodies spliced into one loop by scripts/generatePasses.ts,
 * which V8 optimises as a whole (it inlines calls only within a budget). Fused and reference steps
 * give the same bits (tests/engine/passes).
 *
 * The body's rules, checked by the generator: parameters `i`, `p`, `s`, `rng`; columns read and
 * written as `p.<column>[…]`; the step's values read as `s.<field>` and never assigned (typed arrays in
 * `s` may be written element by element: tallies, sums); locals declared with const or let; the
 * engine's math functions, `Math`'s exactly specified ones and the codes of state/codes.ts; `return`
 * ends the body for this agent. Nothing else from the module's scope: what a body needs goes in `s`.
 * A body may read another agent's values only where no kernel of the same pass writes them.
 */
export interface PersonKernel<S> {
  readonly name: string;
  /** The values the body reads, set by `begin` each step (one object per kernel, reused). */
  readonly step: S;
  begin(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number): void;
  /** The per-agent body, for the alive person in slot i. */
  person(i: number, p: Persons, s: S, rng: RandomSource): void;
  /** After every agent (aggregates, host-side conversions). */
  end?(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number): void;
}

/** The same for the host-majority agents: the body runs for host j of `h`. */
export interface HostKernel<S> {
  readonly name: string;
  readonly step: S;
  begin(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number): void;
  host(j: number, h: Hosts, s: S): void;
  end?(state: SimulationState, levers: StepValues, params: Assumptions, rng: RandomSource, t: number): void;
}
