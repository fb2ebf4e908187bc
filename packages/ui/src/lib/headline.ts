import type { LabResults } from '../engine-client/index.js';
import { localIndicator } from './catalogText.js';
import { confidenceLevel, formatChange, formatRelative } from './format.js';
import { t } from './language.js';
import { summariseYear, type YearSummary } from './yearly.js';

export interface Headline {
  readonly indicatorId: string;
  /** "By 2030, Recorded remittances to Uzbekistan: 35% higher than in the baseline (90% interval 30% to 40% higher)." */
  readonly sentence: string;
  /** The effect alone, for a gallery card: "Recorded remittances to Uzbekistan +35% by 2030". */
  readonly short: string;
}

function size(s: YearSummary): number {
  return Math.abs(s.differenceMean) / (Math.abs(s.baselineMean) || 1);
}

function clear(s: YearSummary): boolean {
  return s.pairs > 1 && (s.differenceLow > 0 || s.differenceHigh < 0);
}

/**
 * The comparison in one sentence: of the candidate indicators, the largest relative change in the
 * year whose interval excludes zero (else the largest change, said to be unclear). Undefined
 * without results, or when the scenario changes none of them.
 */
export function headline(results: LabResults | undefined, year: number, candidates: readonly string[]): Headline | undefined {
  if (!results?.done) return undefined;
  const rows = candidates
    .map((id) => ({ id, s: summariseYear(id, year, results.baseline.runs, results.scenario.runs) }))
    .filter((r): r is { id: string; s: YearSummary } => !!r.s && Number.isFinite(r.s.differenceMean) && r.s.differenceMean !== 0);
  if (rows.length === 0) return undefined;
  const best = [...rows].sort((a, b) => Number(clear(b.s)) - Number(clear(a.s)) || size(b.s) - size(a.s))[0];
  const indicator = localIndicator(best.id);
  if (!indicator) return undefined;
  const { s } = best;
  const unit = indicator.unit;
  const relative = (v: number) => formatRelative(v, s.baselineMean, unit);
  const amount = (v: number) => {
    const r = relative(v);
    const text = r ? r.replace(/^[+−±]/, '') : formatChange(v, unit).replace(/^[+−±]/, '');
    return t(v > 0 ? 'headline.higher' : v < 0 ? 'headline.lower' : 'headline.unchanged', { amount: text });
  };
  const interval =
    s.pairs > 1
      ? t(clear(s) ? 'headline.interval' : 'headline.intervalWithZero', {
          level: confidenceLevel(),
          low: amount(s.differenceLow),
          high: amount(s.differenceHigh),
        })
      : t('headline.oneSeed', { count: s.pairs });
  const change = relative(s.differenceMean) ?? formatChange(s.differenceMean, unit);
  return {
    indicatorId: best.id,
    sentence: t('headline.sentence', { year, label: indicator.label, amount: amount(s.differenceMean), interval }),
    short: t('headline.short', { label: indicator.label, change, year }),
  };
}
