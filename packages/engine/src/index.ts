/** Public API of the engine (a scenario, its state, mechanisms, indicators, one run): explicit named exports only. */
export { CALIBRATION_TARGETS } from './data/calibrationTargets.js';
export { INDICATOR_TARGETS, type IndicatorTarget } from './data/indicatorTargets.js';
export { REGIONS, type RegionData } from './data/regions.js';
export { REGION_INDICATOR_COUNT, REGION_INDICATORS, type RegionIndicator } from './observe/regionIndicators.js';
export { createRandomSource, type RandomSource, streamId } from './rng.js';
export { type RunInProgress, type RunOptions, type RunResult, runScenario, startRun } from './run/runScenario.js';
export { createSimulation, type Simulation } from './run/simulation.js';
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
export {
  formatIssues,
  ISSUE_ENGLISH,
  type IssueParams,
  type IssueProblem,
  type ParameterSection,
  parameterPath,
  type ScenarioIssue,
  type SchemaIssue,
  scenarioIssue,
} from './scenario/issue.js';
export { type MigrationResult, migrateScenario } from './scenario/migrate.js';
export { NOTE_ENGLISH, type NoteParams, type NoteProblem, type ScenarioNote } from './scenario/note.js';
export { type ParseResult, parseScenario, parseScenarioText } from './scenario/parse.js';
export {
  CONSTRUCT_NAMES,
  type EnglishOf,
  EXPRESSION_ENGLISH,
  type ExpressionParams,
  type ExpressionProblem,
  english,
  type Problem,
  SCHEDULE_ENGLISH,
  type ScheduleParams,
  type ScheduleProblem,
} from './scenario/problems.js';
export { type ResolvedScenario, resolveScenario } from './scenario/resolve.js';
export { compileSchedule, ScheduleError, type ScheduleValue } from './scenario/schedule.js';
export { FIRST_YEAR, SCHEMA_VERSION, type Scenario, type ScenarioInput, ScenarioSchema, scenarioJsonSchema } from './scenario/schema.js';
export { closestName } from './scenario/suggest.js';
export { createTimeline, type Timeline, yearOfStep } from './scenario/timeline.js';
export { ENGINE_VERSION } from './version.js';
