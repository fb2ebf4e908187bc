import { DIASPORAS, findParameter } from '../scenario/catalog/index.js';

/** This step's value of every lever and driver, by id. */
export type StepValues = Readonly<Record<string, number>>;
/** Behavioural assumptions, by id (constant over a run). */
export type Assumptions = Readonly<Record<string, number>>;

/** Reads an assumption, failing loudly on a misspelt id instead of computing with undefined. */
export function param(params: Assumptions, id: string): number {
  const value = params[id];
  if (value === undefined) throw new Error(`unknown assumption "${id}"`);
  return value;
}

/** Reads a lever or driver, failing loudly on a misspelt id. */
export function lever(levers: StepValues, id: string): number {
  const value = levers[id];
  if (value === undefined) throw new Error(`unknown lever or driver "${id}"`);
  return value;
}

/** A lever's 2021 status-quo value (its catalogue default). */
export function leverDefault(id: string): number {
  const found = findParameter(id);
  if (!found) throw new Error(`unknown lever "${id}"`);
  return found.definition.default;
}

/** Per-diaspora lever ids built once (a rule must not build strings every step). */
export function perDiasporaIds(suffix: string): readonly string[] {
  return DIASPORAS.map((d) => `${d}.${suffix}`);
}
