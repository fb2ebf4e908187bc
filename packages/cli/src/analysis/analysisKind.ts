import type { RunTask } from '@diaspora-sim/analysis';
import type { RunResult } from '@diaspora-sim/engine';
import type { RunDirectory } from './runDirectory.js';

/**
 * What the shared driver (executeDesign) needs of ensemble, sweep and sensitivity: rebuild the
 * design from the stored request (so resume and merge need nothing but run.json), reduce each run
 * to what is kept, and write the outputs from every task's kept values.
 */
export interface DesignOf {
  readonly tasks: readonly RunTask[];
}

export interface AnalysisKind<Request, Design extends DesignOf> {
  readonly kind: string;
  readonly outputFiles: readonly string[];
  design(request: Request): Design;
  /** What the journal keeps of a task's run. */
  keep(design: Design, index: number, result: RunResult): Float64Array;
  writeOutputs(directory: RunDirectory<Request>, design: Design, kept: readonly Float64Array[]): Promise<void>;
  /** A few lines for stdout once the outputs are written. */
  report(design: Design, kept: readonly Float64Array[], request: Request): string;
}
