import { CONFIDENCE_LEVEL } from '@diaspora-sim/analysis';

/** Every word ds-chart shows (one place, for translation). */
const ci = `${Math.round(CONFIDENCE_LEVEL * 100)}%`;
const seeds = (n: number) => `${n} seed${n === 1 ? '' : 's'}`;

export const CHART_TEXT = {
  noIndicator: 'No indicator chosen.',
  running: 'Running…',
  outOfDate: 'Out of date: updating',
  partial: (done: number, total: number) => `${done} of ${total} seeds so far`,
  differenceUnit: (unit: string) => `Scenario minus baseline, ${unit}`,
  baselineMedian: 'Baseline median (dashed)',
  scenarioMedian: 'Scenario median',
  bands: (n: number, coverage: string) => `p5–p95 over ${seeds(n)}: ${coverage}`,
  meanDifference: 'Mean paired difference',
  spread: (n: number, coverage: string) => `90% of seeds' differences (p5–p95 over ${seeds(n)}): ${coverage}`,
  confidence: `${ci} confidence interval of the mean difference`,
  coverage: (sampled: boolean) => (sampled ? 'chance and assumptions' : 'chance alone'),
  legendText: (levels: boolean, n: number, coverage: string) =>
    levels
      ? `Dashed: baseline median; solid: scenario median; shaded: p5–p95 over ${seeds(n)} (${coverage}).`
      : `Line: mean paired difference; light band: 90% of seeds' differences (p5–p95 over ${seeds(n)}, ${coverage}); dark band: ${ci} confidence interval of the mean difference.`,
  caption: (year: number, scenario: string, baseline: string, change: string, interval: string) =>
    `In ${year} (calendar year): scenario ${scenario}, baseline ${baseline}; change ${change}${interval}.`,
  interval: (low: string, high: string) => ` (${ci} confidence interval ${low} to ${high})`,
  plotLabel: (text: string) => `${text} Focus the chart and use the arrow keys to read values year by year.`,
  notComputed: (label: string) => `${label}: not yet computed.`,
  altDifference: (label: string, from: number, to: number, start: string, end: string) =>
    `Chart of the paired difference, scenario minus baseline, for ${label}, ${from} to ${to}: ${start} at the start and ${end} at the end.`,
  altLevels: (label: string, from: number, to: number, b0: string, b1: string, s0: string, s1: string) =>
    `Chart of ${label}, ${from} to ${to}. Baseline median from ${b0} to ${b1}; scenario median from ${s0} to ${s1}. Shaded bands: p5 to p95 over seeds.`,
  showTable: 'Show data table',
  close: 'Close',
  tableTitle: (label: string) => `Data table: ${label}`,
  tableCaption: (label: string, yearly: boolean) =>
    `${label} ${yearly ? 'per calendar year' : 'at the start of each year'} (medians and p5–p95 over seeds)`,
  columns: [
    'Year',
    'Baseline median',
    'Baseline p5–p95',
    'Scenario median',
    'Scenario p5–p95',
    'Mean difference',
    `${ci} CI of the mean difference`,
  ],
  to: (a: string, b: string) => `${a} to ${b}`,
  needsTwoSeeds: 'needs two seeds',
};
