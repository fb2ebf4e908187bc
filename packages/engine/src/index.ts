/** Public API of the engine: explicit named exports only. */
export { CALIBRATION_TARGETS } from './data/calibrationTargets.js';
export { INDICATOR_TARGETS, type IndicatorTarget } from './data/indicatorTargets.js';

export { createRandomSource, type RandomSource, streamId } from './rng.js';
export {
  type CalibrationRequest,
  type CalibrationResult,
  calibrate,
  calibrationTasks,
  type FittedParameter,
  fittedParameter,
  poolEvaluator,
  type TargetEvaluator,
  type TargetFit,
  targetValues,
} from './run/calibrate/calibrate.js';
export { type NelderMeadOptions, type NelderMeadResult, nelderMead } from './run/calibrate/nelderMead.js';
export { type CalibrationTarget, selectTargets, type TargetSelection, TargetsError } from './run/calibrate/targets.js';
export { sampleAssumptions, valueInRange } from './run/ensemble/assumptionSampling.js';
export { type CalendarYearValues, calendarYearValue, calendarYearValues, type QuarterlyRun } from './run/ensemble/calendarYear.js';
export { latinHypercube } from './run/ensemble/latinHypercube.js';
export { type MeasuredEffect, measureLeverEffect } from './run/ensemble/leverEffect.js';
export {
  type BandKind,
  CONFIDENCE_LEVEL,
  type DifferenceStatistics,
  PairedAccumulator,
  type PairedSummary,
  type VariantStatistics,
} from './run/ensemble/pairedAccumulator.js';
export { RunCache } from './run/ensemble/runCache.js';
export {
  type EnsembleOptions,
  type EnsembleProgress,
  type EnsembleResult,
  type PairedEnsembleRequest,
  pairedTasks,
  runPairedEnsemble,
  type SeedPair,
} from './run/ensemble/runPairedEnsemble.js';
export { quantileSorted, studentTQuantile } from './run/ensemble/statistics.js';
export { createInThreadWorker, type EnginePool, type EngineWorker, type EngineWorkerFactory } from './run/pool/inThreadWorker.js';
export { runTaskList, type TaskListFailure, type TaskListOptions, type TaskRunner } from './run/pool/runTaskList.js';
export { parseShard, type ShardSpec, shardRange } from './run/pool/shard.js';
export { applyOverrides, executeTask, type RunTask, TaskInputError, type TaskOutcome } from './run/pool/task.js';
export {
  CancelledError,
  createWorkerPool,
  type PoolStats,
  type PoolWorker,
  type PoolWorkerFactory,
  type SubmitOptions,
  type TaskFailure,
  type WorkerPool,
  type WorkerPoolOptions,
} from './run/pool/workerPool.js';
export { type RunOptions, type RunResult, runScenario } from './run/runScenario.js';
export {
  analyseSensitivity,
  type MorrisRow,
  pointOutputs,
  type SensitivityResult,
  type SobolRow,
} from './run/sensitivity/analyseSensitivity.js';
export { type Factor, type FactorSpace, factorsOf, factorValue } from './run/sensitivity/factors.js';
export { analyseMorris, type MorrisDesign, type MorrisIndices, morrisDesign } from './run/sensitivity/morris.js';
export { runSensitivity, sensitivityValue } from './run/sensitivity/runSensitivity.js';
export { type SensitivityDesign, type SensitivityRequest, sensitivityDesign } from './run/sensitivity/sensitivityDesign.js';
export { analyseSobol, type SaltelliDesign, type SobolIndices, saltelliDesign } from './run/sensitivity/sobol.js';
export { createSimulation, type Simulation } from './run/simulation.js';
export { gridPoints, parseSweepAxis, type SweepAxis, SweepSpecError } from './run/sweep/grid.js';
export { runSweep } from './run/sweep/runSweep.js';
export {
  analyseSweep,
  type SweepDesign,
  type SweepPointSummary,
  type SweepRequest,
  type SweepResult,
  sweepDesign,
  type YearlyRun,
} from './run/sweep/sweep.js';
export type {
  CorridorId,
  DiasporaId,
  EffectBasis,
  EffectMeasure,
  Evidence,
  IndicatorDefinition,
  IndicatorKind,
  LeverEffect,
  ParameterDefinition,
  ParameterKind,
} from './scenario/catalog/index.js';
export {
  ASSUMPTIONS,
  CATALOG,
  CORRIDORS,
  DIASPORA_LABEL,
  DIASPORAS,
  DRIVERS,
  findParameter,
  HOME_COUNTRY,
  HOST_COUNTRY,
  INDICATOR_IDS,
  INDICATORS,
  LEVER_EFFECTS,
  LEVERS,
  REMITTANCE_CORRIDOR,
  STUDENT_CORRIDOR,
} from './scenario/catalog/index.js';
export { compileExpression, EXPRESSION_FUNCTIONS, ExpressionError } from './scenario/expression.js';
export { formatIssues, type ParseResult, parseScenario, parseScenarioText, type ScenarioIssue } from './scenario/parse.js';
export { type ResolvedScenario, resolveScenario } from './scenario/resolve.js';
export { compileSchedule, ScheduleError, type ScheduleValue } from './scenario/schedule.js';
export { FIRST_YEAR, SCHEMA_VERSION, type Scenario, type ScenarioInput, ScenarioSchema, scenarioJsonSchema } from './scenario/schema.js';
export { createTimeline, type Timeline, yearOfStep } from './scenario/timeline.js';
export { ENGINE_VERSION } from './version.js';
