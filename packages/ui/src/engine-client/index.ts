/** The only module of the UI that talks to the engine's workers. */
export { BrowserWorkers, WorkerDiedError } from './browserWorkers.js';
export {
  type AssumptionMode,
  effectiveBaseline,
  type LabResults,
  LabRunner,
  type LabRunnerOptions,
  runKey,
  type VariantRuns,
} from './labRunner.js';
export { RunBroker } from './runBroker.js';
