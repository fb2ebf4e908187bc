import type { ParameterDefinition, ScheduleValue } from '@diaspora-sim/engine';
import { evidenceText, unitText } from './catalogText.js';
import { numberLocales, t } from './language.js';

/** Slider step: whole numbers for counts and switches, else about a hundredth of the range, rounded to 1, 2 or 5. */
export function sliderStep(definition: ParameterDefinition): number {
  const raw = (definition.max - definition.min) / 100;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw - 1e-12) ?? raw;
  const step = definition.integer ? Math.max(1, Math.round(nice)) : nice;
  return Number(step.toPrecision(6));
}

/** Rounds a slider value to its step (avoids 0.30000000000000004 in files and links). */
export function roundToStep(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

export function isConstant(value: ScheduleValue | undefined): value is number | undefined {
  return value === undefined || typeof value === 'number';
}

/** The constant a control shows: the value, or the default when the scenario is silent. */
export function constantOf(definition: ParameterDefinition, value: ScheduleValue | undefined): number {
  return typeof value === 'number' ? value : definition.default;
}

export function formatParameter(value: number, definition: ParameterDefinition): string {
  // Switches read as words.
  if (definition.unit === '0 = no, 1 = yes') return value === 1 ? t('parameter.yes') : value === 0 ? t('parameter.no') : String(value);
  const text = Number.isInteger(value)
    ? value.toLocaleString(numberLocales())
    : Number(value.toPrecision(4)).toLocaleString(numberLocales(), { maximumFractionDigits: 20, useGrouping: false });
  return t('parameter.value', { value: text, unit: unitText(definition.unit) });
}

/** A schedule in words: "from 2025: 3; from 2030: 5" or "expression: 2 - 0.1*(year-2021)". */
export function describeSchedule(value: ScheduleValue | undefined, definition: ParameterDefinition): string {
  if (value === undefined) return t('parameter.default', { value: formatParameter(definition.default, definition) });
  if (typeof value === 'number') return formatParameter(value, definition);
  if (typeof value === 'string') return t('parameter.expression', { expression: value });
  return value.map(([year, v]) => t('parameter.step', { year, value: formatParameter(v, definition) })).join('; ');
}

/** Same value, whatever its form (for "changed from baseline" marks). */
export function sameSchedule(a: ScheduleValue | undefined, b: ScheduleValue | undefined, definition: ParameterDefinition): boolean {
  const norm = (v: ScheduleValue | undefined) => (v === undefined ? definition.default : v);
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/** How a default is known ("from the literature"), in the lab's language. */
export const evidenceLabel = (evidence: string): string => evidenceText(evidence);
