import { INDICATOR_IDS } from '@diaspora-sim/engine';
import { z } from 'zod';

/** An observed figure the model should reproduce: an indicator's calendar-year value. */
export interface CalibrationTarget {
  readonly indicator: string;
  readonly year: number;
  readonly value: number;
  readonly source?: string;
}

// The shape of calibration-targets.json: entries with an id, a year and a value, plus anything else.
const TargetsFile = z.looseObject({
  targets: z.array(z.looseObject({ id: z.string(), year: z.number().int(), value: z.unknown(), source: z.string().optional() })),
});

export interface TargetSelection {
  readonly targets: CalibrationTarget[];
  /** Entries of the file not used, and why (not an indicator, not a single number, outside the run). */
  readonly skipped: ReadonlyArray<{ id: string; year: number; reason: string }>;
}

export class TargetsError extends Error {}

/**
 * Picks the usable targets of a targets file: entries whose id is an indicator, whose value is one
 * number, and whose year lies in the run. `only` (as `id@year`) restricts the choice; each must exist.
 */
export function selectTargets(json: unknown, years: { first: number; last: number }, only?: readonly string[]): TargetSelection {
  const parsed = TargetsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TargetsError(`not a targets file: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  const targets: CalibrationTarget[] = [];
  const skipped: { id: string; year: number; reason: string }[] = [];
  const wanted = only ? new Set(only) : undefined;
  const found = new Set<string>();
  for (const entry of parsed.data.targets) {
    const key = `${entry.id}@${entry.year}`;
    if (wanted && !wanted.has(key)) continue;
    found.add(key);
    const reason = !INDICATOR_IDS.includes(entry.id)
      ? 'not an indicator'
      : typeof entry.value !== 'number' || !Number.isFinite(entry.value)
        ? 'value is not a single number'
        : entry.year < years.first || entry.year > years.last
          ? `year outside the run (${years.first} to ${years.last})`
          : undefined;
    if (reason) skipped.push({ id: entry.id, year: entry.year, reason });
    else
      targets.push({ indicator: entry.id, year: entry.year, value: entry.value as number, ...(entry.source && { source: entry.source }) });
  }
  if (wanted) {
    const missing = [...wanted].filter((key) => !found.has(key));
    if (missing.length) throw new TargetsError(`no target ${missing.join(', ')} in the file (targets are chosen as <id>@<year>)`);
    if (skipped.length) throw new TargetsError(`target ${skipped[0].id}@${skipped[0].year} cannot be used: ${skipped[0].reason}`);
  }
  if (targets.length === 0) throw new TargetsError('no usable target: none is an indicator with one number for a year of the run');
  return { targets, skipped };
}
