import { DIASPORAS, findParameter, INDICATORS, type IndicatorDefinition, LEVER_EFFECTS } from '@diaspora-sim/engine';
import type { PairedSummary } from '../ensemble/pairedAccumulator.js';
import { displayRound, type LocaleFormat, localeFormat } from '../i18n/format.js';
import type { Locale } from '../i18n/locales.js';
import { type Translator, translator } from '../i18n/translator.js';

/**
 * The policy brief's findings: three to five sentences made from the numbers by templates, the same
 * for the same input in every language. What they say:
 * - first, each changed lever's main indicator (the lever-effects table: what the lever is for), with
 *   its effect or "no clear effect";
 * - then the largest clear effects among the headline indicators (the catalogue's contract indicators),
 *   by the size of the change relative to the baseline;
 * - a note where recorded and total remittances of a diaspora move differently (money changing channels);
 * - "no clear effect" findings for headline indicators, largest change first, when fewer than three remain.
 * The first finding names the policy (the lever and its two values, or the number of levers changed);
 * the others say "the scenario".
 * An effect is clear only when its 90% interval, as displayed, lies on one side of zero; an interval that
 * includes zero is always worded "no clear effect". Changes of shares read in percentage points, other
 * changes relative to the baseline mean (the interval too: the mean difference's interval over the mean).
 */
export interface ChangedLever {
  readonly id: string;
  /** The values in force in the brief's year (a schedule's value that year). */
  readonly baseline: number;
  readonly scenario: number;
}

export interface FindingsInput {
  /** Calendar-year statistics (`row = year index`), as runPairedEnsemble's `annual.summary`. */
  readonly summary: PairedSummary;
  readonly years: readonly number[];
  readonly indicatorIds: readonly string[];
  readonly changedLevers: readonly ChangedLever[];
  /** The year the findings speak of (clamped to the years summarised). */
  readonly year: number;
  readonly locale: Locale;
}

export type FindingKind = 'effect' | 'noEffect' | 'remittances' | 'tooFewSeeds';

/** One indicator's change in the brief's year; `scale` is 'points' for shares (percentage points), else 'relative'. */
export interface Change {
  readonly indicator: string;
  readonly year: number;
  readonly baseline: number;
  readonly scenario: number;
  readonly scale: 'relative' | 'points';
  /** The change and its 90% interval in the scale's unit (per cent of the baseline, or points), as displayed. */
  readonly shown: { readonly change: number; readonly low: number; readonly high: number };
  readonly clear: boolean;
}

export interface Finding {
  readonly kind: FindingKind;
  readonly text: string;
  readonly change?: Change;
}

export const MAX_FINDINGS = 5;
const MIN_FINDINGS = 3;
const MAX_EFFECTS = 4;

const DEFINITION = new Map<string, IndicatorDefinition>(INDICATORS.map((d) => [d.id, d]));
const CATALOGUE_ORDER = new Map(INDICATORS.map((d, i) => [d.id, i]));

export function headlineIndicators(indicatorIds: readonly string[]): string[] {
  return indicatorIds.filter((id) => DEFINITION.get(id)?.contract);
}

/** The change of one indicator in the summary's row `yearIndex`, or undefined when it cannot be read. */
export function changeOf(input: FindingsInput, indicator: string, yearIndex: number): Change | undefined {
  const column = input.indicatorIds.indexOf(indicator);
  const definition = DEFINITION.get(indicator);
  if (column < 0 || !definition) return undefined;
  const cell = yearIndex * input.summary.columns + column;
  const baseline = input.summary.baseline.mean[cell];
  const scenario = input.summary.scenario.mean[cell];
  const { mean, ciLow, ciHigh } = input.summary.difference;
  const points = definition.kind === 'share';
  if (!points && !(baseline > 0)) return undefined; // no relative change from a zero or negative level
  const toScale = (x: number) => (points ? x * 100 : (x / baseline) * 100);
  const shown = {
    change: displayRound(toScale(mean[cell])),
    low: displayRound(toScale(ciLow[cell])),
    high: displayRound(toScale(ciHigh[cell])),
  };
  if (![shown.change, shown.low, shown.high, baseline, scenario].every(Number.isFinite)) return undefined;
  const clear = shown.low > 0 || shown.high < 0;
  return { indicator, year: input.years[yearIndex], baseline, scenario, scale: points ? 'points' : 'relative', shown, clear };
}

