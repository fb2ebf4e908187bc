import { type EnglishOf, english, type Problem } from './problems.js';

/** What a migration read differently, by code (see problems.ts); the English is each code's own. */
export interface NoteParams {
  /** `summary`: the step's one sentence on what changed, in English. */
  schema_migrated: { readonly from: number; readonly to: number; readonly summary: string };
  /** An old default dropped: nothing in the new model corresponds (`reason`, in English). */
  assumption_dropped: { readonly id: string; readonly value: number; readonly version: number; readonly reason: string };
  /** The same number kept, with what it means now (`reason`, in English). */
  assumption_kept: { readonly id: string; readonly value: number; readonly version: number; readonly reason: string };
  /** Converted, possibly to another id (`target`); `how` in English; `newDefault` when the default was recalibrated. */
  assumption_mapped: {
    readonly id: string;
    readonly value: number;
    readonly unit: string;
    readonly version: number;
    readonly target: string;
    readonly next: number;
    readonly newUnit: string;
    readonly how: string;
    readonly newDefault?: number;
  };
}
export type NoteProblem = Problem<NoteParams>;

export const NOTE_ENGLISH: EnglishOf<NoteParams> = {
  schema_migrated: ({ from, to, summary }) => `schema version ${from} read as ${to}: ${summary}`,
  assumption_dropped: ({ id, value, version, reason }) => `assumption ${id}: ${value} (the v${version} default) dropped: ${reason}`,
  assumption_kept: ({ id, value, reason }) => `assumption ${id}: ${value} kept; ${reason}`,
  assumption_mapped: (p) => {
    const target = p.target === p.id ? '' : `${p.target} `;
    const recalibrated = p.newDefault === undefined ? '' : `; the default is now ${p.newDefault}`;
    return `assumption ${p.id}: ${p.value} (${p.unit}, v${p.version}) mapped to ${target}${p.next} (${p.newUnit}; ${p.how})${recalibrated}`;
  },
};

/** A note on how an older file was read: in English for the command line, as data for the lab's languages. */
export type ScenarioNote = NoteProblem & { readonly message: string };

export function scenarioNote(problem: NoteProblem): ScenarioNote {
  return { ...problem, message: english(NOTE_ENGLISH, problem) };
}
