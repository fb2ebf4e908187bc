import { type AssumptionScreen, type BriefChart, buildBriefHtml, type Finding, type Locale } from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { CHART_TEXT } from '../ds-chart/messages.js';
import { yearCaption } from '../ds-chart/parts.js';
import { localIndicator } from '../lib/catalogText.js';
import { composeChartsSvg, serializeSvg } from '../lib/chartExport.js';
import { stampOf, stampText } from '../lib/exports.js';
import { indicatorSeries } from '../lib/stats.js';
import { summariseYear } from '../lib/yearly.js';
import { type BriefRuns, briefFindings, changedLevers } from './briefFindings.js';

/** What the lab makes a brief from: the comparison in view, its complete runs, the year and the link to it. */
export interface BriefContext {
  readonly scenario: Scenario;
  readonly baseline: Scenario;
  readonly scenarioName: string;
  readonly baselineName: string;
  readonly runs: BriefRuns;
  readonly year: number;
  readonly shareLink: string;
  readonly date: Date;
  /**
   * The brief's language: its findings, headings, numbers and `<html lang>` (the lab's language; the
   * key charts are drawn in the lab's current language, which the lab keeps equal to it).
   */
  readonly locale: Locale;
  /** A Morris screen of the assumptions, when one was run for this comparison (else "not assessed"). */
  readonly screen?: AssumptionScreen;
}

export interface BriefPage {
  readonly html: string;
  readonly findings: readonly Finding[];
}

const MAX_CHARTS = 3;

/** The key charts: the indicators the findings speak of, first mentioned first (yearly values, the brief's year marked). */
function keyCharts(context: BriefContext, found: readonly Finding[]): BriefChart[] {
  const ids = [...new Set(found.flatMap((f) => (f.change ? [f.change.indicator] : [])))].slice(0, MAX_CHARTS);
  const { runs } = context;
  const sampled = runs.band === 'chance-and-assumptions';
  return ids.flatMap((id) => {
    const indicator = localIndicator(id);
    const series = indicator && indicatorSeries(id, runs.baseline, runs.scenario, true);
    if (!indicator || !series) return [];
    const caption = yearCaption(indicator.unit, summariseYear(id, context.year, runs.baseline, runs.scenario));
    const svg = composeChartsSvg(
      [{ indicator, series, caption }],
      {
        mode: 'levels',
        year: context.year,
        yearly: true,
        coverage: CHART_TEXT.coverage(sampled),
        heading: indicator.label,
        stamp: stampText(stampOf(context.scenario)),
      },
      1,
    );
    return [{ title: indicator.label, svg: serializeSvg(svg) }];
  });
}

/** The brief as one self-contained page: the same text is shown, printed and downloaded. */
export function briefPage(context: BriefContext): BriefPage {
  const found = briefFindings(context.scenario, context.baseline, context.runs, context.year, context.locale);
  const html = buildBriefHtml({
    locale: context.locale,
    scenarioName: context.scenarioName,
    baselineName: context.baselineName,
    findings: found,
    changedLevers: changedLevers(context.scenario, context.baseline, context.year),
    charts: keyCharts(context, found),
    stamp: stampOf(context.scenario),
    shareLink: context.shareLink,
    band: context.runs.band,
    date: context.date,
    ...(context.screen && { screen: context.screen }),
  });
  return { html, findings: found };
}