export function findings(input: FindingsInput): Finding[] {
  const tr = translator(input.locale);
  const format = localeFormat(tr);
  const seeds = input.summary.seedIndices.length;
  if (seeds < 2) return [{ kind: 'tooFewSeeds', text: tr.t('brief:finding.tooFewSeeds', { count: seeds }) }];
  const yearIndex = yearIndexOf(input);
  const text = new FindingText(tr, format, input.changedLevers);

  const changes = new Map<string, Change>();
  for (const id of headlineIndicators(input.indicatorIds)) {
    const change = changeOf(input, id, yearIndex);
    if (change) changes.set(id, change);
  }
  const bySize = (a: Change, b: Change) =>
    Math.abs(b.shown.change) - Math.abs(a.shown.change) ||
    (CATALOGUE_ORDER.get(a.indicator) ?? 0) - (CATALOGUE_ORDER.get(b.indicator) ?? 0);

  const chosen: Change[] = [];
  const take = (change: Change | undefined) => {
    if (change && !chosen.some((c) => c.indicator === change.indicator) && chosen.length < MAX_EFFECTS) chosen.push(change);
  };
  for (const lever of input.changedLevers) {
    for (const effect of LEVER_EFFECTS.filter((e) => e.lever === lever.id)) take(changeOf(input, effect.indicator, yearIndex));
  }
  for (const change of [...changes.values()].filter((c) => c.clear).sort(bySize)) take(change);

  // The policy is named in full once, in the first finding; the others say "the scenario" (a page reads better).
  const result: Finding[] = chosen.map((c, i) => text.change(c, i > 0));
  const note = remittanceNote(input, yearIndex, text);
  if (note && result.length < MAX_FINDINGS) result.push(note);
  for (const change of [...changes.values()].filter((c) => !c.clear).sort(bySize)) {
    if (result.length >= MIN_FINDINGS) break;
    if (!chosen.some((c) => c.indicator === change.indicator)) result.push(text.change(change, result.length > 0));
  }
  return result;
}

function yearIndexOf(input: FindingsInput): number {
  const { years } = input;
  if (years.length === 0) throw new Error('the summary has no years');
  const year = Math.min(Math.max(input.year, years[0]), years[years.length - 1]);
  return years.indexOf(year);
}

/** The diaspora whose recorded and total remittances move most differently, when recorded ones move clearly. */
function remittanceNote(input: FindingsInput, yearIndex: number, text: FindingText): Finding | undefined {
  let best: { diaspora: string; recorded: Change; total: Change; gap: number } | undefined;
  for (const diaspora of DIASPORAS) {
    const recorded = changeOf(input, `${diaspora}.remittances_formal_usd`, yearIndex);
    const total = changeOf(input, `${diaspora}.remittances_usd`, yearIndex);
    if (!recorded || !total || !recorded.clear) continue;
    const gap = recorded.shown.change - total.shown.change;
    // Differences under one point, or under a tenth of the recorded change, are not worth a sentence.
    if (Math.abs(gap) < Math.max(1, Math.abs(recorded.shown.change) / 10)) continue;
    if (!best || Math.abs(gap) > Math.abs(best.gap)) best = { diaspora, recorded, total, gap };
  }
  return best && text.remittances(best.diaspora, best.recorded, best.total, best.gap > 0);
}

class FindingText {
  private readonly subject: string;
  private readonly shortSubject: string;

  constructor(
    private readonly tr: Translator,
    private readonly format: LocaleFormat,
    levers: readonly ChangedLever[],
  ) {
    this.subject = this.subjectOf(levers);
    this.shortSubject = tr.t('brief:subject.none');
  }

