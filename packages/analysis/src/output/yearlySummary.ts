import type { IndicatorDefinition } from '@diaspora-sim/engine';
import { calendarYearValues } from '../ensemble/calendarYear.js';
import { PairedAccumulator, type PairedSummary } from '../ensemble/pairedAccumulator.js';
import { CALENDAR_YEAR_RULE, calendarYearRule } from './calendarYears.js';
import type { SeriesRun } from './seriesCsv.js';

/** One indicator in one calendar year over seeds. */
export interface Summary {
  readonly mean: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/** Per indicator, one entry per calendar year: mean, p5, p50, p95 over seeds. */
export interface IndicatorYearly {
  readonly label: string;
  readonly unit: string;
  readonly kind: string;
  /** How the calendar-year value of one seed is formed from its quarters. */
  readonly calendarYear: string;
  readonly mean: number[];
  readonly p5: number[];
  readonly p50: number[];
  readonly p95: number[];
}

export interface YearlySummary {
  readonly calendarYearRule: typeof CALENDAR_YEAR_RULE;
  readonly years: number[];
  readonly indicators: Record<string, IndicatorYearly>;
}

/**
 * Collects each seed's calendar-year values as runs complete (the quarterly rows need not be kept),
 * then summarises them over seeds with the paired accumulator (one variant: the runs given).
 */
export class YearlySummaryCollector {
  private accumulator: PairedAccumulator | undefined;
  private seeds = 0;
  private summarized: PairedSummary | undefined;
  private years: number[] = [];

  constructor(private readonly indicators: readonly IndicatorDefinition[]) {}

  add(run: SeriesRun): void {
    const ids = this.indicators.map((d) => d.id);
    if (run.indicatorIds.length !== ids.length || run.indicatorIds.some((id, i) => id !== ids[i])) {
      throw new Error('the run reports different indicators from the catalogue');
    }
    const aggregated = calendarYearValues(run);
    this.years = [...aggregated.years];
    this.accumulator ??= new PairedAccumulator(this.years.length, ids.length);
    this.accumulator.addVariant('scenario', this.seeds++, aggregated.values);
    this.summarized = undefined;
  }

  get seedCount(): number {
    return this.seeds;
  }

  /** Summary of one indicator (by index) in one calendar year (by index) over the seeds so far. */
  summaryAt(indicatorIndex: number, yearIndex: number): Summary {
    if (!this.accumulator) return { mean: Number.NaN, p5: Number.NaN, p50: Number.NaN, p95: Number.NaN };
    this.summarized ??= this.accumulator.summarize();
    const { mean, p5, p50, p95 } = this.summarized.scenario;
    const cell = yearIndex * this.indicators.length + indicatorIndex;
    return { mean: mean[cell], p5: p5[cell], p50: p50[cell], p95: p95[cell] };
  }

  yearIndex(year: number): number {
    return this.years.indexOf(year);
  }

  get calendarYears(): readonly number[] {
    return this.years;
  }

  summary(): YearlySummary {
    const indicators: Record<string, IndicatorYearly> = {};
    this.indicators.forEach((d, i) => {
      const entry = {
        label: d.label,
        unit: d.unit,
        kind: d.kind,
        calendarYear: calendarYearRule(d.kind),
        mean: [] as number[],
        p5: [] as number[],
        p50: [] as number[],
        p95: [] as number[],
      };
      for (let y = 0; y < this.years.length; y++) {
        const s = this.summaryAt(i, y);
        entry.mean.push(s.mean);
        entry.p5.push(s.p5);
        entry.p50.push(s.p50);
        entry.p95.push(s.p95);
      }
      indicators[d.id] = entry;
    });
    return { calendarYearRule: CALENDAR_YEAR_RULE, years: [...this.years], indicators };
  }
}
