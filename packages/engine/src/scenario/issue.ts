import type { z } from 'zod';
import { type EnglishOf, english, type Problem, SCHEDULE_ENGLISH, type ScheduleProblem } from './problems.js';

export type ParameterSection = 'levers' | 'drivers' | 'assumptions';
const NOUNS = { levers: 'lever', drivers: 'driver', assumptions: 'assumption' } as const;

type WithoutInput<T> = T extends unknown ? Omit<T, 'path' | 'input' | 'errors'> : never;
/**
 * A zod issue as data, for zod's own locales: its fields without the input it was raised for (and
 * without a union's nested issues), with the input's type as zod names it (`received`).
 */
export type SchemaIssue = WithoutInput<z.core.$ZodIssue> & { readonly received?: string };

/** An assumption's value as the older version read it, with its unit: what a migration refused. */
interface OldValue {
  readonly id: string;
  readonly value: number;
  readonly unit: string;
  /** The schema version the value was written for. */
  readonly version: number;
}

/** Every problem a scenario can have, by code (see problems.ts); the English is each code's own. */
export interface IssueParams {
  json_syntax: { readonly detail: string };
  not_object: Readonly<Record<string, never>>;
  version_missing: { readonly oldest: number; readonly newest: number };
  version_not_number: Readonly<Record<string, never>>;
  version_newer: { readonly version: number; readonly newest: number };
  version_unsupported: { readonly version: number; readonly oldest: number; readonly newest: number };
  unknown_id: { readonly section: ParameterSection; readonly id: string; readonly suggestion?: string };
  schedule_shape: Readonly<Record<string, never>>;
  schedule: { readonly section: ParameterSection; readonly id: string; readonly problem: ScheduleProblem };
  /** One of zod's own checks (type, size, keys), with zod's English message. */
  schema: { readonly issue: SchemaIssue };
  assumption_not_number: { readonly id: string; readonly unit: string; readonly version: number };
  assumption_outside_old_range: OldValue & { readonly min: number; readonly max: number };
  assumption_unmappable: OldValue & { readonly reason: string };
  assumption_target_set: { readonly id: string; readonly target: string };
  assumption_outside_new_range: OldValue & {
    readonly min: number;
    readonly max: number;
    readonly newUnit: string;
    readonly reason: string;
  };
  assumption_maps_outside: OldValue & {
    readonly target: string;
    readonly next: number;
    readonly newUnit: string;
    readonly how: string;
    readonly min: number;
    readonly max: number;
  };
}
export type IssueProblem = Problem<IssueParams>;

export const SCHEDULE_SHAPE_MESSAGE =
  'expected a number, a list of [year, value] steps with whole-number years, or an expression in year and t';

const readable = (oldest: number, newest: number) =>
  `this version of diaspora-sim reads schema versions ${oldest} to ${newest} (older ones through migrations)`;
const was = (v: OldValue) => `${v.value} (${v.unit}, v${v.version})`;
const renamed = (target: string, id: string) => (target === id ? '' : `${target} `);

export const ISSUE_ENGLISH: EnglishOf<IssueParams> = {
  json_syntax: ({ detail }) => `not valid JSON: ${detail}`,
  not_object: () => 'a scenario must be a JSON object',
  version_missing: ({ oldest, newest }) => `missing; ${readable(oldest, newest)}`,
  version_not_number: () => 'must be a number',
  version_newer: ({ version, newest }) =>
    `the file is schema version ${version}, newer than this diaspora-sim reads (${newest}); update diaspora-sim`,
  version_unsupported: ({ version, oldest, newest }) => `schema version ${version} is not supported; ${readable(oldest, newest)}`,
  unknown_id: ({ section, id, suggestion }) => `unknown ${NOUNS[section]} id "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
  schedule_shape: () => SCHEDULE_SHAPE_MESSAGE,
  schedule: ({ section, id, problem }) => `${NOUNS[section]} "${id}": ${english(SCHEDULE_ENGLISH, problem)}`,
  schema: ({ issue }) => issue.message,
  assumption_not_number: ({ id, unit, version }) => `assumption ${id}: expected a number (${unit}, v${version})`,
  assumption_outside_old_range: (v) => `assumption ${v.id}: ${v.value} is outside its v${v.version} range ${v.min} to ${v.max} ${v.unit}`,
  assumption_unmappable: (v) =>
    `assumption ${v.id}: ${was(v)} cannot be carried over: ${v.reason}. Remove it to open the file with this model`,
  assumption_target_set: ({ id, target }) => `assumption ${id}: maps to ${target}, which the file sets too`,
  assumption_outside_new_range: (v) =>
    `assumption ${v.id}: ${was(v)} is outside this model's range ${v.min} to ${v.max} ${v.newUnit}: ${v.reason}`,
  assumption_maps_outside: (v) =>
    `assumption ${v.id}: ${was(v)} maps to ${renamed(v.target, v.id)}${v.next} (${v.newUnit}; ${v.how}), outside the range ${v.min} to ${v.max}; set a value that maps inside it`,
};

/** A problem with a scenario, where it is and what is wrong: what every refusal of untrusted input carries. */
export type ScenarioIssue = IssueProblem & {
  /** Where in the file, e.g. `levers["uz_in_kz.anti_discrimination"]`. */
  readonly path: string;
  /** In English (the command line's words); the code and parameters let the lab say it in its language. */
  readonly message: string;
};

export function scenarioIssue(path: string, problem: IssueProblem): ScenarioIssue {
  return { path, ...problem, message: english(ISSUE_ENGLISH, problem) };
}

export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

/** The path of a parameter's entry in a scenario file, e.g. `assumptions["language.course_gain"]`. */
export function parameterPath(section: ParameterSection, id: string): string {
  return `${section}[${JSON.stringify(id)}]`;
}
