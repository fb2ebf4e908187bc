import { t, words } from '../lib/language.js';
import { failureMessage } from '../lib/richText.js';

/** Every word the sweep view shows, read from the `lab` catalog in the lab's language when used. */
export const SWEEP_TEXT = words(
  'sweep',
  [
    'intro',
    'sameAxes',
    'firstAxis',
    'secondAxis',
    'parameter',
    'points',
    'indicator',
    'year',
    'seeds',
    'persons',
    'addAxis',
    'removeAxis',
    'run',
    'progress',
    'lineNote',
    'heatmapNote',
    'lineChart',
    'heatmap',
    'showTable',
    'hideTable',
    'table',
  ],
  {
    failed: (error: unknown) => failureMessage('sweep.failed', error),
    estimate: (count: number | string) => t('sweep.estimate', { count }),
    from: (unit: string) => t('sweep.from', { unit }),
    to: (unit: string) => t('sweep.to', { unit }),
    heading: (label: string, year: number) => t('sweep.heading', { label, year }),
    summary: (label: string, year: number, best: string, bestAt: string, worst: string, worstAt: string) =>
      t('sweep.summary', { label, year, best, bestAt, worst, worstAt }),
    columns: () => ['scenario', 'baseline', 'difference', 'interval'].map((c) => t(`sweep.column.${c}`)),
    to2: (low: string, high: string) => t('sweep.range', { low, high }),
  },
);
