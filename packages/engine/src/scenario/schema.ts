import { z } from 'zod';
import { ASSUMPTIONS, DRIVERS, LEVERS, type ParameterDefinition } from './catalog/index.js';
import { ISSUE_ENGLISH, type IssueProblem, SCHEDULE_SHAPE_MESSAGE } from './issue.js';
import { english } from './problems.js';
import { compileSchedule, ScheduleError, type ScheduleValue } from './schedule.js';
import { closestName } from './suggest.js';
import { createTimeline } from './timeline.js';

/** The one schema for scenario files, shared links and the UI: the only parser of untrusted input. */
export const SCHEMA_VERSION = 2;
export const FIRST_YEAR = 2021;
const LAST_YEAR = 2100;

const scheduleValue = z.union([z.number(), z.array(z.tuple([z.number().int(), z.number()])).min(1), z.string().min(1).max(500)], {
  error: SCHEDULE_SHAPE_MESSAGE,
});

const baseScenario = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: z.string().min(1).max(200),
  description: z.string().max(5000).default(''),
  startYear: z.literal(FIRST_YEAR).default(FIRST_YEAR).describe('Initial data are for 2021, so runs start in 2021 Q1.'),
  endYear: z.number().int().min(FIRST_YEAR).max(LAST_YEAR).default(2045).describe('Last simulated year (inclusive).'),
  stepsPerYear: z.literal(4).default(4).describe('Steps are quarters.'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  seeds: z.number().int().min(1).max(1000).default(8).describe('Number of seeds: seed, seed+1, ...'),
  personsPerAgent: z.number().min(1).max(10000).default(160).describe('Persons each settled or migrant agent stands for.'),
  levers: z.record(z.string(), scheduleValue).default({}),
  drivers: z.record(z.string(), scheduleValue).default({}),
  assumptions: z.record(z.string(), z.number()).default({}),
});

const sections: ReadonlyArray<{ key: 'levers' | 'drivers' | 'assumptions'; definitions: readonly ParameterDefinition[] }> = [
  { key: 'levers', definitions: LEVERS },
  { key: 'drivers', definitions: DRIVERS },
  { key: 'assumptions', definitions: ASSUMPTIONS },
];

/** A problem of the project's own, raised in zod: its code and parameters ride in the issue's `params`. */
function addProblem(ctx: z.RefinementCtx, path: PropertyKey[], problem: IssueProblem): void {
  ctx.addIssue({ code: 'custom', path, message: english(ISSUE_ENGLISH, problem), params: { problem } });
}

// zod runs this refinement even when fields failed their own checks (so that every problem is
// reported at once): it compiles only schedules of a valid shape over a valid timeline, and leaves
// the rest to the issues zod has already raised.
export const ScenarioSchema = baseScenario.superRefine((scenario, ctx) => {
  const { startYear, endYear, stepsPerYear } = scenario;
  const validYears =
    startYear === FIRST_YEAR && stepsPerYear === 4 && Number.isInteger(endYear) && endYear >= FIRST_YEAR && endYear <= LAST_YEAR;
  const timeline = validYears ? createTimeline(startYear, endYear, stepsPerYear) : undefined;
  for (const { key, definitions } of sections) {
    const values: unknown = scenario[key];
    if (typeof values !== 'object' || values === null || Array.isArray(values)) continue;
    const ids = definitions.map((d) => d.id);
    for (const [id, value] of Object.entries(values)) {
      const definition = definitions.find((d) => d.id === id);
      if (!definition) {
        addProblem(ctx, [key, id], { code: 'unknown_id', params: { section: key, id, suggestion: closestName(id, ids) } });
        continue;
      }
      if (!timeline || !isScheduleShape(value)) continue;
      try {
        compileSchedule(definition, value, timeline);
      } catch (error) {
        if (!(error instanceof ScheduleError)) throw error;
        addProblem(ctx, [key, id], { code: 'schedule', params: { section: key, id, problem: error.problem } });
      }
    }
  }
});

function isScheduleShape(value: unknown): value is ScheduleValue {
  if (typeof value === 'number' || typeof value === 'string') return true;
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((step) => Array.isArray(step) && step.length === 2 && Number.isInteger(step[0]) && typeof step[1] === 'number')
  );
}

/** A scenario as written in a file (defaults may be missing). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof ScenarioSchema>;

/** JSON Schema for editors (scenarios/schema.json is generated from this). */
export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(baseScenario, { io: 'input' });
}
