/** The only module of the UI that talks to the engine's workers. */

export { WorkerDiedError } from './browserWorkers.js';
export { type GalleryEntry, GalleryRunner } from './galleryRunner.js';
export { createLabEngine, type LabEngine, type LabEngineOptions } from './labEngine.js';
export {
  type AssumptionMode,
  effectiveBaseline,
  ensembleRequest,
  type LabResults,
  runKey,
  type VariantRuns,
} from './labRunner.js';
export { fetchRegionRuns, type RegionRun, type RegionRuns } from './regionRuns.js';