  change(c: Change, short = false): Finding {
    const { tr } = this;
    const subject = short ? this.shortSubject : this.subject;
    const indicator = tr.text('indicator', c.indicator, 'label');
    const year = c.year;
    if (!c.clear) {
      const interval = this.interval(c.shown.low, c.shown.high, c.scale, true);
      return { kind: 'noEffect', change: c, text: tr.t('brief:finding.noEffect', { subject, indicator, year, interval }) };
    }
    const up = c.shown.change > 0;
    const [low, high] = up ? [c.shown.low, c.shown.high] : [-c.shown.high, -c.shown.low];
    return {
      kind: 'effect',
      change: c,
      text: tr.t('brief:finding.effect', {
        subject,
        verb: tr.t(up ? 'brief:verb.raise' : 'brief:verb.lower'),
        indicator,
        amount: this.amount(Math.abs(c.shown.change), c.scale),
        interval: this.interval(low, high, c.scale, false),
        year,
        baselineLevel: this.format.indicatorValue(c.indicator, c.baseline),
        scenarioLevel: this.format.indicatorValue(c.indicator, c.scenario),
      }),
    };
  }

  remittances(diaspora: string, recorded: Change, total: Change, toFormal: boolean): Finding {
    const signed = (c: Change) => this.percent(c.shown.change, true);
    const key = toFormal ? 'brief:finding.remittances.toFormal' : 'brief:finding.remittances.toInformal';
    return {
      kind: 'remittances',
      change: recorded,
      text: this.tr.t(key, {
        diaspora: this.tr.t(`catalog:diaspora.${diaspora}`),
        total: signed(total),
        recorded: signed(recorded),
        totalNumber: this.number(total.shown.change, true),
        recordedNumber: this.number(recorded.shown.change, true),
        year: recorded.year,
      }),
    };
  }

  private subjectOf(levers: readonly ChangedLever[]): string {
    const { tr } = this;
    if (levers.length === 0) return tr.t('brief:subject.none');
    if (levers.length > 1) return tr.t('brief:subject.several', { count: levers.length });
    const [lever] = levers;
    const found = findParameter(lever.id);
    if (!found) throw new Error(`unknown lever "${lever.id}"`);
    const label = tr.text(found.kind, lever.id, 'label');
    if (found.definition.unit === '0 = no, 1 = yes')
      return tr.t(lever.scenario >= 0.5 ? 'brief:subject.on' : 'brief:subject.off', { lever: label });
    return tr.t(lever.scenario < lever.baseline ? 'brief:subject.down' : 'brief:subject.up', {
      lever: label,
      from: this.format.parameterValue(lever.id, lever.baseline),
      to: this.format.parameterValue(lever.id, lever.scenario),
    });
  }

  /** `value` and `number` both given: a language writes "35%" or "35" and its word for per cent. */
  private amount(shown: number, scale: Change['scale']): string {
    if (scale === 'points') return this.tr.t('brief:amount.points', { count: shown, value: this.format.number(shown, 4) });
    return this.tr.t('brief:amount.percent', { value: this.percent(shown, false), number: this.number(shown, false) });
  }

  private interval(low: number, high: number, scale: Change['scale'], signed: boolean): string {
    if (scale === 'points') {
      const points = (x: number) => (signed ? this.number(x, true) : this.format.number(x, 4));
      return this.tr.t('brief:interval.points', { low: points(low), high: points(high), count: Math.abs(high) });
    }
    return this.tr.t('brief:interval.percent', {
      low: this.percent(low, signed),
      high: this.percent(high, signed),
      lowNumber: this.number(low, signed),
      highNumber: this.number(high, signed),
    });
  }

  /** Shown values are already rounded (displayRound of per cent): formatted without further rounding. */
  private percent(shownPercent: number, signed: boolean): string {
    return this.format.percentChange(shownPercent / 100, signed);
  }

  private number(shown: number, signed: boolean): string {
    return this.format.percentNumber(shown / 100, signed);
  }
}
