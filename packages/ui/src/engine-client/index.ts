/** The only module of the UI that talks to the engine's workers. */
export { createBrowserEngineWorker, type EngineWorkerHandle } from './browserWorker.js';
export { effectiveBaseline, type LabResults, LabRunner, type LabRunnerOptions, runKey, type VariantRuns } from './labRunner.js';
export { CancelledError, type Lane, RunQueue, type RunTask, type WorkerFailure } from './runQueue.js';
