import type { TaskRunner } from '@diaspora-sim/analysis';
import type { Scenario } from '@diaspora-sim/engine';
import { CHART_TEXT } from '../ds-chart/messages.js';
import { yearCaption } from '../ds-chart/parts.js';
import { fetchRegionRuns, type LabResults } from '../engine-client/index.js';
import type { ExportFormat } from '../events.js';
import { localIndicator } from './catalogText.js';
import { composeChartsSvg, type SheetChart, serializeSvg, svgToPng } from './chartExport.js';
import { diffCsv, regionsCsv, scenarioJson, seriesCsv, stampedFileName, stampOf, stampText, summaryJson } from './exports.js';
import type { LabView } from './labView.js';
import { t } from './language.js';
import { indicatorSeries } from './stats.js';
import { summariseYear } from './yearly.js';

/** What an export is made from: the lab as the reader sees it. */
export interface ExportContext {
  readonly scenario: Scenario;
  readonly baseline: Scenario;
  /** The scenario's name as shown ("… (edited)" once edited). */
  readonly displayName: string;
  readonly baselineName: string;
  /** Complete results of exactly this scenario and baseline, or undefined while they are not in. */
  readonly results: LabResults | undefined;
  readonly scenarioFile: string;
  readonly baselineFile: string;
  readonly view: LabView;
  /** The workers, for the regional values (runs do not carry them unless asked). */
  readonly runner?: TaskRunner;
}

export interface ExportFile {
  readonly fileName: string;
  readonly content: BlobPart;
  readonly type: string;
}

export const NOT_READY = 'the results of this scenario are not complete yet; try again when the status says “Up to date”';

/** The file of one Export menu item. Results files refuse to be made from incomplete or out-of-date results. */
export async function exportFile(format: ExportFormat, context: ExportContext): Promise<ExportFile> {
  const { scenario, displayName } = context;
  const stamp = stampOf(scenario);
  if (format === 'scenario-json') {
    return {
      fileName: stampedFileName(displayName, scenario, stamp, 'scenario', 'json'),
      content: scenarioJson(scenario),
      type: 'application/json',
    };
  }
  const results = context.results;
  if (!results?.complete) throw new Error(NOT_READY);
  const sampled = results.band === 'chance-and-assumptions';
  const name = (what: string, extension: string) => stampedFileName(displayName, scenario, stamp, what, extension, sampled);
  switch (format) {
    case 'series-csv':
      return { fileName: name('series', 'csv'), content: seriesCsv(results.scenario), type: 'text/csv' };
    case 'baseline-series-csv':
      return { fileName: name('baseline-series', 'csv'), content: seriesCsv(results.baseline), type: 'text/csv' };
    case 'diff-csv':
      return { fileName: name('diff', 'csv'), content: diffCsv(results), type: 'text/csv' };
    case 'regions-csv': {
      if (!context.runner) throw new Error(NOT_READY);
      // The scenario's own runs again, with regional values (from the cache when the Map view asked already).
      const runs = await fetchRegionRuns(
        context.runner,
        results.scenario.scenario,
        results.baseline.scenario,
        sampled ? 'sample' : 'fixed',
        {
          scenarioOnly: true,
        },
      );
      return { fileName: name('regions', 'csv'), content: regionsCsv(runs.scenario), type: 'text/csv' };
    }
    case 'summary-json':
      return {
        fileName: name('summary', 'json'),
        content: summaryJson(results, context.scenarioFile || null, context.baselineFile || null),
        type: 'application/json',
      };
    default: {
      const svg = chartSheet(context, results);
      if (format === 'charts-svg') return { fileName: name('charts', 'svg'), content: serializeSvg(svg), type: 'image/svg+xml' };
      return { fileName: name('charts', 'png'), content: await svgToPng(svg), type: 'image/png' };
    }
  }
}

/** The charts as one image, in the lab's language (data files stay language-free). */
function chartSheet(context: ExportContext, results: LabResults): SVGSVGElement {
  const { view } = context;
  const charts: SheetChart[] = view.indicators.flatMap((id) => {
    const indicator = localIndicator(id);
    const series = indicator && indicatorSeries(id, results.baseline.runs, results.scenario.runs, view.yearly);
    if (!indicator || !series) return [];
    const caption = yearCaption(indicator.unit, summariseYear(id, view.year, results.baseline.runs, results.scenario.runs));
    return [{ indicator, series, caption }];
  });
  if (charts.length === 0) throw new Error('no chart is chosen');
  return composeChartsSvg(charts, {
    mode: view.mode,
    year: view.year,
    yearly: view.yearly,
    coverage: CHART_TEXT.coverage(results.band === 'chance-and-assumptions'),
    heading: `${context.displayName} ${t('app.compared')} ${context.baselineName}`,
    stamp: stampText(stampOf(context.scenario)),
  });
}
