import { confidenceLevel } from '../lib/format.js';
import { t, words } from '../lib/language.js';

/** Every word ds-chart shows, read from the `lab` catalog in the lab's language when used. */
const level = () => confidenceLevel();

export const CHART_TEXT = words(
  'chart',
  ['noIndicator', 'running', 'outOfDate', 'baselineMedian', 'scenarioMedian', 'meanDifference', 'showTable', 'close', 'needsTwoSeeds'],
  {
    partial: (done: number, total: number) => t('chart.partial', { done, total }),
    differenceUnit: (unit: string) => t('chart.differenceUnit', { unit }),
    bands: (n: number, coverage: string) => t('chart.bands', { count: n, coverage }),
    spread: (n: number, coverage: string) => t('chart.spread', { count: n, coverage }),
    confidence: () => t('chart.confidence', { level: level() }),
    coverage: (sampled: boolean) => t(sampled ? 'chart.coverageSampled' : 'chart.coverageChance'),
    caption: (year: number, scenario: string, baseline: string, change: string, interval: string) =>
      t('chart.caption', { year, scenario, baseline, change, interval }),
    interval: (low: string, high: string) => t('chart.interval', { level: level(), low, high }),
    plotLabel: (text: string) => t('chart.plotLabel', { text }),
    notComputed: (label: string) => t('chart.notComputed', { label }),
    altDifference: (label: string, from: number, to: number, start: string, end: string) =>
      t('chart.altDifference', { label, from, to, start, end }),
    altLevels: (label: string, from: number, to: number, b0: string, b1: string, s0: string, s1: string) =>
      t('chart.altLevels', { label, from, to, b0, b1, s0, s1 }),
    tableTitle: (label: string) => t('chart.tableTitle', { label }),
    tableCaption: (label: string, yearly: boolean) => t(yearly ? 'chart.tableCaptionYearly' : 'chart.tableCaptionQuarterly', { label }),
    columns: () =>
      ['year', 'baselineMedian', 'baselineRange', 'scenarioMedian', 'scenarioRange', 'meanDifference', 'interval'].map((c) =>
        t(`chart.column.${c}`, { level: level() }),
      ),
    to: (low: string, high: string) => t('chart.to', { low, high }),
    quarter: (year: number, quarter: number) => t('chart.quarter', { year, quarter }),
    tipDifference: (mean: string, low: string, high: string) => t('chart.tipDifference', { mean, low, high, level: level() }),
    tipLevels: (median: string, low: string, high: string, baseline: string) => t('chart.tipLevels', { median, low, high, baseline }),
  },
);
