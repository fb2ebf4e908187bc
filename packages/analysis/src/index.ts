/** Public API of the analysis layer: explicit named exports only. */

export {
  ANALYSIS_ENGLISH,
  AnalysisError,
  type AnalysisParams,
  type AnalysisProblem,
  type FailureCause,
  failureCause,
} from './analysisProblem.js';
export {
  type AssumptionScreen,
  type BriefChart,
  type BriefInput,
  buildBriefHtml,
  MAX_ASSUMPTION_ROWS,
  MAX_CHARTS,
  MAX_LEVER_ROWS,
} from './brief/briefHtml.js';
export { escapeHtml, safeHref, svgImageSource } from './brief/escape.js';
export {
  type Change,
  type ChangedLever,
  changeOf,
  type Finding,
  type FindingKind,
  type FindingsInput,
  findings,
  headlineIndicators,
  MAX_FINDINGS,
} from './brief/findings.js';
export {
  BASELINE_CHECK_END_YEAR,
  type BaselineCheck,
  type BaselineRow,
  baselineTable,
  checkBaseline,
  type PlausibilityCheck,
  plausibilityTable,
} from './calibrate/baselineCheck.js';
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
} from './calibrate/calibrate.js';
export { type NelderMeadOptions, type NelderMeadResult, nelderMead } from './calibrate/nelderMead.js';
export { type CalibrationTarget, selectTargets, type TargetSelection, TargetsError } from './calibrate/targets.js';
export { sampleAssumptions, valueInRange } from './ensemble/assumptionSampling.js';
export { type CalendarYearValues, calendarYearValue, calendarYearValues, type QuarterlyRun } from './ensemble/calendarYear.js';
export { latinHypercube } from './ensemble/latinHypercube.js';
export { type MeasuredEffect, measureLeverEffect } from './ensemble/leverEffect.js';
export {
  type BandKind,
  CONFIDENCE_LEVEL,
  type DifferenceStatistics,
  PairedAccumulator,
  type PairedSummary,
  type Variant,
  type VariantStatistics,
} from './ensemble/pairedAccumulator.js';
export { RunCache } from './ensemble/runCache.js';
export {
  type EnsembleOptions,
  type EnsembleProgress,
  type EnsembleResult,
  type PairedEnsembleRequest,
  pairedTasks,
  runPairedEnsemble,
  type SeedPair,
} from './ensemble/runPairedEnsemble.js';
export { mean, quantileSorted, studentTQuantile } from './ensemble/statistics.js';
export { type CatalogSection, catalogKey, catalogSourceMessages, groupKey, renderCatalogSource, unitKey } from './i18n/catalogSource.js';
export { COUNT_UNITS, displayRound, hasNumberData, type LocaleFormat, type LocaleFormatOptions, localeFormat } from './i18n/format.js';
export { isLocale, LOCALE_NAME, LOCALE_TAG, LOCALES, type Locale, SOURCE_LOCALE } from './i18n/locales.js';
export { analysisText, errorText, failureText } from './i18n/problems/analysisText.js';
export { expressionText, scheduleText } from './i18n/problems/expressionText.js';
export { issuesText, issueText } from './i18n/problems/issueText.js';
export { noteText } from './i18n/problems/noteText.js';
export {
  backticksAsCode,
  code,
  englishDetail,
  joinRich,
  plainText,
  type RichText,
  type RichValue,
  richT,
  type TextPart,
} from './i18n/problems/richText.js';
export { MESSAGES, type Messages, NAMESPACES, type Namespace } from './i18n/resources.js';
export { type Translator, translator } from './i18n/translator.js';
export { CALENDAR_YEAR_RULE, calendarYearRule } from './output/calendarYears.js';
export { formatField, formatNumber, formatRow } from './output/csv.js';
export { diffCsv } from './output/diffCsv.js';
export { prettyJson } from './output/prettyJson.js';
export { type RegionsRun, regionsHeader, regionsRows } from './output/regionsCsv.js';
export { type SeriesRun, seriesHeader, seriesRows } from './output/seriesCsv.js';
export {
  canonicalJson,
  type ReproducibilityStamp,
  reproducibilityStamp,
  scenarioSha256,
  sha256Hex,
  stampText,
} from './output/stamp.js';
export { type IndicatorYearly, type Summary, type YearlySummary, YearlySummaryCollector } from './output/yearlySummary.js';
export { createInThreadWorker, type EnginePool, type EngineWorker, type EngineWorkerFactory } from './pool/inThreadWorker.js';
export { runsFailed, runTaskList, type TaskListFailure, type TaskListOptions, type TaskRunner } from './pool/runTaskList.js';
export { parseShard, type ShardSpec, shardRange } from './pool/shard.js';
export { applyOverrides, executeTask, type RunTask, type SliceTimes, TaskInputError, type TaskOutcome } from './pool/task.js';
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
} from './pool/workerPool.js';
export {
  analyseSensitivity,
  type MorrisRow,
  pointOutputs,
  type SensitivityResult,
  type SobolRow,
} from './sensitivity/analyseSensitivity.js';
export { type Factor, type FactorSpace, factorsOf, factorValue } from './sensitivity/factors.js';
export { analyseMorris, type MorrisDesign, type MorrisIndices, morrisDesign } from './sensitivity/morris.js';
export { runSensitivity, sensitivityValue } from './sensitivity/runSensitivity.js';
export { type SensitivityDesign, type SensitivityRequest, sensitivityDesign } from './sensitivity/sensitivityDesign.js';
export { analyseSobol, type SaltelliDesign, type SobolIndices, saltelliDesign } from './sensitivity/sobol.js';
export { gridPoints, parseSweepAxis, type SweepAxis, SweepSpecError } from './sweep/grid.js';
export { runSweep } from './sweep/runSweep.js';
export {
  analyseSweep,
  type SweepDesign,
  type SweepPointSummary,
  type SweepRequest,
  type SweepResult,
  sweepDesign,
  type YearlyRun,
} from './sweep/sweep.js';
